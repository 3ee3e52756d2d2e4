import { describe, expect, it } from 'vitest';
import { charterQuestionnaire2026, charterQuestionnaire2026WithUkraine } from '../charter-questionnaire';
import { defaultQuestionnaireVersion, findQuestionnaireVersion } from '../versions';
import { ukraineItems, ukraineModule, ukraineSections } from './ukraine';

/** Every localised text of a value, found by its shape ({ en, fr?, de? }). */
function localisedTexts(value: unknown): Record<string, string>[] {
	if (Array.isArray(value)) return value.flatMap(localisedTexts);
	if (typeof value !== 'object' || value === null) return [];
	if ('en' in value && typeof value.en === 'string') return [value as Record<string, string>];
	return Object.values(value).flatMap(localisedTexts);
}

describe('the Ukraine module', () => {
	it('asks about people received, housing, schooling and access to work', () => {
		expect(ukraineSections.map((section) => section.title.en)).toEqual([
			'People received',
			'Housing',
			'Schooling',
			'Access to work'
		]);
		expect(new Set(ukraineItems.map((item) => item.type))).toEqual(
			new Set(['number', 'choice', 'multi_choice', 'text'])
		);
	});

	it('asks for each figure with its year and source', () => {
		const figures = ukraineItems.filter((item) => item.type === 'number');
		expect(figures.length).toBeGreaterThan(0);
		for (const item of figures) expect(item).toMatchObject({ withYear: true, withSource: true });
	});

	it('has every text in English, French and German', () => {
		for (const text of localisedTexts([ukraineModule, ukraineSections])) {
			expect(text.fr, text.en).toBeTruthy();
			expect(text.de, text.en).toBeTruthy();
		}
	});

	it('leaves every question optional, so a city that received nobody can still hand in', () => {
		expect(ukraineItems.every((item) => !item.required && !item.requiredWhen)).toBe(true);
	});
});

describe('charter-2026.2', () => {
	it('is charter-2026.1 with the module’s sections after the core ones, each naming the module', () => {
		const version = charterQuestionnaire2026WithUkraine;
		expect(version.modules).toEqual([ukraineModule]);
		const core = version.sections.slice(0, charterQuestionnaire2026.sections.length);
		expect(core).toEqual(charterQuestionnaire2026.sections);
		const added = version.sections.slice(charterQuestionnaire2026.sections.length);
		expect(added.map((section) => section.id)).toEqual(ukraineSections.map((section) => section.id));
		expect(added.every((section) => section.module === 'ukraine')).toBe(true);
	});

	it('is offered to a new cycle, while charter-2026.1 stays the default', () => {
		expect(findQuestionnaireVersion('charter-2026.2')).toBe(charterQuestionnaire2026WithUkraine);
		expect(defaultQuestionnaireVersion).toBe('charter-2026.1');
	});
});
