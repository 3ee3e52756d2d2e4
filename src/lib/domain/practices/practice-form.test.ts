import { describe, expect, it } from 'vitest';
import { candidateRowOf, candidateRows, candidateSourceItemId } from './candidates';
import { mergeTags } from './merge';
import {
	emptyPracticeForm,
	practiceFieldErrors,
	practiceFormSchema,
	practiceToFormValues,
	readPracticeForm
} from './practice-form';
import { practiceSlug, uniqueSlug } from './practice-slug';

function form(fields: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
}

const valid: [string, string][] = [
	['cityId', '7'],
	['title', '  Un toit pour les familles  '],
	['summary', 'La ville accompagne les familles réfugiées vers un logement social.'],
	['language', 'fr'],
	['startYear', '2021'],
	['endYear', '2022'],
	['commitments', '5'],
	['commitments', '4'],
	['themes', 'housing'],
	['targetGroups', 'children-families'],
	['link-0-url', 'https://www.lyon.fr/toit'],
	['link-0-title', ''],
	['sourceReport', '6th Integrating Cities Report'],
	['sourceYear', '2024']
];

describe('the practice form', () => {
	it('reads and cleans a valid form', () => {
		const parsed = practiceFormSchema.parse(readPracticeForm(form(valid)));
		expect(parsed).toEqual({
			cityId: 7,
			title: 'Un toit pour les familles',
			summary: 'La ville accompagne les familles réfugiées vers un logement social.',
			language: 'fr',
			startYear: 2021,
			endYear: 2022,
			ongoing: false,
			commitments: [4, 5],
			trends: [],
			themes: ['housing'],
			targetGroups: ['children-families'],
			funding: [],
			// An untitled link is titled by its address; empty rows are dropped.
			links: [{ url: 'https://www.lyon.fr/toit', title: 'https://www.lyon.fr/toit' }],
			source: { report: '6th Integrating Cities Report', year: 2024 }
		});
	});

	it('names the field to fix for each problem, link rows included', () => {
		const values = readPracticeForm(
			form([
				...valid.filter(([name]) => !['endYear', 'sourceYear', 'link-0-url'].includes(name)),
				['ongoing', 'on'],
				['endYear', '2022'],
				['link-0-url', 'www.lyon.fr'],
				['link-2-title', 'A title without an address'],
				['language', 'xx']
			])
		);
		const result = practiceFormSchema.safeParse(values);
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(practiceFieldErrors(result.error)).toEqual({
			'link-0-url': 'curation.invalidUrl',
			'link-2-url': 'curation.invalidUrl',
			endYear: 'curation.endYearOrOngoing',
			sourceYear: 'curation.sourceIncomplete'
		});
		// "xx" was the second language value: the first (fr) is the one read.
		expect(values.language).toBe('fr');
	});

	it('refuses years that are not four digits and tags outside the vocabulary', () => {
		const result = practiceFormSchema.safeParse({
			...emptyPracticeForm(),
			cityId: '1',
			title: 'Title',
			summary: 'A summary long enough to pass.',
			commitments: ['12'],
			startYear: '20',
			trends: ['made-up']
		});
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(practiceFieldErrors(result.error)).toEqual({
			startYear: 'curation.invalidYear',
			commitments: 'curation.commitmentRequired',
			trends: 'curation.unknownTag'
		});
	});

	it('gives back a stored practice as the values it was saved from', () => {
		const stored = practiceFormSchema.parse(readPracticeForm(form(valid)));
		const again = practiceFormSchema.parse(practiceToFormValues(stored));
		expect(again).toEqual(stored);
	});
});

describe('practice addresses', () => {
	it('are built from the city and the title, without accents, and kept unique', () => {
		expect(practiceSlug('lyon', 'Un toit pour les familles réfugiées !')).toBe(
			'lyon-un-toit-pour-les-familles-refugiees'
		);
		expect(practiceSlug('munich', 'Straße der Vielfalt')).toBe('munich-strasse-der-vielfalt');
		expect(practiceSlug('ghent', '…')).toBe('ghent-practice');
		expect(practiceSlug('ghent', 'x'.repeat(200))).toHaveLength(80);
		expect(uniqueSlug('ghent-cafe', new Set(['ghent-cafe', 'ghent-cafe-2']))).toBe('ghent-cafe-3');
		expect(uniqueSlug('ghent-cafe', new Set())).toBe('ghent-cafe');
	});
});

describe('merging a duplicate', () => {
	it('adds the duplicate’s tags and links to the kept practice’s, each once', () => {
		const merged = mergeTags(
			{
				commitments: [5],
				trends: [],
				themes: ['housing'],
				targetGroups: [],
				funding: ['esf'],
				links: [{ url: 'https://Example.eu/a/', title: 'A' }]
			},
			{
				commitments: [4, 5],
				trends: ['participation'],
				themes: ['housing', 'health'],
				targetGroups: ['roma'],
				funding: ['esf', 'amif'],
				links: [
					{ url: 'https://example.eu/a', title: 'A again' },
					{ url: 'https://example.eu/b', title: 'B' }
				]
			}
		);
		expect(merged).toEqual({
			commitments: [4, 5],
			trends: ['participation'],
			themes: ['housing', 'health'],
			targetGroups: ['roma'],
			funding: ['esf', 'amif'],
			links: [
				{ url: 'https://Example.eu/a/', title: 'A' },
				{ url: 'https://example.eu/b', title: 'B' }
			]
		});
	});
});

describe('good practices entered in a response', () => {
	it('are the list rows with a title or summary, numbered from 1 as the city sees them', () => {
		const rows = candidateRows([
			{ title: 'First', summary: 'One', startYear: '2019', endYear: '', link: 'https://a.eu' },
			{ title: '', summary: '' },
			{ title: 'Third', summary: '', startYear: 'soon' }
		]);
		expect(rows).toEqual([
			{ row: 1, title: 'First', summary: 'One', startYear: 2019, endYear: null, link: 'https://a.eu' },
			{ row: 3, title: 'Third', summary: '', startYear: null, endYear: null, link: null }
		]);
		expect(candidateRows(null)).toEqual([]);
		expect(candidateRowOf(candidateSourceItemId(3))).toBe(3);
		expect(candidateRowOf('c3-rating')).toBeNull();
	});
});
