import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '../locale';
import { localized, type Definition, type Section } from '../questionnaire/definition';
import { ratings } from '../questionnaire/values';
import type { ItemOf, TypeName } from '$lib/question-types/registry';

/**
 * The answers to a questionnaire's topical modules (definition `modules`, sections naming one), summarised item
 * by item whatever the module and its items: counts for choices (and ratings), figures with their total and
 * median and each city's figure with its year and source, texts side by side with the city's name. Every
 * question type of the registry has a summary below, so a module may use any of them; the table is typed by the
 * registry, so a new type does not compile until it says how its answers are summarised.
 */

/** One responding city with its answers to the module items (item id → stored value). */
export interface ModuleCityAnswers {
	citySlug: string;
	cityName: string;
	answers: Readonly<Record<string, unknown>>;
}

interface ItemResultBase {
	id: string;
	label: string;
	/** How many cities gave an answer to the item. */
	answered: number;
	/**
	 * Set by the disclosure rule (domain/disclosure.ts) for the public: too few cities answered for their
	 * aggregate to be shown, so it is left out. Always false in the secretariat's analysis.
	 */
	withheld: boolean;
}

export interface CountedOption {
	value: string;
	label: string;
	count: number;
}

export interface CityFigure {
	citySlug: string;
	cityName: string;
	value: number;
	year: number | null;
	source: string;
}

export interface CityText {
	citySlug: string;
	cityName: string;
	text: string;
}

export type ModuleItemResult = ItemResultBase &
	(
		| {
				kind: 'counts';
				/** Whether a city may pick several options, so the counts add up to more than the cities. */
				several: boolean;
				options: CountedOption[];
		  }
		| { kind: 'figures'; unit: string; sum: number | null; median: number | null; cities: CityFigure[] }
		| { kind: 'texts'; cities: CityText[] }
		/** Files travel with the response only: how many cities attached some. */
		| { kind: 'answered' }
	);

export interface ModuleSectionResult {
	id: string;
	title: string;
	items: ModuleItemResult[];
}

export interface ModuleResult {
	id: string;
	title: string;
	intro: string | null;
	/** How many responding cities answered at least one of the module's items. */
	answeringCities: number;
	sections: ModuleSectionResult[];
}

type Shape = Record<string, unknown>;
const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function counts(
	item: { id: string; options: { value: string; label: Parameters<typeof localized>[0] }[] },
	cities: readonly ModuleCityAnswers[],
	locale: Locale,
	several: boolean
) {
	const chosen = cities.map((city) => {
		const value = city.answers[item.id];
		const values = several ? (Array.isArray(value) ? value : []) : [value];
		return new Set(values.filter((v): v is string => typeof v === 'string'));
	});
	return {
		kind: 'counts' as const,
		several,
		answered: chosen.filter((set) => item.options.some((option) => set.has(option.value))).length,
		options: item.options.map((option) => ({
			value: option.value,
			label: localized(option.label, locale),
			count: chosen.filter((set) => set.has(option.value)).length
		}))
	};
}

function figures(item: { id: string }, unit: string, cities: readonly ModuleCityAnswers[]) {
	const given: CityFigure[] = cities.flatMap((city) => {
		const value = city.answers[item.id];
		if (!isObject(value) || !finite(value.value)) return [];
		return [
			{
				citySlug: city.citySlug,
				cityName: city.cityName,
				value: value.value,
				year: finite(value.year) ? value.year : null,
				source: trimmed(value.source)
			}
		];
	});
	const values = given.map((figure) => figure.value);
	return {
		kind: 'figures' as const,
		unit,
		answered: given.length,
		sum: values.length ? values.reduce((total, value) => total + value, 0) : null,
		median: median(values),
		cities: given
	};
}

function texts(
	item: { id: string },
	cities: readonly ModuleCityAnswers[],
	write: (value: unknown) => string
) {
	const given = cities.flatMap((city) => {
		const text = write(city.answers[item.id]);
		return text ? [{ citySlug: city.citySlug, cityName: city.cityName, text }] : [];
	});
	return { kind: 'texts' as const, answered: given.length, cities: given };
}

/** Rows of a list or links answer as lines of text, each row's filled fields joined. */
function rowsAsText(value: unknown, keys?: readonly string[]): string {
	if (!Array.isArray(value)) return '';
	return value
		.filter(isObject)
		.map((row) =>
			(keys ?? Object.keys(row))
				.map((key) => trimmed(row[key]))
				.filter(Boolean)
				.join(' · ')
		)
		.filter(Boolean)
		.join('\n');
}

type Summary = Omit<ModuleItemResult, 'id' | 'label' | 'withheld'>;
type Summarise<K extends TypeName> = (
	item: ItemOf<K>,
	cities: readonly ModuleCityAnswers[],
	locale: Locale
) => Summary;

const summaries: { [K in TypeName]: Summarise<K> } = {
	choice: (item, cities, locale) => counts(item, cities, locale, false),
	multi_choice: (item, cities, locale) => counts(item, cities, locale, true),
	rating: (item, cities, locale) => {
		const options = ratings.map((value) => ({
			value,
			label: {
				en: pick(
					{
						fully: m.analysis_rating_fully,
						noAnswer: m.analysis_rating_noAnswer,
						not_at_all: m.analysis_rating_not_at_all,
						partly: m.analysis_rating_partly
					},
					value
				)({}, { locale: locale })
			}
		}));
		const rated = cities.map((city) => {
			const value = city.answers[item.id];
			return { ...city, answers: { [item.id]: isObject(value) ? value.rating : undefined } };
		});
		return counts({ id: item.id, options }, rated, locale, false);
	},
	number: (item, cities, locale) => figures(item, localized(item.unit, locale), cities),
	indicator: (item, cities, locale) => figures(item, localized(item.unit, locale), cities),
	text: (item, cities) => texts(item, cities, trimmed),
	list: (item, cities) =>
		texts(item, cities, (value) =>
			rowsAsText(
				value,
				item.fields.map((field) => field.key)
			)
		),
	links: (item, cities) => texts(item, cities, (value) => rowsAsText(value, ['title', 'url'])),
	attachments: (item, cities) => ({
		kind: 'answered',
		answered: cities.filter((city) => {
			const value = city.answers[item.id];
			return Array.isArray(value) && value.length > 0;
		}).length
	})
};

function summarise(item: Section['items'][number], cities: readonly ModuleCityAnswers[], locale: Locale) {
	const summary = (summaries[item.type] as Summarise<TypeName>)(item as never, cities, locale);
	return {
		id: item.id,
		label: localized(item.label, locale),
		withheld: false,
		...summary
	} as ModuleItemResult;
}

/** The item ids of a definition's module sections, to read only those answers. */
export function moduleItemIds(definition: Pick<Definition, 'sections'>): string[] {
	return definition.sections
		.filter((section) => section.module)
		.flatMap((section) => section.items.map((item) => item.id));
}

/** Each module of the definition, in declared order, with its sections' items summarised over the cities. */
export function moduleResults(
	definition: Pick<Definition, 'modules' | 'sections'>,
	cities: readonly ModuleCityAnswers[],
	locale: Locale
): ModuleResult[] {
	return (definition.modules ?? []).map((module) => {
		const sections = definition.sections.filter((section) => section.module === module.id);
		const ids = sections.flatMap((section) => section.items.map((item) => item.id));
		return {
			id: module.id,
			title: localized(module.title, locale),
			intro: module.intro ? localized(module.intro, locale) : null,
			answeringCities: cities.filter((city) => ids.some((id) => city.answers[id] !== undefined)).length,
			sections: sections.map((section) => ({
				id: section.id,
				title: localized(section.title, locale),
				items: section.items.map((item) => summarise(item, cities, locale))
			}))
		};
	});
}
