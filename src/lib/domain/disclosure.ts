import { filterCities, type CityFilter } from './analysis/filters';
import type { ModuleItemResult, ModuleResult } from './analysis/module-results';
import type { CityResult } from './analysis/types';
import type { CycleStatus } from './cycle-lifecycle';

/**
 * What the public may see of a cycle's answers. These rules are applied inside `lib/server/public` only, so
 * the pages, the open data API, the data annex and the report all follow the same ones.
 */

/** The one status in which a cycle exists for the public at all; any other cycle is "not found". */
export const publicCycleStatus = 'published' as const satisfies CycleStatus;

export function isPublicCycle(cycle: { status: CycleStatus }): boolean {
	return cycle.status === publicCycleStatus;
}

/**
 * Whether each city's own answers (ratings with evidence, texts, indicator figures) may be shown: only for a
 * published cycle that told its cities, when inviting them, that their answers become public. Otherwise the
 * public sees aggregates only.
 */
export function cityAnswersShown(cycle: { status: CycleStatus; cityAnswersPublic: boolean }): boolean {
	return isPublicCycle(cycle) && cityAnswersShownOncePublished(cycle);
}

/**
 * The same rule for a cycle not published yet, as its report preview shows it: exactly what the public will
 * see once it is.
 */
export function cityAnswersShownOncePublished(cycle: { cityAnswersPublic: boolean }): boolean {
	return cycle.cityAnswersPublic;
}

/**
 * Below this many cities in a filtered group (or left out of it: the unfiltered totals minus the group's give
 * theirs) the group's ratings would single those cities out, so they are withheld.
 */
export const minimumGroup = 5;

/**
 * With aggregates only, one filter at a time: two overlapping filters could be subtracted from each other to
 * isolate the few cities in both. When city answers are public nothing is hidden, so filters combine freely.
 */
export function filtersAllowed(
	cycle: { status: CycleStatus; cityAnswersPublic: boolean },
	filter: CityFilter
): boolean {
	return cityAnswersShown(cycle) || filtersUsed(filter) <= 1;
}

export function filtersUsed(filter: CityFilter): number {
	return [filter.country, filter.sizeBand, filter.signatory].filter((value) => value !== undefined).length;
}

export type GroupDisclosure<C> =
	{ refused: 'one-filter-at-a-time' } | { refused: null; cities: C[]; matching: number; withheld: boolean };

/**
 * The cities a filter selects, and whether their aggregates may be shown. The whole cycle (no filter) is never
 * withheld: its responding cities are listed publicly in the report, so its totals single nobody out beyond
 * what is already published.
 */
export function disclosedGroup<C extends Pick<CityResult, 'countryCode' | 'population' | 'signatory'>>(
	cycle: { status: CycleStatus; cityAnswersPublic: boolean },
	all: readonly C[],
	filter: CityFilter
): GroupDisclosure<C> {
	if (!filtersAllowed(cycle, filter)) return { refused: 'one-filter-at-a-time' };
	const cities = filterCities(all, filter);
	const rest = all.length - cities.length;
	const withheld =
		!cityAnswersShown(cycle) &&
		filtersUsed(filter) > 0 &&
		(cities.length < minimumGroup || rest < minimumGroup);
	return { refused: null, cities, matching: cities.length, withheld };
}

/**
 * A cycle's module results as the public (and the report preview) may see them. Each city's own figures and
 * texts only when the cycle's city answers are shown; otherwise aggregates only, and an item answered by fewer
 * than `minimumGroup` cities is withheld whole: its few answering cities are not listed anywhere, and a count,
 * total or median over one or two of them would give their answers away.
 */
export function disclosedModuleResults(results: ModuleResult[], cityAnswers: boolean): ModuleResult[] {
	if (cityAnswers) return results;
	return results.map((module) => ({
		...module,
		sections: module.sections.map((section) => ({
			...section,
			items: section.items.map((item): ModuleItemResult => {
				const withheld = item.answered > 0 && item.answered < minimumGroup;
				switch (item.kind) {
					case 'counts':
						return {
							...item,
							withheld,
							options: item.options.map((option) => ({ ...option, count: withheld ? 0 : option.count }))
						};
					case 'figures':
						return {
							...item,
							withheld,
							sum: withheld ? null : item.sum,
							median: withheld ? null : item.median,
							cities: []
						};
					case 'texts':
						return { ...item, withheld, cities: [] };
					default:
						return { ...item, withheld };
				}
			})
		}))
	}));
}
