import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatters';

describe('formatting for long tables', () => {
	it('gives moments in Brussels time, in the reader’s language', () => {
		// 22:30 UTC on 31 March is already 1 April in Brussels (summer time, UTC+2).
		const at = new Date('2026-03-31T22:30:00Z');
		expect(formatDateTime('en', at)).toMatch(/Apr 1, 2026.*12:30\s?AM/);
		expect(formatDateTime('de', at)).toMatch(/01\.04\.2026.*00:30/);
	});
});
