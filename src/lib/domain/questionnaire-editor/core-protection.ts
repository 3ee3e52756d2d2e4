import { locales, type Locale } from '../locale';
import { itemsOf, type Definition } from '../questionnaire/definition';

/**
 * The protected core: the Charter's eleven commitment ratings. Results are compared across cycles by their
 * ids and scale, so a draft must keep every rating of the version it was copied from, with the same id, type
 * and commitment. Only the wording may change (recorded in the audit trail).
 */
export interface CoreIssue {
	itemId: string;
	commitment: number;
	problem: 'removed' | 'retyped' | 'commitment_changed';
}

function coreRatings(definition: Definition) {
	return itemsOf(definition).flatMap(({ item }) => (item.type === 'rating' ? [item] : []));
}

/** What a draft breaks of the protected core of the version it was copied from; empty when nothing. */
export function coreProtectionIssues(draft: Definition, source: Definition): CoreIssue[] {
	const items = new Map(itemsOf(draft).map(({ item }) => [item.id, item]));
	return coreRatings(source).flatMap((core): CoreIssue[] => {
		const now = items.get(core.id);
		const issue = (problem: CoreIssue['problem']) => [
			{ itemId: core.id, commitment: core.commitment, problem }
		];
		if (!now) return issue('removed');
		if (now.type !== 'rating') return issue('retyped');
		if (now.commitment !== core.commitment) return issue('commitment_changed');
		return [];
	});
}

/** The core ratings whose wording (label or hint) differs from the source, with the languages that changed. */
export function coreRewordings(
	draft: Definition,
	source: Definition
): { itemId: string; commitment: number; locales: Locale[] }[] {
	const items = new Map(itemsOf(draft).map(({ item }) => [item.id, item]));
	return coreRatings(source).flatMap((core) => {
		const now = items.get(core.id);
		if (!now || now.type !== 'rating') return [];
		const changed = locales.filter((locale) => {
			const text = (t: object | undefined) => (t as Record<string, string> | undefined)?.[locale];
			return text(now.label) !== text(core.label) || text(now.hint) !== text(core.hint);
		});
		return changed.length ? [{ itemId: core.id, commitment: core.commitment, locales: changed }] : [];
	});
}
