import { roles, type RoleKey } from '../charter';

/**
 * The parts of a report generated from the cycle's data. The secretariat places them among its chapters;
 * each appears at most once in a report.
 */
export const generatedParts = [
	'participating-cities',
	'response-rate',
	...roles.map((role) => `role-results:${role.key}` as const),
	'comparison',
	'indicators',
	'practices-by-commitment',
	'practices-by-trend',
	// The answers to the cycle's topical modules; offered only when its questionnaire has one.
	'module-results'
] as const;

export type GeneratedPart = (typeof generatedParts)[number];
export type SectionKind = 'chapter' | GeneratedPart;

export function isGeneratedPart(kind: string): kind is GeneratedPart {
	return (generatedParts as readonly string[]).includes(kind);
}

/** The role a 'role-results:…' part shows; null for every other kind. */
export function roleOfPart(kind: SectionKind): RoleKey | null {
	return kind.startsWith('role-results:') ? (kind.slice('role-results:'.length) as RoleKey) : null;
}

/** A section as stored, in report order. */
export interface StoredSection {
	id: number;
	kind: SectionKind;
	title: string | null;
	body: string;
	/** The language a chapter is written in (ISO 639-1). */
	language: string;
	version: number;
}

/**
 * The outline a new report starts from, in the order the printed reports follow: an introduction, who took
 * part, the self-assessment role by role, the change since last time, the indicators, the good practices, and
 * a closing chapter. Chapter titles are placeholders in the secretariat's language, to be rewritten.
 */
export function defaultOutline(chapterTitles: {
	introduction: string;
	conclusions: string;
}): { kind: SectionKind; title: string | null }[] {
	return [
		{ kind: 'chapter', title: chapterTitles.introduction },
		{ kind: 'participating-cities', title: null },
		{ kind: 'response-rate', title: null },
		...roles.map((role) => ({ kind: `role-results:${role.key}` as const, title: null })),
		{ kind: 'comparison', title: null },
		{ kind: 'indicators', title: null },
		{ kind: 'practices-by-commitment', title: null },
		{ kind: 'practices-by-trend', title: null },
		{ kind: 'chapter', title: chapterTitles.conclusions }
	];
}

/**
 * The generated parts not yet in a report: the ones the builder still offers to add. The module results are
 * offered only when the cycle's questionnaire has a topical module (`hasModules`).
 */
export function missingParts(
	sections: Pick<StoredSection, 'kind'>[],
	{ hasModules = false }: { hasModules?: boolean } = {}
): GeneratedPart[] {
	const present = new Set(sections.map((section) => section.kind));
	return generatedParts.filter((part) => !present.has(part) && (part !== 'module-results' || hasModules));
}
