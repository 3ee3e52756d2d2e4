import { describe, expect, it } from 'vitest';
import { translator } from '$lib/server/i18n/translator';
import { errorTitle, listTitle } from './page-title';

const en = translator('en');
const fr = translator('fr');

describe('page titles', () => {
	it('name a list’s filters and page, so two views of one list differ', () => {
		expect(listTitle(en, 'Good practices', [])).toBe('Good practices');
		expect(listTitle(en, 'Good practices', ['Housing', ' '])).toBe('Good practices: Housing');
		expect(listTitle(en, 'Good practices', ['Housing'], 2)).toBe('Good practices: Housing, page 2');
		expect(listTitle(en, 'Cities', [], 3)).toBe('Cities, page 3');
		expect(listTitle(fr, 'Villes', ['Finlande'], 2)).toBe('Villes : Finlande, page 2');
	});

	it('start with “Error:” once when a form came back with errors', () => {
		expect(errorTitle(en, 'People · Integrating Cities Monitor')).toBe(
			'Error: People · Integrating Cities Monitor'
		);
		expect(errorTitle(en, 'Error: People')).toBe('Error: People');
	});
});
