import { describeChange, displayValue } from '$lib/domain/audit-changes';
import {
	isAuditField,
	practiceStatuses,
	responseStates,
	threadStatuses,
	type AuditField
} from '$lib/domain/audit-fields';
import { languageName } from '$lib/domain/content-language';
import { cycleStatuses } from '$lib/domain/cycle-lifecycle';
import type { Locale } from '$lib/domain/locale';
import { formatDateTime } from '$lib/domain/progress/formatters';
import { countryName, formatDate, formatNumber, type MessageKey, type Translate } from '$lib/i18n';
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

/**
 * What an entry is about, by name: a response as its city and cycle ("Helsinki, Reporting period 2024–2026"),
 * a city, a cycle, a practice's or report part's title, an invited person's name; a record that no longer
 * exists as its kind and number.
 */
export function subjectName(t: Translate, entry: SentenceEntry): string {
	const named =
		entry.subjectType === 'response'
			? entry.cityName && entry.cycleName
				? `${entry.cityName}, ${entry.cycleName}`
				: null
			: entry.subjectType === 'city'
				? entry.cityName
				: entry.subjectType === 'cycle'
					? entry.cycleName
					: entry.itemName;
	return (
		named ?? t('audit.aboutRemoved', { type: subjectTypeLabel(t, entry.subjectType), id: entry.subjectId })
	);
}

/** One changed field in words: its name and both values as the interface says them; null for "empty". */
export interface ChangeLine {
	key: AuditField;
	label: string;
	before: string | null;
	after: string | null;
}

export type ChangeWords =
	| { kind: 'none' }
	| { kind: 'fields'; lines: ChangeLine[] }
	| { kind: 'value'; before: string | null; after: string | null };

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A recorded value as the rest of the interface says it: a response's state, a cycle's or practice's status,
 * a query's, a role, a language or a country by name, dates and numbers in the reader's conventions, yes or
 * no. Anything else is shown as it was recorded (short text, cut when long).
 */
export function valueWords(
	t: Translate,
	locale: Locale,
	subjectType: string,
	key: string,
	value: unknown
): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
	if (typeof value === 'number') return formatNumber(locale, value);
	if (Array.isArray(value)) {
		// A list of questions or cities is said by how many there are; a list of numbers (days) as it is.
		if (value.every((one) => typeof one === 'number'))
			return value.map((one) => formatNumber(locale, one)).join(', ') || null;
		return formatNumber(locale, value.length);
	}
	if (typeof value !== 'string') return displayValue(value);
	const state = responseStates.find((one) => one === value);
	if (key === 'state' && state) return t(`state.${state}`);
	if (key === 'status' && subjectType === 'cycle') {
		const status = cycleStatuses.find((one) => one === value);
		if (status) return t(`cycles.status.${status}`);
	}
	if (key === 'status' && subjectType === 'practice') {
		const status = practiceStatuses.find((one) => one === value);
		if (status) return t(`curation.status.${status}`);
	}
	const thread = threadStatuses.find((one) => one === value);
	if (key === 'threadStatus' && thread) return t(`review.threadStatus.${thread}`);
	if (key === 'role' && (value === 'secretariat' || value === 'coordinator' || value === 'contributor'))
		return t(`role.${value}`);
	if (key === 'language') return languageName(locale, value, true);
	if (key === 'countryCode') return countryName(locale, value);
	if (calendarDay.test(value)) return formatDate(locale, value);
	if (moment.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(locale, value);
	return displayValue(value);
}

/**
 * What an entry changed, in words: for two records, each named field that differs, by its name in the
 * reader's language (fields that only hold a record's number are left to the recorded values); otherwise
 * both values as they are.
 */
export function changeWords(
	t: Translate,
	locale: Locale,
	subjectType: string,
	before: unknown,
	after: unknown
): ChangeWords {
	const view = describeChange(
		before,
		after,
		(key, value) => valueWords(t, locale, subjectType, key, value),
		isAuditField
	);
	if (view.kind !== 'fields') return view;
	return {
		kind: 'fields',
		lines: view.changes.map((change) => {
			const key = change.key as AuditField;
			return { ...change, key, label: t(`audit.field.${key}`) };
		})
	};
}
