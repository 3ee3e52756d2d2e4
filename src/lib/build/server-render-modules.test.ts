import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRenderModules } from '../../../scripts/build/server-render-modules.js';

const root = path.resolve(__dirname, '../../..');
const plugin = serverRenderModules();
const load = (id: string, ssr: boolean) =>
	(plugin.load as (id: string, options: { ssr: boolean }) => string | null)(id, { ssr });

/** Every `*.server-render.ts` module under src. */
function serverRenderFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return serverRenderFiles(full);
		return entry.name.endsWith('.server-render.ts') ? [full] : [];
	});
}

describe('modules rendered on the server only', () => {
	const conflictPanels = path.join(root, 'src/lib/components/questionnaire/conflict-panels.server-render.ts');

	it('are null in the browser’s bundle and themselves on the server', () => {
		expect(load(conflictPanels, false)).toBe('export default null;\n');
		expect(load(`${conflictPanels}?import`, false)).toBe('export default null;\n');
		expect(load(conflictPanels, true)).toBeNull();
	});

	it('leave every other module alone', () => {
		expect(load(path.join(root, 'src/lib/components/questionnaire/ConflictPanels.svelte'), false)).toBeNull();
		expect(load(path.join(root, 'src/lib/components/questionnaire/autosave.ts'), false)).toBeNull();
	});

	// The browser's stand-in exports only a default: a module that exported more would break its importers there.
	it('export only their default, which the page must be ready to find null', () => {
		const files = serverRenderFiles(path.join(root, 'src'));
		expect(files).toContain(conflictPanels);
		for (const file of files) {
			const source = readFileSync(file, 'utf8');
			expect(source.match(/^export (?!default)/gm), file).toBeNull();
			expect(source, file).toMatch(/^export default /m);
		}
	});
});
