import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './guards';

describe('safeReturnPath', () => {
	it('keeps paths on this site', () => {
		expect(safeReturnPath('/cities?country=FI')).toBe('/cities?country=FI');
	});

	it('refuses addresses that would lead to another site', () => {
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'javascript:alert(1)',
			''
		]) {
			expect(safeReturnPath(bad)).toBe('/');
		}
	});
});
