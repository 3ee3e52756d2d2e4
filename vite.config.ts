import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { directMessageImports } from './scripts/i18n/direct-message-imports.js';
import { paraglideOptions } from './scripts/i18n/paraglide-options.js';

export default defineConfig({
	// Compiles messages/*.json into src/lib/paraglide before anything imports it (build, dev, vitest).
	// Then each module imports only the messages it calls, so each page's chunk holds only its own text.
	plugins: [paraglideVitePlugin(paraglideOptions), directMessageImports(paraglideOptions), sveltekit()],
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
