import { commitmentNumbers, commitmentResults, type CityResult } from '$lib/domain/analysis';
import { cityAnswersShown } from '$lib/domain/disclosure';
import type { IndicatorValue } from '$lib/domain/questionnaire/values';
import type { CycleResults } from '../reads/cycle-results';

/**
 * The data annex of a published cycle as plain tables (rows as arrays), shared by the CSV and the XLSX
 * writers. The sentences avoid commas and quotes so that the CSV can carry them as plain `#` comment lines.
 * Column names are stable English snake_case identifiers, the same in every language, so that
 * programs reading the files do not depend on the visitor's locale.
 */

export type Cell = string | number;

export const aggregateColumns = [
	'commitment',
	'role',
	'fully',
	'partly',
	'not_at_all',
	'no_answer',
	'share_fully',
	'share_partly',
	'share_not_at_all'
] as const;

/** `language`: the ISO 639-1 code of the language a row's text (the value, or a rating's evidence) is in. */
export const cityColumns = [
	'city_slug',
	'city_name',
	'country',
	'item_id',
	'value',
	'detail',
	'language'
] as const;

export interface AnnexTables {
	cycleSlug: string;
	/** Sentences describing the file: the cycle, whether illustrative, whether city answers are included. */
	about: string[];
	aggregates: Cell[][];
	/** One row per city and answered item; null when the cycle keeps city-level answers private. */
	cityRows: Cell[][] | null;
}

export const illustrativeNotice =
	'Illustrative: the ratings of this cycle are made up for the demonstration; they are not the real answers of the cities.';
export const cityAnswersWithheldNotice =
	'City-level answers of this cycle are not public: only the aggregates are included.';

export function annexTables({ cycle, cities }: CycleResults): AnnexTables {
	const cityAnswers = cityAnswersShown(cycle);
	const about = [
		`Integrating Cities Monitor: data annex of the cycle ${cycle.name} (${cycle.slug}) from ${cycle.periodStart} to ${cycle.periodEnd}.`,
		`${cities.length} responding cities. Shares are whole percentages of the answered ratings (no_answer is left out of them), each rounded half up on its own, so a row may add up to 99 or 101.`
	];
	if (cycle.illustrative) about.unshift(illustrativeNotice);
	about.push(
		cityAnswers
			? 'City-level answers: one row per city and answered item (ratings with their evidence as detail; texts; indicator figures) and the language its text is written in where known.'
			: cityAnswersWithheldNotice
	);
	const aggregates = commitmentResults(cities).map(({ commitment, role, counts, shares }) => [
		commitment,
		role,
		counts.fully,
		counts.partly,
		counts.not_at_all,
		counts.noAnswer,
		shares?.fully ?? '',
		shares?.partly ?? '',
		shares?.not_at_all ?? ''
	]);
	return {
		cycleSlug: cycle.slug,
		about,
		aggregates,
		cityRows: cityAnswers ? cities.flatMap(cityItemRows) : null
	};
}

/** A city's answered items: each rating (with its evidence as detail), each text, each indicator figure. */
function cityItemRows(city: CityResult): Cell[][] {
	const row = (itemId: string, value: Cell, detail = '', language = ''): Cell[] => [
		city.citySlug,
		city.cityName,
		city.countryCode,
		itemId,
		value,
		detail,
		language
	];
	const rows: Cell[][] = [];
	for (const commitment of commitmentNumbers) {
		const rated = city.ratings[commitment];
		const texts = city.texts[commitment];
		const language = texts?.languages ?? {};
		if (rated) rows.push(row(`c${commitment}-rating`, rated, texts?.evidence ?? '', language.evidence));
		if (texts?.examples) rows.push(row(`c${commitment}-examples`, texts.examples, '', language.examples));
		if (texts?.challenges)
			rows.push(row(`c${commitment}-challenges`, texts.challenges, '', language.challenges));
	}
	for (const [itemId, figure] of Object.entries(city.indicators).sort(([a], [b]) => a.localeCompare(b)))
		rows.push(row(itemId, figure.value, figureDetail(figure)));
	return rows;
}

/** What the indicator charts need to judge comparability, as one line of text. */
function figureDetail(figure: IndicatorValue): string {
	return [
		`year ${figure.year}`,
		figure.source && `source: ${figure.source}`,
		`definition: ${figure.definition}`,
		figure.differentDataSet && 'different data set',
		figure.nationalOnly && 'national figure'
	]
		.filter(Boolean)
		.join('; ');
}

/** A file name safe in a header whatever the slug becomes. */
export function annexFilename(cycleSlug: string, extension: 'csv' | 'xlsx'): string {
	return `integrating-cities-${cycleSlug}-annex.${extension}`.replace(/[^a-zA-Z0-9._-]/g, '-');
}
