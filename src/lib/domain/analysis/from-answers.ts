import {
	migrantDefinitions,
	ratings as ratingScale,
	type IndicatorValue,
	type MigrantDefinition,
	type Rating
} from '../questionnaire/values';
import { commitmentNumbers, noRatings, type CityResult, type CommitmentTexts } from './types';

/** The facts about a city the analysis needs beside its answers. */
export type CityFacts = Pick<
	CityResult,
	'cityId' | 'citySlug' | 'cityName' | 'countryCode' | 'population' | 'signatory'
>;

type Shape = Record<string, unknown>;
const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function ratingValue(value: unknown): { rating: Rating; evidence: string } | null {
	if (!isObject(value) || !ratingScale.includes(value.rating as Rating)) return null;
	return { rating: value.rating as Rating, evidence: text(value.evidence) };
}

/** An indicator figure as the questionnaire stores it; anything else (a plain number item, a blank) is not. */
export function indicatorValue(value: unknown): IndicatorValue | null {
	if (!isObject(value)) return null;
	const { year, source, definition, differentDataSet, nationalOnly } = value;
	if (typeof value.value !== 'number' || !Number.isFinite(value.value)) return null;
	if (typeof year !== 'number' || !Number.isInteger(year)) return null;
	if (!migrantDefinitions.includes(definition as MigrantDefinition)) return null;
	return {
		value: value.value,
		year,
		source: text(source),
		definition: definition as MigrantDefinition,
		differentDataSet: differentDataSet === true,
		nationalOnly: nationalOnly === true
	};
}

/**
 * Reads one city's stored answers (item id → value) into the analysis input. Item ids are the Charter
 * questionnaire's: `c<n>-rating` (rating with evidence), `c<n>-examples`, `c<n>-challenges`, and indicator
 * items recognised by the shape of their value. Values of another shape count as not answered.
 */
export function cityResultFromAnswers(
	facts: CityFacts,
	answers: Readonly<Record<string, unknown>>,
	/** Item id → the language its text is written in, for the items where it is known. */
	languages: Readonly<Record<string, string>> = {}
): CityResult {
	const ratings = noRatings();
	const texts: CityResult['texts'] = {};
	for (const commitment of commitmentNumbers) {
		const rated = ratingValue(answers[`c${commitment}-rating`]);
		ratings[commitment] = rated?.rating ?? null;
		const written: CommitmentTexts = {
			evidence: rated?.evidence ?? '',
			examples: text(answers[`c${commitment}-examples`]),
			challenges: text(answers[`c${commitment}-challenges`])
		};
		if (written.evidence || written.examples || written.challenges) {
			const known = Object.entries({
				evidence: languages[`c${commitment}-rating`],
				examples: languages[`c${commitment}-examples`],
				challenges: languages[`c${commitment}-challenges`]
			}).filter(([part, language]) => language && written[part as keyof CommitmentTexts]);
			texts[commitment] = known.length ? { ...written, languages: Object.fromEntries(known) } : written;
		}
	}
	const indicators: CityResult['indicators'] = {};
	for (const [itemId, value] of Object.entries(answers)) {
		const figure = indicatorValue(value);
		if (figure) indicators[itemId] = figure;
	}
	return { ...facts, ratings, texts, indicators };
}

/**
 * A city with its ratings only (no texts, no figures), from each commitment's stored `rating` in commitment
 * order (`ratingOf(1)` is commitment 1's): what `cityResultFromAnswers` gives the same city's ratings, for
 * reads that fetch nothing else. A value off the scale counts as not answered.
 */
export function cityResultFromRatings(
	facts: CityFacts,
	ratingOf: (commitment: (typeof commitmentNumbers)[number]) => unknown
): CityResult {
	const ratings = noRatings();
	for (const commitment of commitmentNumbers) {
		const rating = ratingOf(commitment);
		ratings[commitment] = ratingScale.includes(rating as Rating) ? (rating as Rating) : null;
	}
	return { ...facts, ratings, texts: {}, indicators: {} };
}
