import { describe, expect, it } from 'vitest';
import { cityResultFromAnswers, indicatorValue } from './from-answers';

const facts = {
	cityId: 7,
	citySlug: 'oulu',
	cityName: 'Oulu',
	countryCode: 'FI',
	population: 214_000,
	signatory: true
};
const share = {
	value: 3.1,
	year: 2010,
	source: 'Statistics Finland',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false
};

describe('reading stored answers into the analysis input', () => {
	it('takes ratings, texts and indicator figures from the questionnaire items', () => {
		const result = cityResultFromAnswers(facts, {
			'c1-rating': { rating: 'fully', evidence: ' A welcome event for newcomers. ' },
			'c1-examples': 'Oulu welcome days',
			'c2-rating': { rating: 'not_at_all', evidence: '' },
			'c3-challenges': 'No migrant council yet.',
			'foreign-born-share': share,
			strategy: 'yes'
		});
		expect(result).toMatchObject(facts);
		expect(result.ratings).toMatchObject({ 1: 'fully', 2: 'not_at_all', 3: null, 11: null });
		expect(result.texts).toEqual({
			1: { evidence: 'A welcome event for newcomers.', examples: 'Oulu welcome days', challenges: '' },
			3: { evidence: '', examples: '', challenges: 'No migrant council yet.' }
		});
		expect(result.indicators).toEqual({ 'foreign-born-share': share });
	});

	it('keeps the language of each text that has one, and none for an empty text', () => {
		const result = cityResultFromAnswers(
			facts,
			{
				'c1-rating': { rating: 'fully', evidence: 'Des journées d’accueil' },
				'c1-examples': 'Oulu welcome days',
				'c1-challenges': ''
			},
			{ 'c1-rating': 'fr', 'c1-examples': 'en', 'c1-challenges': 'fi' }
		);
		expect(result.texts[1]).toEqual({
			evidence: 'Des journées d’accueil',
			examples: 'Oulu welcome days',
			challenges: '',
			languages: { evidence: 'fr', examples: 'en' }
		});
	});

	it('counts a value of another shape as not answered', () => {
		const result = cityResultFromAnswers(facts, {
			'c1-rating': { rating: 'mostly', evidence: 'x' },
			'c2-rating': 'fully',
			'c3-rating': null,
			'c4-examples': 42,
			'foreign-born-share': { value: 3.1, year: 2010 },
			'employment-rate-migrants': { ...share, value: Number.NaN }
		});
		expect(Object.values(result.ratings).every((rating) => rating === null)).toBe(true);
		expect(result.texts).toEqual({});
		expect(result.indicators).toEqual({});
	});

	it('reads an indicator only with a number, a whole year and a known definition', () => {
		expect(indicatorValue(share)).toEqual(share);
		expect(indicatorValue({ ...share, year: 2010.5 })).toBeNull();
		expect(indicatorValue({ ...share, definition: 'residents' })).toBeNull();
		expect(indicatorValue({ ...share, source: undefined, nationalOnly: 'yes' })).toEqual({
			...share,
			source: '',
			nationalOnly: false
		});
	});
});
