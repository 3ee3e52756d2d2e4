import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const testOnly = ['$test-support/*', '$test-support'];

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
		// Test builders and fast-check arbitraries are for tests only.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: testOnly }] }
	},
	{
		// Only the storage layer talks to Drizzle; the domain and the question types stay free of I/O. A question
		// type's workbook part is a pure cell mapping that server/exports writes with exceljs; its two components
		// are reached through question-types/components.ts only, so server code never loads Svelte.
		files: ['src/lib/domain/**/*.ts', 'src/lib/question-types/**/*.ts'],
		// Tests may read fixtures from disk; the code under test may not.
		ignores: ['src/**/*.test.ts', 'src/lib/question-types/components.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...testOnly,
						'drizzle-orm*',
						'$lib/server/*',
						'pg',
						'@electric-sql/*',
						'node:*',
						'exceljs',
						'*.svelte',
						'$lib/components/*',
						'$lib/question-types/components'
					]
				}
			]
		}
	}
);
