import { roleOfPart, type SectionKind } from '$lib/domain/report/parts';
import type { MessageKey, Translate } from '$lib/i18n';

/** A section as the outline lists it. */
export interface OutlineSection {
	id: number;
	kind: SectionKind;
	title: string | null;
	words: number;
	lastSaved: string | null;
}

/**
 * The heading a section has in the report: a chapter's own title, or the generated part's heading from the
 * message files (the comparison's names no cycle here: the builder does not look up the previous one).
 */
export function sectionLabel(t: Translate, section: Pick<OutlineSection, 'kind' | 'title'>): string {
	if (section.kind === 'chapter') return section.title ?? '';
	const role = roleOfPart(section.kind);
	if (role) return t(`report.part.role-results.${role}` as MessageKey);
	if (section.kind === 'comparison') return t('report.part.comparisonNoPrevious');
	return t(`report.part.${section.kind}` as MessageKey);
}
