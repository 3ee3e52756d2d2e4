import { describe, expect, it } from 'vitest';
import { commitments, roles } from './charter';
import { locales, type Locale } from './locale';
import { questionnaireVersions } from './questionnaire/versions';

/**
 * The languages whose content must be complete. French and German still lack about fifteen questionnaire
 * texts that another change fills; once it is merged this list is simply `locales`.
 */
const completeLanguages: readonly Locale[] = locales.filter((locale) => locale !== 'fr' && locale !== 'de');

/** Every translated text inside a value, with where it sits, found by its English text. */
function translatedTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
	if (Array.isArray(value))
		return value.flatMap((entry, index) => translatedTexts(entry, `${path}[${index}]`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record.en === 'string') return [{ path, text: record }];
	return Object.entries(record).flatMap(([key, entry]) => translatedTexts(entry, `${path}.${key}`));
}

function missing(value: unknown, locale: Locale): string[] {
	return translatedTexts(value)
		.filter(({ text }) => typeof text[locale] !== 'string' || text[locale] === '')
		.map(({ path, text }) => `${path}: ${String(text.en)}`);
}

describe('content in every interface language', () => {
	it('finds the texts it checks (a questionnaire has far more than a few)', () => {
		for (const definition of questionnaireVersions)
			expect(translatedTexts(definition).length).toBeGreaterThan(80);
	});

	for (const locale of completeLanguages) {
		it(`every built-in questionnaire version has every text in ${locale}`, () => {
			for (const definition of questionnaireVersions)
				expect(missing(definition, locale), definition.version).toEqual([]);
		});

		it(`the Charter's roles and commitments are in ${locale}`, () => {
			expect(missing([...roles, ...commitments], locale)).toEqual([]);
		});
	}

	it('the Italian questionnaire is Italian, not English copied over', () => {
		const same = translatedTexts(questionnaireVersions).filter(
			({ text }) => text.it === text.en && /\s\w+\s/.test(String(text.en))
		);
		expect(same.map(({ text }) => text.en)).toEqual([]);
	});
});
