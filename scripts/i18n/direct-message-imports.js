// A Vite plugin: a module's `import { m } from '$lib/paraglide/messages.js'` becomes imports of only the message
// modules it calls, from their own files. Why: `m` re-exports every message through one index module, so Rollup
// sees every page depend on every message and puts all the messages any page uses into one chunk that every
// page loads (about 130 KB compressed). Imported one by one, each page's chunk holds the messages it calls.
// The source keeps `m.key()`, which the type checker and the message files' tooling know.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A use of a message: `m.key`, with spaces or a line break allowed around the dot. */
export const MESSAGE_USE = /(?<![\w$.])m\s*\.\s*(\w+)/g;

const MESSAGES_IMPORT = /import\s*\{\s*m\s*\}\s*from\s*['"]\$lib\/paraglide\/messages\.js['"];?/;

/**
 * message id → file name in the compiled messages folder (Paraglide lower-cases and numbers some names).
 * @param {string} folder
 * @returns {Map<string, string>}
 */
function messageFiles(folder) {
	const files = new Map();
	for (const name of readdirSync(folder)) {
		if (!name.endsWith('.js') || name === '_index.js') continue;
		const text = readFileSync(path.join(folder, name), 'utf8');
		const id = /export \{ \w+ as "([^"]+)" \}/.exec(text)?.[1] ?? /export const (\w+) =/.exec(text)?.[1];
		if (id) files.set(id, name);
	}
	return files;
}

/**
 * @param {{ outdir: string }} options the Paraglide compiler's options (its output folder)
 * @returns {import('vite').Plugin}
 */
export function directMessageImports({ outdir }) {
	const folder = path.resolve(outdir, 'messages');
	/** @type {Map<string, string> | undefined} */
	let files;
	return {
		name: 'icm-direct-message-imports',
		enforce: 'pre',
		// Paraglide compiles again when the message files change.
		handleHotUpdate: () => void (files = undefined),
		buildStart: () => void (files = undefined),
		/** @param {string} code @param {string} id */
		transform(code, id) {
			const file = id.split('?')[0] ?? id;
			if (!/\.(svelte|ts|js)$/.test(file) || file.includes('node_modules') || file.startsWith(folder)) return;
			const found = MESSAGES_IMPORT.exec(code);
			if (!found) return;
			// `m` and its message may be on two lines (`m\n\t.report_practiceCity(`) where the formatter broke a long call.
			const used = new Set([...code.matchAll(MESSAGE_USE)].map((match) => match[1] ?? ''));
			let known = (files ??= messageFiles(folder));
			// Paraglide may be writing its output right now (tests start while it compiles): read it again, and
			// where a message is still missing leave the module as it is, importing every message.
			if ([...used].some((name) => !known.has(name))) known = files = messageFiles(folder);
			if ([...used].some((name) => !known.has(name))) return;
			const imports = [...used]
				.filter((name) => known.has(name))
				.map((name, index) => ({ name, local: `__message${index}`, file: known.get(name) }));
			const replacement = [
				...imports.map(({ local, file }) => `import * as ${local} from '$lib/paraglide/messages/${file}';`),
				`const m = { ${imports.map(({ name, local }) => `${JSON.stringify(name)}: ${local}[${JSON.stringify(name)}]`).join(', ')} };`
			].join(' ');
			// On one line, so the lines after it keep their numbers for error messages.
			return { code: code.replace(found[0], replacement), map: null };
		}
	};
}
