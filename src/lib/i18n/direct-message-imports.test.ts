import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessageImports, MESSAGE_USE } from '../../../scripts/i18n/direct-message-imports.js';
import { paraglideOptions } from '../../../scripts/i18n/paraglide-options.js';

const root = path.resolve(__dirname, '../../..');

/** Every source file under src that the build sees importing the compiled messages (tests are not built). */
function filesUsingMessages(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : filesUsingMessages(full);
		if (!/\.(svelte|ts|js)$/.test(entry.name) || entry.name.includes('.test.')) return [];
		return readFileSync(full, 'utf8').includes("from '$lib/paraglide/messages.js'") ? [full] : [];
	});
}

type Transform = (code: string, id: string) => { code: string } | undefined;

// A page whose module imported one message too few would fail only where that message is shown (a DOCX
// download answered 500 while every test of the same code in Vite passed): check every module the build sees.
describe('each module imports the messages it calls', () => {
	// Compiled as `vite build` compiles them, one module per message (Vite's dev server and vitest compile
	// one module per language, which the plugin leaves alone).
	let outdir = '';
	let transform: Transform;
	beforeAll(async () => {
		outdir = mkdtempSync(path.join(tmpdir(), 'icm-messages-'));
		await compile({
			...paraglideOptions,
			project: path.resolve(root, paraglideOptions.project),
			outdir,
			outputStructure: 'message-modules'
		});
		transform = directMessageImports({ outdir }).transform as unknown as Transform;
	}, 60_000);
	afterAll(() => rmSync(outdir, { recursive: true, force: true }));

	it('gives every module each message it calls, also where a call is broken over two lines', () => {
		const missing = filesUsingMessages(path.join(root, 'src')).flatMap((file) => {
			const code = readFileSync(file, 'utf8');
			const result = transform.call({}, code, file);
			if (!result) return [`${path.relative(root, file)}: left importing every message`];
			const used = new Set([...code.matchAll(MESSAGE_USE)].map((match) => match[1]));
			const given = /const m = \{([^}]*)\}/.exec(result.code)?.[1] ?? '';
			return [...used]
				.filter((name) => !given.includes(`"${name}":`))
				.map((name) => `${path.relative(root, file)}: ${name}`);
		});
		expect(missing).toEqual([]);
	});

	it('finds a message whose call the formatter broke after `m`', () => {
		// Built from parts, so the build's own plugin does not take this string for an import of the messages.
		const code = [
			`import { m } from '$lib/paraglide/${'messages'}.js';`,
			'const text = m',
			"\t.report_practiceCity({ title: 'T', city: 'C' });"
		].join('\n');
		const result = transform.call({}, code, path.join(root, 'src/lib/example.ts'));
		expect(result?.code).toContain('"report_practiceCity":');
	});
});
