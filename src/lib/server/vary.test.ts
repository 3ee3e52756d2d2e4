import { describe, expect, it } from 'vitest';
import { addVary, LANGUAGE_VARY } from './vary';

describe('addVary', () => {
	it('adds the language headers once, beside those already named', () => {
		const headers = new Headers({ vary: 'accept-encoding, cookie' });
		addVary(headers, LANGUAGE_VARY);
		expect(headers.get('vary')).toBe('accept-encoding, cookie, Accept-Language');
		addVary(headers, LANGUAGE_VARY);
		expect(headers.get('vary')).toBe('accept-encoding, cookie, Accept-Language');
	});

	it('sets the header where there was none, and leaves Vary: * alone', () => {
		const none = new Headers();
		addVary(none, LANGUAGE_VARY);
		expect(none.get('vary')).toBe('Accept-Language, Cookie');
		const any = new Headers({ vary: '*' });
		addVary(any, LANGUAGE_VARY);
		expect(any.get('vary')).toBe('*');
	});
});
