import { describe, expect, it } from 'vitest';
import { fundingSources, targetGroups, themes, trends } from './vocabulary';
import { translatedLabel, vocabularyTranslations } from './vocabulary-translations';

const everyKey = [
	...trends.map((entry) => `trend:${entry.key}`),
	...themes.map((entry) => `theme:${entry.key}`),
	...targetGroups.map((entry) => `target:${entry.key}`),
	...fundingSources.map((entry) => `funding:${entry.key}`)
];

describe('vocabulary translations', () => {
	it('cover every tag of every vocabulary in every interface language, and nothing else', () => {
		expect(Object.keys(vocabularyTranslations).sort()).toEqual([...everyKey].sort());
		for (const key of everyKey) {
			expect(vocabularyTranslations[key]?.fr, key).toBeTruthy();
			expect(vocabularyTranslations[key]?.de, key).toBeTruthy();
			expect(vocabularyTranslations[key]?.it, key).toBeTruthy();
			expect(vocabularyTranslations[key]?.es, key).toBeTruthy();
		}
	});

	it('keep a key that stands in two vocabularies apart', () => {
		expect(translatedLabel('trend', 'participation', 'fr')).not.toBe(
			translatedLabel('theme', 'participation', 'fr')
		);
		expect(translatedLabel('theme', 'housing', 'de')).toBe('Wohnen und Unterbringung');
		expect(translatedLabel('theme', 'housing', 'es')).toBe('Vivienda y alojamiento');
		expect(translatedLabel('theme', 'housing', 'en')).toBeNull();
	});
});
