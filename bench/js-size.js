// How much compressed JavaScript each page of the built site downloads. Builds nothing: it reads the output of
// the last `vite build` (.svelte-kit/output): the server manifest says which layout and page nodes make a route,
// each node lists the client files it loads, and the start/app entry is shared by every hydrated page. A route
// whose page or layout says `csr = false` ships no script at all. Sizes are gzip at zlib's default level, the
// way a reverse proxy compresses on the fly. `--json` prints the rows for tests; `--budget=KB` fails above it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const output = '.svelte-kit/output';
const client = join(output, 'client');
const server = join(output, 'server');

const gzipped = new Map();
function compressedSize(file) {
	let size = gzipped.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(join(client, file))).length;
		gzipped.set(file, size);
	}
	return size;
}

/** The client files a node loads and whether it turns client-side rendering off (csr: undefined when silent). */
function readNode(index) {
	const text = readFileSync(join(server, 'nodes', `${index}.js`), 'utf8');
	const imports = JSON.parse(/export const imports = (\[.*?\]);/.exec(text)?.[1] ?? '[]');
	let csr;
	for (const [, entry] of text.matchAll(/from '(\.\.\/entries\/[^']+)'/g)) {
		const source = readFileSync(join(server, 'nodes', entry), 'utf8');
		const said = /\bcsr\s*=\s*(true|false)\b/.exec(source);
		if (said) csr = said[1] === 'true';
	}
	return { imports, csr };
}

const ROOT_ERROR_NODE = 1;

export async function routeSizes() {
	if (!existsSync(join(server, 'manifest-full.js'))) {
		throw new Error('No build found in .svelte-kit/output: run `npx vite build` first.');
	}
	const { manifest } = await import(pathToFileURL(join(server, 'manifest-full.js')).href);
	const entry = manifest._.client.imports;
	const nodes = new Map();
	const node = (index) => {
		if (!nodes.has(index)) nodes.set(index, readNode(index));
		return nodes.get(index);
	};
	return manifest._.routes
		.filter((route) => route.page)
		.map((route) => {
			const chain = [...route.page.layouts, route.page.leaf].filter((index) => index !== undefined);
			// The nearest node that says something about csr decides, as in SvelteKit.
			const csr = chain.map((index) => node(index).csr).reduce((said, own) => own ?? said, true);
			// Node 1 is the root error page, which SvelteKit's client loads at start beside the root layout, so a
			// page ready to show an error in the browser has it too (a journey saw it downloaded).
			const loaded = [...chain, ROOT_ERROR_NODE];
			const files = new Set(csr ? [...entry, ...loaded.flatMap((index) => node(index).imports)] : []);
			const scripts = [...files].filter((file) => file.endsWith('.js'));
			const bytes = scripts.reduce((sum, f) => sum + compressedSize(f), 0);
			return { route: route.id, csr, files: files.size, scripts, gzipBytes: bytes };
		})
		.sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const rows = await routeSizes();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(rows, null, 1));
	} else {
		for (const row of rows) {
			console.log(`${kb(row.gzipBytes).padStart(7)} KB  ${row.csr ? '' : '(no JS) '}${row.route}`);
		}
		const total = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
		const shipping = rows.filter((row) => row.csr);
		const largest = rows[0];
		console.log(
			`\n${rows.length} pages, ${rows.length - shipping.length} without JavaScript; ` +
				`all pages together ${kb(total)} KB, mean of those with JavaScript ` +
				`${kb(total / Math.max(1, shipping.length))} KB; largest ${kb(largest?.gzipBytes ?? 0)} KB (${largest?.route})`
		);
	}
	const budget = /--budget=(\d+)/.exec(process.argv.join(' '))?.[1];
	const over = budget ? rows.filter((row) => row.gzipBytes > Number(budget) * 1024) : [];
	if (over.length) {
		console.error(`Over the ${budget} KB budget: ${over.map((row) => row.route).join(', ')}`);
		process.exitCode = 1;
	}
}
