import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'data/', 'test-results/', 'playwright-report/', '.tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The site is always served from the root path, so links need no base-path resolve().
			'svelte/no-navigation-without-resolve': 'off',
			// User text is never rendered as raw HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		// Only the storage layer talks to Drizzle; the domain stays free of I/O.
		files: ['src/lib/domain/**/*.ts'],
		// Tests may read fixtures from disk; the code under test may not.
		ignores: ['src/lib/domain/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['drizzle-orm*', '$lib/server/*', 'pg', '@electric-sql/*', 'node:*'] }
			]
		}
	}
);
