import { pick, type AnyMessage } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { roleOfPart, type SectionKind } from '$lib/domain/report/parts';
import type { Translate } from '$lib/i18n';

/**
 * A section as the outline lists it. Its heading and state come as text from the page's load: the part
 * headings' messages (all five languages of each) stay on the server.
 */
export interface OutlineSection {
	id: number;
	kind: SectionKind;
	/** The heading: the chapter's title or the generated part's name (`sectionLabel`). */
	label: string;
	/** A chapter's length and last save ("120 words, saved …"); empty for a generated part. */
	state: string;
}

/**
 * The heading a section has in the report: a chapter's own title, or the generated part's heading from the
 * message files (the comparison's names no cycle here: the builder does not look up the previous one).
 */
export function sectionLabel(t: Translate, section: { kind: SectionKind; title: string | null }): string {
	if (section.kind === 'chapter') return section.title ?? '';
	const role = roleOfPart(section.kind);
	if (role)
		return pick<Record<string, AnyMessage>, string>(
			{
				buyer: m.report_part_role_results_buyer,
				employer: m.report_part_role_results_employer,
				policy_maker: m.report_part_role_results_policy_maker,
				service_provider: m.report_part_role_results_service_provider
			},
			role
		)({}, { locale: t.locale });
	if (section.kind === 'comparison') return m.report_part_comparisonNoPrevious({}, { locale: t.locale });
	return pick<Record<string, AnyMessage>, string>(
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
		section.kind
	)({}, { locale: t.locale });
}
