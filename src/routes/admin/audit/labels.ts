import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
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
import { countryName, formatDate, formatNumber, type Translate } from '$lib/i18n';
import { auditMessages } from '$lib/i18n/audit-messages';

/**
 * Readable names of actions and subject types. A new action shows under its raw name until the catalogue gets a
 * label for it (`audit.action.<action>`), so nothing is ever hidden for lack of a translation.
 */
// A key built from a recorded name is looked up in the audit log's own table (src/lib/i18n/audit-messages.ts,
// generated), never among all messages.
function labelled(t: Translate, prefix: string, name: string): string {
	const key = `${prefix}${name}`;
	return key in auditMessages ? auditMessages[key]!({}, { locale: t.locale }) : name;
}

export const actionLabel = (t: Translate, action: string) => labelled(t, 'audit.action.', action);

export const subjectTypeLabel = (t: Translate, type: string) => labelled(t, 'audit.subjectType.', type);

/** The message key of an action's sentence; `sentenceKeyOf(action) in auditMessages` says whether it has one. */
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
	const removed = m.auditSentence_removed(
		{
			type: subjectTypeLabel(t, entry.subjectType),
			id: entry.subjectId
		},
		{ locale: t.locale }
	);
	const item = entry.itemName ?? titleIn(entry.after) ?? titleIn(entry.before) ?? removed;
	const params = {
		who,
		city: entry.cityName ?? removed,
		cycle: entry.cycleName ?? removed,
		item
	};
	const key = sentenceKeyOf(entry.action);
	if (key in auditMessages) return auditMessages[key]!(params, { locale: t.locale });
	const subject =
		[entry.itemName, entry.cityName, entry.cycleName].filter((name) => name !== null).join(', ') ||
		`${subjectTypeLabel(t, entry.subjectType)} ${entry.subjectId}`;
	return m.auditSentence_other(
		{ who, action: actionLabel(t, entry.action), item: subject },
		{ locale: t.locale }
	);
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
		named ??
		m.audit_aboutRemoved(
			{ type: subjectTypeLabel(t, entry.subjectType), id: entry.subjectId },
			{ locale: t.locale }
		)
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
	if (typeof value === 'boolean') return (value ? m.audit_yes : m.audit_no)({}, { locale: t.locale });
	if (typeof value === 'number') return formatNumber(locale, value);
	if (Array.isArray(value)) {
		// A list of questions or cities is said by how many there are; a list of numbers (days) as it is.
		if (value.every((one) => typeof one === 'number'))
			return value.map((one) => formatNumber(locale, one)).join(', ') || null;
		return formatNumber(locale, value.length);
	}
	if (typeof value !== 'string') return displayValue(value);
	const state = responseStates.find((one) => one === value);
	if (key === 'state' && state)
		return pick(
			{
				accepted: m.state_accepted,
				in_progress: m.state_in_progress,
				invited: m.state_invited,
				returned: m.state_returned,
				submitted: m.state_submitted
			},
			state
		)({}, { locale: t.locale });
	if (key === 'status' && subjectType === 'cycle') {
		const status = cycleStatuses.find((one) => one === value);
		if (status)
			return pick(
				{
					closed: m.cycles_status_closed,
					draft: m.cycles_status_draft,
					open: m.cycles_status_open,
					published: m.cycles_status_published
				},
				status
			)({}, { locale: t.locale });
	}
	if (key === 'status' && subjectType === 'practice') {
		const status = practiceStatuses.find((one) => one === value);
		if (status)
			return pick(
				{
					all: m.curation_status_all,
					draft: m.curation_status_draft,
					merged: m.curation_status_merged,
					published: m.curation_status_published
				},
				status
			)({}, { locale: t.locale });
	}
	const thread = threadStatuses.find((one) => one === value);
	if (key === 'threadStatus' && thread)
		return pick(
			{
				answered: m.review_threadStatus_answered,
				closed: m.review_threadStatus_closed,
				draft: m.review_threadStatus_draft,
				open: m.review_threadStatus_open
			},
			thread
		)({}, { locale: t.locale });
	if (key === 'role' && (value === 'secretariat' || value === 'coordinator' || value === 'contributor'))
		return pick(
			{ contributor: m.role_contributor, coordinator: m.role_coordinator, secretariat: m.role_secretariat },
			value
		)({}, { locale: t.locale });
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
		lines: view.changes.map((change) => ({
			...change,
			key: change.key as AuditField,
			label: pick(
				{
					body: m.audit_field_body,
					changed: m.audit_field_changed,
					cityAnswersPublic: m.audit_field_cityAnswersPublic,
					closedThreads: m.audit_field_closedThreads,
					commitments: m.audit_field_commitments,
					conflicts: m.audit_field_conflicts,
					count: m.audit_field_count,
					countryCode: m.audit_field_countryCode,
					days: m.audit_field_days,
					deadline: m.audit_field_deadline,
					email: m.audit_field_email,
					endYear: m.audit_field_endYear,
					extendedTo: m.audit_field_extendedTo,
					funding: m.audit_field_funding,
					handOver: m.audit_field_handOver,
					invitedAt: m.audit_field_invitedAt,
					items: m.audit_field_items,
					language: m.audit_field_language,
					latitude: m.audit_field_latitude,
					links: m.audit_field_links,
					longitude: m.audit_field_longitude,
					message: m.audit_field_message,
					name: m.audit_field_name,
					note: m.audit_field_note,
					ongoing: m.audit_field_ongoing,
					opensOn: m.audit_field_opensOn,
					periodEnd: m.audit_field_periodEnd,
					periodStart: m.audit_field_periodStart,
					population: m.audit_field_population,
					questionnaireVersion: m.audit_field_questionnaireVersion,
					role: m.audit_field_role,
					sections: m.audit_field_sections,
					signedOn: m.audit_field_signedOn,
					signedOnPrecision: m.audit_field_signedOnPrecision,
					slug: m.audit_field_slug,
					source: m.audit_field_source,
					startYear: m.audit_field_startYear,
					state: m.audit_field_state,
					status: m.audit_field_status,
					summary: m.audit_field_summary,
					targetGroups: m.audit_field_targetGroups,
					themes: m.audit_field_themes,
					threadStatus: m.audit_field_threadStatus,
					title: m.audit_field_title,
					trends: m.audit_field_trends,
					version: m.audit_field_version
				},
				change.key as AuditField
			)({}, { locale: t.locale })
		}))
	};
}
