// Which of the application's modules can reach the browser, read from the source rather than from a build: the
// client entries (hooks.client.ts, hooks.ts, every route's +page/+layout/+error .svelte and universal +page.ts /
// +layout.ts) and everything they import, following `import`, `export … from` and `import()`, except imports
// that carry only types (`import type`, `export type`), which the compiler erases. (With verbatimModuleSyntax,
// `import { type A }` keeps the module as a side-effect import, so it counts.) `node scripts/client-imports.js zod`
// prints the chain from a page to each module that imports Zod; src/lib/client-imports.test.ts fails on one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Route files SvelteKit loads in the browser (`+page.server.ts` and `+server.ts` never go there). */
const CLIENT_ROUTE_FILE = /^\+(page|layout|error)\.svelte$|^\+(page|layout)\.(ts|js)$/;

/**
 * What a route file says about client-side rendering: true, false, or undefined when silent.
 * @param {string} folder @param {'page' | 'layout'} kind @returns {boolean | undefined}
 */
function saysCsr(folder, kind) {
	for (const extension of ['ts', 'js']) {
		const file = path.join(folder, `+${kind}.${extension}`);
		if (!existsSync(file)) continue;
		const said = /export const csr\s*=\s*(true|false)\b/.exec(readFileSync(file, 'utf8'));
		if (said) return said[1] === 'true';
	}
	return undefined;
}

/**
 * Whether a page (kind 'page') or a layout (kind 'layout') in `folder` is hydrated: as in SvelteKit, the nearest
 * page or layout that says `csr` decides. A page rendered only on the server ships none of its modules, so a
 * module it alone imports may parse with Zod.
 * @param {string} folder @param {'page' | 'layout'} kind @returns {boolean}
 */
function hydrated(folder, kind) {
	const routes = path.join(src, 'routes');
	for (let at = folder; ; at = path.dirname(at)) {
		const said =
			(at === folder && kind === 'page' ? saysCsr(at, 'page') : undefined) ?? saysCsr(at, 'layout');
		if (said !== undefined) return said;
		if (at === routes) return true;
	}
}

/** @param {string} folder @returns {string[]} */
function routeEntries(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return routeEntries(full);
		if (!CLIENT_ROUTE_FILE.test(entry.name)) return [];
		const kind = entry.name.startsWith('+page') ? 'page' : 'layout';
		return hydrated(folder, kind) ? [full] : [];
	});
}

/** Every module the browser starts from: the client hooks and the route files of every hydrated page. */
export function clientEntries() {
	const hooks = ['hooks.client.ts', 'hooks.ts']
		.map((name) => path.join(src, name))
		.filter((f) => existsSync(f));
	return [...hooks, ...routeEntries(path.join(src, 'routes'))];
}

/**
 * The script of a module: a .svelte file's `<script>` blocks (instance and module), else the whole file.
 * @param {string} file
 */
function scriptOf(file) {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

/**
 * The specifiers a module loads at run time (type-only imports and exports left out).
 * @param {string} file @returns {string[]}
 */
export function runtimeSpecifiers(file) {
	const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
	/** @type {string[]} */
	const found = [];
	const visit = (/** @type {ts.Node} */ node) => {
		if (ts.isImportDeclaration(node)) {
			if (!node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
				found.push(node.moduleSpecifier.text);
			}
			return;
		}
		if (ts.isExportDeclaration(node)) {
			if (!node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
				found.push(node.moduleSpecifier.text);
			}
			return;
		}
		if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			found.push(node.arguments[0].text);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

const CANDIDATE_SUFFIXES = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

/**
 * A specifier as what it names: a file under src, a package (`pkg:zod`), or undefined for SvelteKit's own
 * modules (`$app/…`, `$env/…`) and Paraglide's generated messages, which import nothing of ours.
 * @param {string} specifier @param {string} importer @returns {string | undefined}
 */
export function resolveSpecifier(specifier, importer) {
	let base;
	if (specifier.startsWith('$lib/') || specifier === '$lib') base = path.join(src, 'lib', specifier.slice(5));
	else if (specifier.startsWith('.')) base = path.resolve(path.dirname(importer), specifier);
	else if (specifier.startsWith('$')) return undefined;
	else
		return `pkg:${specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]}`;
	if (base.startsWith(path.join(src, 'lib', 'paraglide'))) return undefined;
	const stems = base.endsWith('.js') ? [base.slice(0, -3), base] : [base];
	for (const stem of stems) {
		for (const suffix of CANDIDATE_SUFFIXES) {
			const candidate = stem + suffix;
			if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
		}
	}
	throw new Error(`${path.relative(root, importer)} imports ${specifier}, which names no file`);
}

/**
 * The browser's import graph: for each module reached from the client entries, the module that first reached it
 * (undefined for an entry), so that a chain can be told from a page to any module or package.
 * @param {string[]} [entries] @returns {Map<string, string | undefined>}
 */
export function clientImportGraph(entries = clientEntries()) {
	/** @type {Map<string, string | undefined>} */
	const reachedFrom = new Map(entries.map((entry) => [entry, undefined]));
	const queue = [...entries];
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.shift());
		if (file.startsWith('pkg:')) continue;
		for (const specifier of runtimeSpecifiers(file)) {
			const target = resolveSpecifier(specifier, file);
			if (target === undefined || reachedFrom.has(target)) continue;
			reachedFrom.set(target, file);
			queue.push(target);
		}
	}
	return reachedFrom;
}

/**
 * The chain of modules from a client entry to `target`, as paths from the project's root.
 * @param {Map<string, string | undefined>} graph @param {string} target @returns {string[]}
 */
export function chainTo(graph, target) {
	/** @type {string[]} */
	const chain = [];
	for (let /** @type {string | undefined} */ at = target; at !== undefined; at = graph.get(at)) {
		chain.unshift(at.startsWith('pkg:') ? at.slice(4) : path.relative(root, at));
	}
	return chain;
}

/**
 * For each of `packages` the browser can reach, the chain that brings it in.
 * @param {string[]} packages @param {Map<string, string | undefined>} [graph]
 */
export function clientChainsTo(packages, graph = clientImportGraph()) {
	return packages.filter((name) => graph.has(`pkg:${name}`)).map((name) => chainTo(graph, `pkg:${name}`));
}

if (process.argv[1] === import.meta.filename) {
	const graph = clientImportGraph();
	const wanted = process.argv.slice(2);
	// Every module that imports one of the named packages directly, with its chain: what to split first.
	for (const [file] of graph) {
		if (file.startsWith('pkg:')) continue;
		const names = runtimeSpecifiers(file).map((s) => resolveSpecifier(s, file));
		if (names.some((name) => wanted.some((w) => name === `pkg:${w}` || name?.endsWith(w)))) {
			console.log(chainTo(graph, file).join('\n  → '));
			console.log();
		}
	}
}
