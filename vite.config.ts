import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './scripts/i18n/paraglide-options.js';

export default defineConfig({
	// Compiles messages/*.json into src/lib/paraglide before anything imports it (build, dev, vitest).
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
	server: { port: 5173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// Each file gets its own database; PGlite is memory-hungry, so keep the pool small.
					maxWorkers: 2,
					env: { LOG_LEVEL: 'silent' }
				}
			}
		]
	}
});
