import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './guards';

const SITE = 'http://site.example';

/** Where a browser goes with this Location: it drops tabs and newlines first, and reads `\` as `/`. */
const followed = (location: string) =>
	new URL(location.replace(/[\t\n\r]/g, '').replaceAll('\\', '/'), `${SITE}/some/page`);

describe('safeReturnPath', () => {
	it('keeps paths on this site', () => {
		expect(safeReturnPath('/cities?country=FI')).toBe('/cities?country=FI');
		expect(safeReturnPath('/respond/2024-2026/city-context?x=%20#q-1')).toBe(
			'/respond/2024-2026/city-context?x=%20#q-1'
		);
	});

	it('refuses addresses that would lead to another site', () => {
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'/ /evil.example',
			'/\u0000',
			'/\u00a0/evil.example',
			'/\u2028',
			'/città',
			'/😀',
			'javascript:alert(1)',
			'',
			null,
			undefined
		]) {
			expect(safeReturnPath(bad)).toBe('/');
		}
		expect(safeReturnPath('//evil.example', '/respond')).toBe('/respond');
	});

	it('for any input, answers the fallback or a plain path that stays on this site', () => {
		const pieces = fc.constantFrom(
			'/',
			'\\',
			'\t',
			'\n',
			'\r',
			' ',
			'.',
			'..',
			'%09',
			'%2F',
			'evil.example',
			':',
			'@',
			'?',
			'#'
		);
		const candidate = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc
				.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 8 })
				.map((parts) => parts.join('')),
			fc.webUrl(),
			fc.webPath()
		);
		fc.assert(
			fc.property(candidate, (input) => {
				const result = safeReturnPath(input, '/fallback');
				if (result === '/fallback') return;
				expect(result).toBe(input);
				expect(result).toMatch(/^\/[\x21-\x7e]*$/);
				expect(result.startsWith('//')).toBe(false);
				expect(new URL(result, SITE).origin).toBe(SITE);
				expect(followed(result).origin).toBe(SITE);
				// A redirect to it can be answered: no character a header value may not carry.
				expect(() => new Headers({ location: result })).not.toThrow();
			}),
			{ numRuns: 2000 }
		);
	});
});
