import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import type { SQL } from 'drizzle-orm';
import {
	changeSincePrevious,
	indicatorSeries,
	responseRate,
	roleResults,
	roleResultsOf,
	type CommitmentChange,
	type ModuleResult,
	type ResponseRate,
	type RoleResult
} from '$lib/domain/analysis';
import { roles, type RoleKey } from '$lib/domain/charter';
import type { Locale } from '$lib/domain/locale';
import { cityAnswersShownOncePublished, disclosedModuleResults } from '$lib/domain/disclosure';
import { cycleYears } from '$lib/domain/report/cycle-years';
import { renderMarkdown } from '$lib/domain/report/markdown';
import {
	citiesByCountry,
	figureDistribution,
	summarisesCities,
	type FigureDistribution
} from '$lib/domain/report/large-lists';
import { defaultOutline, roleOfPart, type GeneratedPart, type StoredSection } from '$lib/domain/report/parts';
import {
	practicesByCommitment,
	practicesByTrend,
	type PracticeGroup
} from '$lib/domain/report/practice-groups';
import { countryName, type Translate } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import {
	definitionNameOf,
	givenIndicators,
	indicatorFigures,
	namedIndicators,
	type IndicatorFigures
} from '../analysis/indicator-figures';
import { changeChart } from '../charts/change-chart';
import { ratingChart } from '../charts/rating-chart';
import type { Database } from '../db';
import { cityResultsOf, cycleResults, cycleSummary, type CycleSummary } from '../reads/cycle-results';
import {
	changeTallies,
	commitmentTallies,
	indicatorTallies,
	participatingCities
} from '../reads/cycle-tallies';
import { isPublishedCycle } from '../public/published-cycles';
import { reportPractices, type ReportPractice } from '../reads/report-practices';
import { cycleModuleResults } from '../reads/module-results';
import { reportSectionsOf } from '../reads/report-sections';

type Rate = ResponseRate & { name: string };

interface BlockBase {
	/** The stored section's id; null for a part shown from the default outline of an unstarted report. */
	id: number | null;
	/** The id of the block's heading, for the table of contents and links. */
	anchor: string;
	title: string;
}

/** One block of a report as every view (page, preview, PDF, DOCX) shows it: plain data, charts as SVG. */
export type ReportBlock = BlockBase &
	(
		| { kind: 'chapter'; markdown: string; html: string; language: string; version: number }
		| {
				kind: 'participating-cities';
				cities: { slug: string; name: string; countryCode: string; country: string }[];
				/**
				 * The cities counted by country, shown instead of the list when there are more than
				 * REPORT_CITY_LIST_LIMIT (domain/report/large-lists.ts); null when the list is shown.
				 */
				byCountry: { countryCode: string; country: string; count: number }[] | null;
		  }
		| { kind: 'response-rate'; current: Rate; previous: Rate | null }
		| { kind: 'role-results'; role: RoleKey; roleName: string; result: RoleResult; svg: string | null }
		| {
				kind: 'comparison';
				change: {
					previousName: string;
					currentName: string;
					changes: CommitmentChange[];
					svg: string | null;
				} | null;
		  }
		| {
				kind: 'indicators';
				/**
				 * Whether each city's figure may be shown (the cycle's `cityAnswersPublic`, as in the API).
				 * When false, `figures` is null and only how many cities gave the figure, and how many of
				 * those are not comparable, are shown.
				 */
				cityFiguresPublic: boolean;
				indicators: {
					id: string;
					name: string;
					cities: number;
					notComparable: number;
					/** Every city's figure with the chart: public figures of at most REPORT_CITY_LIST_LIMIT cities. */
					figures: IndicatorFigures | null;
					/**
					 * Public figures of more cities than that: the distribution of the comparable ones, the page
					 * listing every figure links from it. Null otherwise.
					 */
					summary: IndicatorSummary | null;
				}[];
		  }
		| {
				kind: 'practices-by-commitment' | 'practices-by-trend';
				groups: PracticeGroup<ReportPractice>[];
		  }
		| {
				kind: 'module-results';
				/** The cycle's topical modules, as the disclosure rule lets the public see them. */
				modules: ModuleResult[];
				/** Whether each city's own figures and texts are left out (the cycle's city answers are not public). */
				aggregatesOnly: boolean;
				responding: number;
		  }
	);

/** One indicator of a large network, summarised (see domain/report/large-lists.ts). */
export interface IndicatorSummary {
	mostCommonYear: number | null;
	mostCommonDefinitionName: string;
	distribution: FigureDistribution | null;
	/** The page listing every city's figure of the indicator, fifty a page. */
	href: string;
}

export interface ReportDocument {
	cycle: CycleSummary['cycle'];
	/** Whether the secretariat has started the report; an unstarted report shows the generated parts only. */
	started: boolean;
	blocks: ReportBlock[];
}

/** A cycle's report whatever its status, for the secretariat's report builder and preview. */
export function reportDocumentForSecretariat(db: Database, slug: string, locale: Locale) {
	return reportDocument(db, slug, locale);
}

/**
 * A cycle's report, assembled: the stored sections in order, chapters rendered from Markdown, and every
 * generated part computed from the cycle's counted answers. `only` narrows the cycles that may be found: the
 * public module passes its published-cycle base, and a cycle outside it is not found. City-level figures follow
 * the disclosure rule as it will apply once the cycle is published, so the preview shows what the public will.
 *
 * A report that summarises (more than REPORT_CITY_LIST_LIMIT cities) shows no city's answer, so the database
 * counts its parts (reads/cycle-tallies) instead of every city's answers being read: see `talliedFigures`.
 */
export async function reportDocument(
	db: Database,
	slug: string,
	locale: Locale,
	only?: SQL
): Promise<ReportDocument | null> {
	const summary = await cycleSummary(db, slug, { only });
	if (!summary) return null;
	const t = translator(locale);
	const stored = await reportSectionsOf(db, summary.cycle.id);
	const sections: (Omit<StoredSection, 'id'> & { id: number | null })[] = stored.length
		? stored
		: defaultOutline({ introduction: '', conclusions: '' })
				.filter((section) => section.kind !== 'chapter')
				.map((section) => ({ ...section, id: null, body: '', language: 'en', version: 0 }));

	const kinds = new Set(sections.map((section) => section.kind));
	const wantsPractices = kinds.has('practices-by-commitment') || kinds.has('practices-by-trend');
	const figuresOf = async () =>
		(summarisesCities(summary.participation.responding)
			? await talliedFigures(db, summary, kinds, locale)
			: null) ?? figuresFromCities(db, summary, kinds, locale);
	const [figures, practices, modules] = await Promise.all([
		figuresOf(),
		wantsPractices ? reportPractices(db, summary.cycle) : [],
		kinds.has('module-results') ? cycleModuleResults(db, summary.cycle.id, locale) : []
	]);
	const parts = new PartBuilder(summary, figures, practices, modules, locale, t);

	const blocks = sections.map((section): ReportBlock => {
		if (section.kind === 'chapter') {
			return {
				kind: 'chapter',
				id: section.id,
				anchor: `chapter-${section.id}`,
				title: section.title ?? '',
				markdown: section.body,
				html: renderMarkdown(section.body),
				language: section.language,
				version: section.version
			};
		}
		return parts.build(section.kind, section.id);
	});
	return { cycle: summary.cycle, started: stored.length > 0, blocks };
}

type IndicatorPart = Extract<ReportBlock, { kind: 'indicators' }>['indicators'][number];

/** What the generated parts show, however it was counted. */
interface ReportFigures {
	/** The participating cities, by name. */
	cities: { slug: string; name: string; countryCode: string }[];
	roles: RoleResult[];
	/** The previous published cycle, read only when the report compares with it. */
	previous: CycleSummary | null;
	/** The change since `previous`; null without it. */
	changes: CommitmentChange[] | null;
	indicators: IndicatorPart[];
}

/**
 * Every generated part from each city's answers, read one by one (ratings and figures, no texts): what a
 * report that lists its cities and draws a bar per city needs.
 */
async function figuresFromCities(
	db: Database,
	summary: CycleSummary,
	kinds: ReadonlySet<string>,
	locale: Locale
): Promise<ReportFigures> {
	const [cities, previous] = await Promise.all([
		cityResultsOf(db, summary, false),
		kinds.has('comparison') && summary.previousCycle
			? cycleResults(db, summary.previousCycle.slug, { only: isPublishedCycle(), texts: false })
			: null
	]);
	const shown = cityAnswersShownOncePublished(summary.cycle);
	return {
		cities: cities.map((city) => ({
			slug: city.citySlug,
			name: city.cityName,
			countryCode: city.countryCode
		})),
		roles: roleResults(cities),
		previous,
		changes: previous ? changeSincePrevious(previous.cities, cities) : null,
		indicators: givenIndicators(cities, locale).map((indicator) => {
			const series = indicatorSeries(cities, indicator.id);
			const { points } = series;
			const summarised = shown && summarisesCities(points.length);
			return {
				...indicator,
				cities: points.length,
				notComparable: points.filter((point) => point.marks.length > 0).length,
				// The chart is drawn only when it is shown: public, and few enough bars to read.
				figures: shown && !summarised ? indicatorFigures(cities, indicator, locale) : null,
				summary: summarised
					? {
							mostCommonYear: series.mostCommonYear,
							mostCommonDefinitionName: definitionNameOf(series.mostCommonDefinition, locale),
							distribution: figureDistribution(points),
							href: `/reports/${summary.cycle.slug}/indicators/${indicator.id}`
						}
					: null
			};
		})
	};
}

/**
 * Every generated part counted by the database, for a report of more cities than it lists: rating counts,
 * the change since the previous cycle and each indicator's summary are GROUP BYs over the cycle's answers,
 * and only the participating cities' names are read per city. Null when some indicator has few enough public
 * figures to be drawn city by city (a bar each): that report is read city by city instead.
 */
async function talliedFigures(
	db: Database,
	summary: CycleSummary,
	kinds: ReadonlySet<string>,
	locale: Locale
): Promise<ReportFigures | null> {
	const { cycle, participation } = summary;
	const wantsRoles = [...kinds].some((kind) => roleOfPart(kind as GeneratedPart) !== null);
	const [cities, commitments, indicators, previous] = await Promise.all([
		kinds.has('participating-cities') ? participatingCities(db, cycle.id) : [],
		wantsRoles ? commitmentTallies(db, cycle.id, participation.responding) : [],
		kinds.has('indicators') ? indicatorTallies(db, cycle.id) : [],
		kinds.has('comparison') && summary.previousCycle
			? cycleSummary(db, summary.previousCycle.slug, { only: isPublishedCycle() })
			: null
	]);
	const shown = cityAnswersShownOncePublished(cycle);
	if (shown && indicators.some((indicator) => !summarisesCities(indicator.cities))) return null;
	const byId = new Map(indicators.map((indicator) => [indicator.itemId, indicator]));
	return {
		cities,
		roles: commitments.length ? roleResultsOf(commitments) : [],
		previous,
		changes: previous ? await changeTallies(db, cycle.id, previous.cycle.id) : null,
		indicators: namedIndicators([...byId.keys()], locale).map((indicator) => {
			const tally = byId.get(indicator.id)!;
			return {
				...indicator,
				cities: tally.cities,
				notComparable: tally.notComparable,
				figures: null,
				summary: shown
					? {
							mostCommonYear: tally.mostCommonYear,
							mostCommonDefinitionName: definitionNameOf(tally.mostCommonDefinition, locale),
							distribution: tally.distribution,
							href: `/reports/${cycle.slug}/indicators/${indicator.id}`
						}
					: null
			};
		})
	};
}

/** Builds each generated part on demand from the report's figures. */
class PartBuilder {
	constructor(
		private readonly summary: CycleSummary,
		private readonly figures: ReportFigures,
		private readonly practices: ReportPractice[],
		private readonly modules: ModuleResult[],
		private readonly locale: Locale,
		private readonly t: Translate
	) {}

	build(kind: GeneratedPart, id: number | null): ReportBlock {
		const anchor = `part-${kind.replace(':', '-')}`;
		const role = roleOfPart(kind);
		if (role) return { id, anchor, ...this.roleBlock(role) };
		switch (kind) {
			case 'participating-cities':
				return {
					kind,
					id,
					anchor,
					title: m.report_part_participating_cities({}, { locale: this.t.locale }),
					cities: this.figures.cities.map((city) => ({
						...city,
						country: countryName(this.locale, city.countryCode)
					})),
					byCountry: summarisesCities(this.figures.cities.length)
						? citiesByCountry(this.figures.cities).map((group) => ({
								...group,
								country: countryName(this.locale, group.countryCode)
							}))
						: null
				};
			case 'response-rate':
				return {
					kind,
					id,
					anchor,
					title: m.report_part_response_rate({}, { locale: this.t.locale }),
					current: this.rate(this.summary),
					previous: this.figures.previous ? this.rate(this.figures.previous) : null
				};
			case 'comparison':
				return { id, anchor, ...this.comparison() };
			case 'indicators':
				return {
					kind,
					id,
					anchor,
					title: m.report_part_indicators({}, { locale: this.t.locale }),
					cityFiguresPublic: cityAnswersShownOncePublished(this.summary.cycle),
					indicators: this.figures.indicators
				};
			case 'practices-by-commitment':
			case 'practices-by-trend':
				return {
					kind,
					id,
					anchor,
					title: pick(
						{
							comparison: m.report_part_comparison,
							comparisonNoPrevious: m.report_part_comparisonNoPrevious,
							indicators: m.report_part_indicators,
							'module-results': m.report_part_module_results,
							'participating-cities': m.report_part_participating_cities,
							'practices-by-commitment': m.report_part_practices_by_commitment,
							'practices-by-trend': m.report_part_practices_by_trend,
							'response-rate': m.report_part_response_rate,
							'role-results.buyer': m.report_part_role_results_buyer,
							'role-results.employer': m.report_part_role_results_employer,
							'role-results.policy_maker': m.report_part_role_results_policy_maker,
							'role-results.service_provider': m.report_part_role_results_service_provider
						},
						kind
					)({}, { locale: this.t.locale }),
					groups:
						kind === 'practices-by-commitment'
							? practicesByCommitment(this.practices, this.locale)
							: practicesByTrend(this.practices, this.locale)
				};
			case 'module-results': {
				const shown = cityAnswersShownOncePublished(this.summary.cycle);
				return {
					kind,
					id,
					anchor,
					title: m.report_part_module_results({}, { locale: this.t.locale }),
					modules: disclosedModuleResults(this.modules, shown),
					aggregatesOnly: !shown,
					responding: this.summary.participation.responding
				};
			}
			default:
				throw new Error(`Unknown report part ${kind}`);
		}
	}

	private rate(results: CycleSummary): Rate {
		return { name: cycleYears(results.cycle), ...responseRate(results.participation) };
	}

	private roleBlock(role: RoleKey) {
		const result = this.figures.roles.find((candidate) => candidate.role === role)!;
		const roleName = roles.find((candidate) => candidate.key === role)!.name[this.locale];
		return {
			kind: 'role-results' as const,
			title: pick(
				{
					buyer: m.report_part_role_results_buyer,
					employer: m.report_part_role_results_employer,
					policy_maker: m.report_part_role_results_policy_maker,
					service_provider: m.report_part_role_results_service_provider
				},
				role
			)({}, { locale: this.t.locale }),
			role,
			roleName,
			result,
			svg: this.summary.participation.responding ? ratingChart(result, roleName, this.t, this.locale) : null
		};
	}

	private comparison() {
		const { previous, changes } = this.figures;
		if (!previous || !changes) {
			return {
				kind: 'comparison' as const,
				title: m.report_part_comparisonNoPrevious({}, { locale: this.t.locale }),
				change: null
			};
		}
		const previousName = cycleYears(previous.cycle);
		const anyCompared = changes.some((change) => change.compared > 0);
		return {
			kind: 'comparison' as const,
			title: m.report_part_comparison({ previous: previousName }, { locale: this.t.locale }),
			change: {
				previousName,
				currentName: cycleYears(this.summary.cycle),
				changes,
				svg: anyCompared ? changeChart(changes, previousName, this.t, this.locale) : null
			}
		};
	}
}
