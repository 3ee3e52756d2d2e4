import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const testOnly = ['$test-support/*', '$test-support'];
/** Routes read and write through named reads and commands, never the database itself (docs/architecture.md). */
const noDatabaseInRoutes = {
	group: ['drizzle-orm', 'drizzle-orm/*', '$lib/server/db', '$lib/server/db/*'],
	message: 'Routes do not talk to the database: add a named read (lib/server/reads) or a command.'
};

/**
 * Public pages and the open data API read only through lib/server/public, where the published-cycle base and
 * the disclosure rules apply. They may still use the API's answer helpers, the writers of exports and the map.
 */
const onlyPublicReads = {
	regex: '^\\$lib/server/(?!(public|api/[^/]+|exports/[^/]+|map/[^/]+)$)',
	message: 'A public route reads through $lib/server/public only (what the public may see, in one place).'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'test-results/',
			'playwright-report/',
			'.tmp/',
			'src/lib/paraglide/'
		]
	},
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
		// are reached through question-types/inputs.ts and summaries.ts only, so server code never loads Svelte.
		files: ['src/lib/domain/**/*.ts', 'src/lib/question-types/**/*.ts'],
		// Tests may read fixtures from disk; the code under test may not.
		ignores: ['src/**/*.test.ts', 'src/lib/question-types/inputs.ts', 'src/lib/question-types/summaries.ts'],
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
						'$lib/question-types/inputs',
						'$lib/question-types/summaries'
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		rules: { 'no-restricted-imports': ['error', { patterns: [noDatabaseInRoutes] }] }
	},
	{
		// The public areas of domain/access-areas.ts: the home page, /charter, /cities, /practices, /reports, /data
		// and the open data API.
		files: [
			'src/routes/+page.server.ts',
			'src/routes/{charter,cities,practices,reports,data}/**/*.{ts,svelte}',
			'src/routes/api/v1/**/*.ts'
		],
		rules: { 'no-restricted-imports': ['error', { patterns: [noDatabaseInRoutes, onlyPublicReads] }] }
	},
	{
		// The server renders and writes files from plain data; it never reaches into the interface's components.
		files: ['src/lib/server/**/*.ts', 'src/lib/server/**/*.js'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/|(\\.\\.?/)+(lib/)?)components(/|$)',
							message: 'Server code does not import components: move what both need to lib/domain.'
						}
					]
				}
			]
		}
	}
);
