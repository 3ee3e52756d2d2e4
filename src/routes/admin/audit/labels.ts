import type { MessageKey, Translate } from '$lib/i18n';
import { en } from '$lib/i18n/en';

/**
 * Readable names of actions and subject types. A new action shows under its raw name until the catalogue gets a
 * label for it (`audit.action.<action>`), so nothing is ever hidden for lack of a translation.
 */
function labelled(t: Translate, prefix: string, name: string): string {
	const key = `${prefix}${name}`;
	return key in en ? t(key as MessageKey) : name;
}

export const actionLabel = (t: Translate, action: string) => labelled(t, 'audit.action.', action);

export const subjectTypeLabel = (t: Translate, type: string) => labelled(t, 'audit.subjectType.', type);

/** The catalogue key of an action's sentence; `sentenceKeyOf(action) in en` says whether it has one. */
export const sentenceKeyOf = (action: string) => `auditSentence.${action}`;

export interface SentenceEntry {
	action: string;
	subjectType: string;
	subjectId: string;
	before: unknown;
	after: unknown;
	cityName: string | null;
	cycleName: string | null;
	itemName: string | null;
}

function titleIn(value: unknown): string | null {
	if (typeof value !== 'object' || value === null || !('title' in value)) return null;
	const title = (value as { title: unknown }).title;
	return typeof title === 'string' && title !== '' ? title : null;
}

/**
 * One audit entry as a sentence in the reader's language, with names instead of ids: "Demo Secretariat started
 * the report of Reporting period 2024–2026". A name that no longer exists reads as its kind and number, marked
 * removed; a removed report part keeps the title its entry recorded. Plain text: the page shows it as text.
 */
export function auditSentence(t: Translate, who: string, entry: SentenceEntry): string {
	const removed = t('auditSentence.removed', {
		type: subjectTypeLabel(t, entry.subjectType),
		id: entry.subjectId
	});
	const item = entry.itemName ?? titleIn(entry.after) ?? titleIn(entry.before) ?? removed;
	const params = {
		who,
		city: entry.cityName ?? removed,
		cycle: entry.cycleName ?? removed,
		item
	};
	const key = sentenceKeyOf(entry.action);
	if (key in en) return t(key as MessageKey, params);
	const subject =
		[entry.itemName, entry.cityName, entry.cycleName].filter((name) => name !== null).join(', ') ||
		`${subjectTypeLabel(t, entry.subjectType)} ${entry.subjectId}`;
	return t('auditSentence.other', { who, action: actionLabel(t, entry.action), item: subject });
}

/** A state or status value as the rest of the interface names it ("in progress", "Closed"); others as they are. */
export function changeValueLabel(t: Translate, key: string, value: string | null): string | null {
	if (value === null) return null;
	const catalogueKey =
		key === 'state' ? `state.${value}` : key === 'status' ? `cycles.status.${value}` : null;
	return catalogueKey && catalogueKey in en ? t(catalogueKey as MessageKey) : value;
}
