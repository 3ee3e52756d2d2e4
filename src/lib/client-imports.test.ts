import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	chainTo,
	clientImportGraph,
	clientEntries,
	runtimeSpecifiers
} from '../../scripts/client-imports.js';

const root = path.resolve(__dirname, '../..');

/**
 * What no hydrated page may download, and why. Each is the server's work: the server checks every post (forms
 * work without JavaScript), so the browser has no use for them, and each adds kilobytes of compressed JavaScript
 * to every page that reaches it (issue 14's budget: 60 KB a page).
 */
const keptOut: Record<string, string> = {
	'pkg:zod': 'Zod (about 25 KB): schemas are parsed by actions, loads and endpoints',
	'src/lib/question-types/registry.ts':
		'validation and the response workbook of every question type, with their messages (the browser needs only question-types/forms.ts)',
	'src/lib/question-types/item-schemas.ts': 'the item schemas of the question types',
	'src/lib/domain/questionnaire/definition.ts': 'the definition schema (components import its types only)',
	'src/lib/domain/questionnaire/charter-questionnaire.ts': 'the whole shipped questionnaire',
	'src/lib/domain/practices/vocabulary.ts':
		"the library's vocabularies (the practice form's options come from the page's load, in one language)",
	'src/lib/domain/practices/vocabulary-translations.ts': "the vocabularies' labels in every language",
	'src/routes/admin/practices/form-texts.ts':
		"the practice form's thirty labels in five languages (the page's load passes them in one)",
	'src/lib/components/report-builder/section-label.ts':
		"the report parts' headings in five languages (the outline's labels come from the page's load)",
	'src/lib/components/report-builder/chapter-history-texts.ts':
		"the chapter history's words in five languages (the page's load makes each version's heading)",
	'src/routes/respond/[cycle]/[section]/answer-texts.ts':
		"the answer page's words in five languages: notices, autosave status, conflict panel, reply threads (its load passes them in one)",
	'src/lib/server/i18n/thread-text.ts':
		"the review threads' 'from' and 'draft' words in five languages (the loads make each message's line)"
};

const asKey = (file: string) => (file.startsWith('pkg:') ? file : path.relative(root, file));

/** For each kept-out module a hydrated page reaches, the chain of imports that brings it in. */
function reachedFromPages(graph: Map<string, string | undefined>): string[] {
	return [...graph.keys()]
		.filter((file) => asKey(file) in keptOut)
		.map((file) => `${keptOut[asKey(file)]}:\n  ${chainTo(graph, file).join('\n  → ')}`);
}

describe('what the pages download', () => {
	it('starts from every hydrated page, and from none that renders only on the server', () => {
		const entries = clientEntries().map((file) => path.relative(root, file));
		expect(entries).toContain('src/routes/respond/[cycle]/[section]/+page.svelte');
		expect(entries).toContain('src/routes/+layout.svelte');
		expect(entries).toContain('src/hooks.client.ts');
		// `csr = false` in the page's +page.ts: it ships no script, so its component may use what it likes.
		expect(entries).not.toContain('src/routes/admin/audit/+page.svelte');
		expect(entries).not.toContain('src/routes/+page.svelte');
	});

	it('holds no Zod, no schema and no server-side part of the question types', () => {
		expect(reachedFromPages(clientImportGraph())).toEqual([]);
	});

	it('gives the questions no compiled message: their words come from the page in one language', () => {
		// A question and its type's input are on the answer page and the preview with every type; a message
		// called there carries its five languages into both (decision 26, "Revision: the question inputs").
		const questions = clientImportGraph([
			path.join(root, 'src/lib/components/questionnaire/Question.svelte'),
			path.join(root, 'src/lib/question-types/inputs.ts')
		]);
		const withMessages = [...questions.keys()].filter(
			(file) =>
				!file.startsWith('pkg:') &&
				runtimeSpecifiers(file).some((specifier) => specifier.startsWith('$lib/paraglide/messages'))
		);
		expect(questions.size).toBeGreaterThan(15);
		expect(withMessages.map((file) => path.relative(root, file))).toEqual([]);
	});
});

// The check above passes as long as nothing is found: these show it finds what it should, and only that.
describe('the import graph of a page', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'icm-client-imports-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	const write = (name: string, text: string) => {
		writeFileSync(path.join(folder, name), text);
		return path.join(folder, name);
	};
	write(
		'schema.ts',
		"import { z } from 'zod';\nexport const name = z.string();\nexport type Name = string;\n"
	);
	write('helpers.ts', "export { name } from './schema';\n");
	write('types.ts', "export type { Name } from './schema';\n");

	it('follows a component through a re-export to the module that imports Zod', () => {
		const page = write(
			'Page.svelte',
			'<script lang="ts">\n\timport { name } from \'./helpers\';\n</script>\n<p>{name}</p>\n'
		);
		const graph = clientImportGraph([page]);
		expect(chainTo(graph, 'pkg:zod').map((file) => path.basename(file))).toEqual([
			'Page.svelte',
			'helpers.ts',
			'schema.ts',
			'zod'
		]);
	});

	it('follows a lazy import() too', () => {
		const page = write('Lazy.svelte', "<script>\n\tconst later = () => import('./schema');\n</script>\n");
		expect(clientImportGraph([page]).has('pkg:zod')).toBe(true);
	});

	it('leaves out imports of types only, which the compiler erases', () => {
		const page = write(
			'Typed.svelte',
			"<script lang=\"ts\">\n\timport type { Name } from './schema';\n\timport type { Name as Other } from './types';\n\tlet n: Name | Other = 'x';\n</script>\n"
		);
		expect(clientImportGraph([page]).has('pkg:zod')).toBe(false);
	});

	it('counts `import { type X }`, which keeps the module as a side-effect import', () => {
		const page = write('Mixed.ts', "import { type Name } from './schema';\nexport const n: Name = 'x';\n");
		expect(clientImportGraph([page]).has('pkg:zod')).toBe(true);
	});
});
