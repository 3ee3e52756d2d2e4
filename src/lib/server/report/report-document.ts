import type { SQL } from 'drizzle-orm';
import {
	changeSincePrevious,
	indicatorSeries,
	responseRate,
	roleResults,
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
import { countryName, translator, type Translate } from '$lib/i18n';
import {
	definitionNameOf,
	givenIndicators,
	indicatorFigures,
	type IndicatorFigures
} from '../analysis/indicator-figures';
import { changeChart } from '../charts/change-chart';
import { ratingChart } from '../charts/rating-chart';
import type { Database } from '../db';
import { cycleResults, type CycleResults } from '../reads/cycle-results';
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
	cycle: CycleResults['cycle'];
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
 */
export async function reportDocument(
	db: Database,
	slug: string,
	locale: Locale,
	only?: SQL
): Promise<ReportDocument | null> {
	const results = await cycleResults(db, slug, { only, texts: false });
	if (!results) return null;
	const t = translator(locale);
	const stored = await reportSectionsOf(db, results.cycle.id);
	const sections: (Omit<StoredSection, 'id'> & { id: number | null })[] = stored.length
		? stored
		: defaultOutline({ introduction: '', conclusions: '' })
				.filter((section) => section.kind !== 'chapter')
				.map((section) => ({ ...section, id: null, body: '', language: 'en', version: 0 }));

	const kinds = new Set(sections.map((section) => section.kind));
	const wantsPractices = kinds.has('practices-by-commitment') || kinds.has('practices-by-trend');
	const [previous, practices, modules] = await Promise.all([
		kinds.has('comparison') && results.previousCycle
			? cycleResults(db, results.previousCycle.slug, { only: isPublishedCycle(), texts: false })
			: null,
		wantsPractices ? reportPractices(db, results.cycle) : [],
		kinds.has('module-results') ? cycleModuleResults(db, results.cycle.id, locale) : []
	]);
	const parts = new PartBuilder(results, previous, practices, modules, locale, t);

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
	return { cycle: results.cycle, started: stored.length > 0, blocks };
}

/** Computes each generated part once, on demand: a report that leaves a part out does not pay for it. */
class PartBuilder {
	private roleResultsCache: RoleResult[] | null = null;

	constructor(
		private readonly results: CycleResults,
		private readonly previous: CycleResults | null,
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
					title: this.t('report.part.participating-cities'),
					cities: this.results.cities.map((city) => ({
						slug: city.citySlug,
						name: city.cityName,
						countryCode: city.countryCode,
						country: countryName(this.locale, city.countryCode)
					})),
					byCountry: summarisesCities(this.results.cities.length)
						? citiesByCountry(this.results.cities).map((group) => ({
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
					title: this.t('report.part.response-rate'),
					current: this.rate(this.results),
					previous: this.previous ? this.rate(this.previous) : null
				};
			case 'comparison':
				return { id, anchor, ...this.comparison() };
			case 'indicators':
				return {
					kind,
					id,
					anchor,
					title: this.t('report.part.indicators'),
					cityFiguresPublic: cityAnswersShownOncePublished(this.results.cycle),
					indicators: givenIndicators(this.results.cities, this.locale).map((indicator) => {
						const series = indicatorSeries(this.results.cities, indicator.id);
						const { points } = series;
						const shown = cityAnswersShownOncePublished(this.results.cycle);
						const summarised = shown && summarisesCities(points.length);
						return {
							...indicator,
							cities: points.length,
							notComparable: points.filter((point) => point.marks.length > 0).length,
							// The chart is drawn only when it is shown: public, and few enough bars to read.
							figures:
								shown && !summarised ? indicatorFigures(this.results.cities, indicator, this.locale) : null,
							summary: summarised
								? {
										mostCommonYear: series.mostCommonYear,
										mostCommonDefinitionName: definitionNameOf(series.mostCommonDefinition, this.locale),
										distribution: figureDistribution(points),
										href: `/reports/${this.results.cycle.slug}/indicators/${indicator.id}`
									}
								: null
						};
					})
				};
			case 'practices-by-commitment':
			case 'practices-by-trend':
				return {
					kind,
					id,
					anchor,
					title: this.t(`report.part.${kind}`),
					groups:
						kind === 'practices-by-commitment'
							? practicesByCommitment(this.practices, this.locale)
							: practicesByTrend(this.practices, this.locale)
				};
			case 'module-results': {
				const shown = cityAnswersShownOncePublished(this.results.cycle);
				return {
					kind,
					id,
					anchor,
					title: this.t('report.part.module-results'),
					modules: disclosedModuleResults(this.modules, shown),
					aggregatesOnly: !shown,
					responding: this.results.cities.length
				};
			}
			default:
				throw new Error(`Unknown report part ${kind}`);
		}
	}

	private rate(results: CycleResults): Rate {
		return { name: cycleYears(results.cycle), ...responseRate(results.participation) };
	}

	private roleBlock(role: RoleKey) {
		this.roleResultsCache ??= roleResults(this.results.cities);
		const result = this.roleResultsCache.find((candidate) => candidate.role === role)!;
		const roleName = roles.find((candidate) => candidate.key === role)!.name[this.locale];
		return {
			kind: 'role-results' as const,
			title: this.t(`report.part.role-results.${role}`),
			role,
			roleName,
			result,
			svg: this.results.cities.length ? ratingChart(result, roleName, this.t, this.locale) : null
		};
	}

	private comparison() {
		if (!this.previous) {
			return { kind: 'comparison' as const, title: this.t('report.part.comparisonNoPrevious'), change: null };
		}
		const previousName = cycleYears(this.previous.cycle);
		const changes = changeSincePrevious(this.previous.cities, this.results.cities);
		const anyCompared = changes.some((change) => change.compared > 0);
		return {
			kind: 'comparison' as const,
			title: this.t('report.part.comparison', { previous: previousName }),
			change: {
				previousName,
				currentName: cycleYears(this.results.cycle),
				changes,
				svg: anyCompared ? changeChart(changes, previousName, this.t, this.locale) : null
			}
		};
	}
}
