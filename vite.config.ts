import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { serverRenderModules } from './scripts/build/server-render-modules.js';
import { directMessageImports } from './scripts/i18n/direct-message-imports.js';
import { paraglideOptions } from './scripts/i18n/paraglide-options.js';

export default defineConfig({
	// Compiles messages/*.json into src/lib/paraglide before anything imports it (build, dev, vitest).
	// Then each module imports only the messages it calls, so each page's chunk holds only its own text.
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		directMessageImports(paraglideOptions),
		serverRenderModules(),
		sveltekit()
	],
	server: { port: 5173 },
	// SvelteKit's server already lists a page's modules as modulepreload links. Vite's map of every page's
	// dependencies, for moving between pages in the browser, would be downloaded by every page (about 2.4 KB
	// compressed, decision 26): keep only the stylesheets, which a page reached in the browser must load first.
	build: {
		modulePreload: {
			polyfill: false,
			resolveDependencies: (_file, dependencies) => dependencies.filter((file) => file.endsWith('.css'))
		}
	},
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
					// Migrates one database before the files run; each file's database starts as a copy of it.
					globalSetup: ['tests/factories/migrated-template.ts'],
					// Each file gets its own database; PGlite is memory-hungry, so keep the pool small.
					maxWorkers: 2,
					env: { LOG_LEVEL: 'silent' }
				}
			}
		]
	}
});
