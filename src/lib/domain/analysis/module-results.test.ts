import { describe, expect, it } from 'vitest';
import { disclosedModuleResults, minimumGroup } from '../disclosure';
import { charterQuestionnaire2026WithUkraine } from '../questionnaire/charter-questionnaire';
import { definitionSchema, type Definition } from '../questionnaire/definition';
import {
	median,
	moduleItemIds,
	moduleResults,
	type ModuleCityAnswers,
	type ModuleItemResult
} from './module-results';

const city = (name: string, answers: Record<string, unknown>): ModuleCityAnswers => ({
	citySlug: name.toLowerCase(),
	cityName: name,
	answers
});

const cities = [
	city('Riga', {
		'ukraine-people-received': { value: 9000, year: 2024, source: 'Population register' },
		'ukraine-housing-kinds': ['reception_centres', 'private_hosts'],
		'ukraine-housing-now': 'hosted_or_temporary',
		'ukraine-lessons': 'One centre for every service.'
	}),
	city('Milan', {
		'ukraine-people-received': { value: 6000, year: 2023, source: 'Prefecture' },
		'ukraine-housing-kinds': ['reception_centres'],
		'ukraine-housing-now': 'own_homes'
	}),
	city('Ghent', {
		'ukraine-people-received': { value: 2000 },
		'ukraine-housing-now': 'own_homes',
		// The core answers of a city are not part of any module.
		'c1-rating': { rating: 'fully', evidence: 'Campaign' }
	}),
	city('Oslo', {})
];

function item(results: ReturnType<typeof moduleResults>, id: string): ModuleItemResult {
	const found = results.flatMap((m) => m.sections.flatMap((s) => s.items)).find((i) => i.id === id);
	if (!found) throw new Error(`No item ${id}`);
	return found;
}

describe('moduleResults', () => {
	const results = moduleResults(charterQuestionnaire2026WithUkraine, cities, 'en');

	it('groups the module’s sections and items under its title, and counts the cities that answered it', () => {
		expect(results.map((m) => m.title)).toEqual(['Receiving people who fled the war in Ukraine']);
		expect(results[0]!.sections.map((s) => s.title)).toEqual([
			'People received',
			'Housing',
			'Schooling',
			'Access to work'
		]);
		expect(results[0]!.answeringCities).toBe(3);
	});

	it('counts each option of a choice and of a multiple choice', () => {
		const now = item(results, 'ukraine-housing-now');
		expect(now).toMatchObject({ kind: 'counts', several: false, answered: 3 });
		if (now.kind !== 'counts') throw new Error('counts');
		expect(now.options.map((o) => [o.label, o.count])).toEqual([
			['In homes of their own (rented or owned)', 2],
			['Still with hosts or in temporary accommodation', 1],
			['The city does not know', 0]
		]);
		const kinds = item(results, 'ukraine-housing-kinds');
		if (kinds.kind !== 'counts') throw new Error('counts');
		expect(kinds).toMatchObject({ several: true, answered: 2 });
		expect(kinds.options.find((o) => o.value === 'reception_centres')?.count).toBe(2);
		expect(kinds.options.find((o) => o.value === 'private_hosts')?.count).toBe(1);
	});

	it('gives a figure’s count, total and median, and each city’s figure with its year and source', () => {
		const received = item(results, 'ukraine-people-received');
		expect(received).toMatchObject({
			kind: 'figures',
			unit: 'people',
			answered: 3,
			sum: 17000,
			median: 6000
		});
		if (received.kind !== 'figures') throw new Error('figures');
		expect(received.cities).toEqual([
			{ citySlug: 'riga', cityName: 'Riga', value: 9000, year: 2024, source: 'Population register' },
			{ citySlug: 'milan', cityName: 'Milan', value: 6000, year: 2023, source: 'Prefecture' },
			{ citySlug: 'ghent', cityName: 'Ghent', value: 2000, year: null, source: '' }
		]);
		expect(item(results, 'ukraine-pupils')).toMatchObject({ answered: 0, sum: null, median: null });
	});

	it('puts texts side by side with the city’s name, leaving out cities that wrote nothing', () => {
		expect(item(results, 'ukraine-lessons')).toMatchObject({
			kind: 'texts',
			answered: 1,
			cities: [{ cityName: 'Riga', text: 'One centre for every service.' }]
		});
	});

	it('reads only the module’s items, and nothing for a questionnaire without a module', () => {
		expect(moduleItemIds(charterQuestionnaire2026WithUkraine)).toContain('ukraine-lessons');
		expect(moduleItemIds(charterQuestionnaire2026WithUkraine)).not.toContain('c1-rating');
		const { modules: _modules, ...withoutModules } = charterQuestionnaire2026WithUkraine;
		const core = { ...withoutModules, sections: withoutModules.sections.filter((s) => !s.module) };
		expect(moduleResults(core, cities, 'en')).toEqual([]);
	});

	it('summarises any question type of the registry a module uses, named in the reader’s language', () => {
		const definition: Definition = definitionSchema.parse({
			version: 'test.1',
			title: { en: 'Test' },
			modules: [{ id: 'heat', title: { en: 'Heatwaves', fr: 'Canicules' } }],
			sections: [
				{
					id: 'heat',
					module: 'heat',
					title: { en: 'Heat', fr: 'Chaleur' },
					items: [
						{ id: 'heat-rating', type: 'rating', commitment: 1, label: { en: 'Rated' }, required: false },
						{
							id: 'heat-list',
							type: 'list',
							label: { en: 'Measures' },
							required: false,
							fields: [{ key: 'name', kind: 'text', label: { en: 'Name' }, required: true }]
						},
						{ id: 'heat-links', type: 'links', label: { en: 'Links' }, required: false },
						{
							id: 'heat-files',
							type: 'attachments',
							label: { en: 'Files' },
							required: false,
							maxFiles: 2,
							maxBytes: 1000,
							accept: ['pdf']
						}
					]
				}
			]
		});
		const answers = [
			city('Rome', {
				'heat-rating': { rating: 'partly', evidence: 'x' },
				'heat-list': [{ name: 'Cool rooms' }, { name: 'Water points' }],
				'heat-links': [{ url: 'https://example.org/heat', title: 'Plan' }],
				'heat-files': [{ fileId: 1, name: 'plan.pdf', bytes: 10, kind: 'pdf' }]
			}),
			city('Oslo', { 'heat-rating': { rating: 'partly', evidence: 'y' } })
		];
		const [heat] = moduleResults(definition, answers, 'fr');
		expect(heat!.title).toBe('Canicules');
		expect(heat!.sections[0]!.title).toBe('Chaleur');
		const rating = item([heat!], 'heat-rating');
		if (rating.kind !== 'counts') throw new Error('counts');
		expect(rating.options.map((o) => [o.value, o.count])).toEqual([
			['fully', 0],
			['partly', 2],
			['not_at_all', 0]
		]);
		expect(item([heat!], 'heat-list')).toMatchObject({
			kind: 'texts',
			cities: [{ text: 'Cool rooms\nWater points' }]
		});
		expect(item([heat!], 'heat-links')).toMatchObject({
			kind: 'texts',
			cities: [{ text: 'Plan · https://example.org/heat' }]
		});
		expect(item([heat!], 'heat-files')).toMatchObject({ kind: 'answered', answered: 1 });
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([])).toBeNull();
		expect(median([5])).toBe(5);
		expect(median([9, 1, 5])).toBe(5);
		expect(median([1, 2, 3, 10])).toBe(2.5);
	});
});

describe('disclosedModuleResults', () => {
	const results = moduleResults(charterQuestionnaire2026WithUkraine, cities, 'en');

	it('shows everything when the cycle’s city answers are public', () => {
		expect(disclosedModuleResults(results, true)).toEqual(results);
	});

	it('with aggregates only, leaves out each city’s figures and texts and withholds items too few cities answered', () => {
		expect(cities.length).toBeLessThan(minimumGroup);
		const shown = disclosedModuleResults(results, false);
		const received = item(shown, 'ukraine-people-received');
		expect(received).toMatchObject({ withheld: true, sum: null, median: null, cities: [] });
		expect(item(shown, 'ukraine-lessons')).toMatchObject({ withheld: true, cities: [] });
		const now = item(shown, 'ukraine-housing-now');
		if (now.kind !== 'counts') throw new Error('counts');
		expect(now.withheld).toBe(true);
		expect(now.options.every((o) => o.count === 0)).toBe(true);
		// An item nobody answered gives nothing away: it says so rather than being withheld.
		expect(item(shown, 'ukraine-pupils')).toMatchObject({ withheld: false, answered: 0 });
	});

	it('with aggregates only, keeps counts, total and median of an item enough cities answered', () => {
		const many = Array.from({ length: minimumGroup }, (_, i) =>
			city(`City ${i}`, {
				'ukraine-people-received': { value: 100 * (i + 1), year: 2024, source: 'Register' }
			})
		);
		const shown = disclosedModuleResults(
			moduleResults(charterQuestionnaire2026WithUkraine, many, 'en'),
			false
		);
		expect(item(shown, 'ukraine-people-received')).toMatchObject({
			withheld: false,
			answered: minimumGroup,
			sum: 1500,
			median: 300,
			cities: []
		});
	});
});
