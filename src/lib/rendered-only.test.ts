import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transport } from '../hooks';
import { renderedOnly } from './rendered-only';

const ROUTES = path.resolve(import.meta.dirname, '../routes');

/** Every `+page.server.ts` under src/routes whose load hands data to the page wrapped in `renderedOnly`. */
function pagesWithRenderedOnlyData(): string[] {
	const found: string[] = [];
	const visit = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.name === '+page.server.ts' && readFileSync(full, 'utf8').includes('renderedOnly(')) {
				found.push(folder);
			}
		}
	};
	visit(ROUTES);
	return found;
}

describe('page data kept for the server’s rendering', () => {
	const { encode, decode } = transport.RenderedOnly!;

	it('is written out as a bare marker, whatever it holds; other data is left to SvelteKit', () => {
		const report = { blocks: Array.from({ length: 1000 }, (_, i) => ({ city: `City ${i}` })) };
		expect(encode(renderedOnly(report))).toBe(1);
		expect(encode(report)).toBe(false);
		expect(encode('text')).toBe(false);
	});

	it('breaks loudly in a browser that would hydrate with it', () => {
		expect(() => decode(1)).toThrow(/csr = false/);
	});

	it('is given only to pages that never hydrate (csr = false)', () => {
		const pages = pagesWithRenderedOnlyData();
		expect(pages.length).toBeGreaterThan(0);
		for (const folder of pages) {
			const universal = readFileSync(path.join(folder, '+page.ts'), 'utf8');
			expect(universal, path.relative(ROUTES, folder)).toMatch(/export const csr = false/);
		}
	});
});
