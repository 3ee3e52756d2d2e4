import { describe, expect, it } from 'vitest';
import { commitments, roles } from './charter';
import { locales } from './locale';
import { questionnaireVersions } from './questionnaire/versions';
import { migrantDefinitionLabels } from '$lib/question-types/indicator/definition-labels';

/**
 * Every text a reader meets in the questionnaire and the Charter, whatever the version: a language missing
 * from one label would show that label in English in the middle of a page in another language.
 */

/** Every object with an English text in a definition, with the path that leads to it (for the message). */
function localizedTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
	if (Array.isArray(value))
		return value.flatMap((entry, index) => localizedTexts(entry, `${path}[${index}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record.en === 'string') return [{ path, text: record }];
	return Object.entries(record).flatMap(([key, entry]) => localizedTexts(entry, `${path}.${key}`));
}

function missingLanguages(text: Record<string, unknown>): string[] {
	return locales.filter((locale) => typeof text[locale] !== 'string' || !(text[locale] as string).trim());
}

describe('translated content', () => {
	it.each(questionnaireVersions.map((definition) => [definition.version, definition] as const))(
		'questionnaire %s has every label, hint, intro and option in every interface language',
		(_version, definition) => {
			const texts = localizedTexts(definition);
			// A questionnaire has well over a hundred texts; finding few would mean the walk missed them.
			expect(texts.length).toBeGreaterThan(100);
			const gaps = texts
				.map(({ path, text }) => ({ path, english: text.en, missing: missingLanguages(text) }))
				.filter((gap) => gap.missing.length > 0);
			expect(gaps).toEqual([]);
		}
	);

	it('has the Charter’s roles and commitments in every interface language', () => {
		for (const role of roles) expect(missingLanguages(role.name), role.key).toEqual([]);
		for (const commitment of commitments)
			expect(missingLanguages(commitment.text), `commitment ${commitment.number}`).toEqual([]);
	});

	it('has every definition of “migrant” a figure can use in every interface language', () => {
		for (const [key, label] of Object.entries(migrantDefinitionLabels))
			expect(missingLanguages(label), key).toEqual([]);
	});

	it('gives each language its own text, not the English one copied', () => {
		const definition = questionnaireVersions[0]!;
		const texts = localizedTexts(definition).map(({ text }) => text);
		for (const locale of locales.filter((locale) => locale !== 'en')) {
			const copied = texts.filter((text) => text[locale] === text.en && String(text.en).length > 12);
			expect(
				copied.map((text) => text.en),
				locale
			).toEqual([]);
		}
	});
});
