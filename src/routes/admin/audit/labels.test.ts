import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/server/i18n/translator';
import { auditFields, practiceStatuses, responseStates, threadStatuses } from '$lib/domain/audit-fields';
import { cycleStatuses } from '$lib/domain/cycle-lifecycle';
import { locales } from '$lib/domain/locale';
import { messageId, readMessageFile } from '$lib/i18n/message-files';
import { auditSentence, changeWords, sentenceKeyOf, valueWords } from './labels';

const root = path.resolve(__dirname, '../../../..');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
	});
}

const literal = /['"`]([a-z][a-z_]*\.[a-z][A-Za-z_]*)['"`]/g;

/**
 * Every action the code writes to the audit log: in each file that calls `writeAudit`, the string literals of
 * each `action:` property, and for an `action: someMap[key]` the values of the object `someMap` declared in
 * that file. An `action:` that is neither is reported, so a new way of naming actions cannot slip past.
 */
function auditedActions(): { actions: Set<string>; unreadable: string[] } {
	const actions = new Set<string>();
	const unreadable: string[] = [];
	for (const file of sourceFiles(path.join(root, 'src'))) {
		const text = readFileSync(file, 'utf8');
		if (!text.includes('writeAudit(') || file.endsWith(path.join('server', 'audit.ts'))) continue;
		for (const match of text.matchAll(/\baction:\s*([^,\n]+)/g)) {
			const expression = match[1]!;
			const found = [...expression.matchAll(literal)].map((m) => m[1]!);
			const lookup = expression.match(/^([A-Za-z_$][\w$]*)\[/);
			if (lookup) {
				const declared = text.match(new RegExp(`const ${lookup[1]}\\b[^=]*=\\s*\\{([\\s\\S]*?)\\n\\}`));
				if (declared) found.push(...[...declared[1]!.matchAll(literal)].map((m) => m[1]!));
			}
			if (found.length === 0) unreadable.push(`${path.relative(root, file)}: action: ${expression.trim()}`);
			for (const action of found) actions.add(action);
		}
	}
	return { actions, unreadable };
}

describe('audit sentences', () => {
	const { actions, unreadable } = auditedActions();

	it('finds the actions the code writes', () => {
		expect(unreadable).toEqual([]);
		// A few known ones, from literals, a conditional and a lookup table.
		for (const action of ['report.started', 'response.resubmitted', 'response.submitted', 'cycle.published'])
			expect(actions).toContain(action);
		expect(actions.size).toBeGreaterThan(25);
	});

	it('has a sentence and a label for every audited action, in every interface language', () => {
		const files = Object.fromEntries(locales.map((locale) => [locale, readMessageFile(locale)]));
		const missing = [...actions].flatMap((action) =>
			[
				[sentenceKeyOf(action), 'sentence'],
				[`audit.action.${action}`, 'label']
			].flatMap(([key, what]) =>
				locales
					.filter((locale) => !(messageId(key!) in files[locale]!))
					.map((locale) => `${action}: no ${what} in ${locale}`)
			)
		);
		expect(missing).toEqual([]);
	});

	it('writes names, not ids, and falls back to the kind and number of a removed record', () => {
		const t = translator('en');
		const entry = {
			action: 'report.started',
			subjectType: 'cycle',
			subjectId: '7',
			before: null,
			after: null,
			cityName: null,
			cycleName: 'Reporting period 2024–2026',
			itemName: null
		};
		expect(auditSentence(t, 'Demo Secretariat', entry)).toBe(
			'Demo Secretariat started the report of Reporting period 2024–2026.'
		);
		expect(
			auditSentence(t, 'Anna', {
				...entry,
				action: 'response.submitted',
				subjectType: 'response',
				subjectId: '92',
				cityName: 'Helsinki'
			})
		).toBe('Anna submitted Helsinki’s response to Reporting period 2024–2026.');
		expect(auditSentence(translator('fr'), 'Anna', { ...entry, cycleName: null })).toBe(
			'Anna a commencé le rapport de cycle n° 7 (supprimé).'
		);
		expect(
			auditSentence(t, 'Anna', {
				...entry,
				action: 'report.sectionRemoved',
				subjectType: 'report_section',
				before: { title: 'Conclusions' }
			})
		).toBe('Anna removed “Conclusions” from the report of Reporting period 2024–2026.');
		expect(auditSentence(t, 'Anna', { ...entry, action: 'cycle.renamed' })).toBe(
			'Anna: cycle.renamed (Reporting period 2024–2026).'
		);
	});

	it('has words for every state, status and recorded field in every language, not the raw code', () => {
		const wordless = locales.flatMap((locale) => {
			const t = translator(locale);
			const said = [
				...responseStates.map((state) => ['state', 'response', state] as const),
				...cycleStatuses.map((status) => ['status', 'cycle', status] as const),
				...practiceStatuses.map((status) => ['status', 'practice', status] as const),
				...threadStatuses.map((status) => ['threadStatus', 'response', status] as const)
			].filter(([key, subject, value]) => {
				const words = valueWords(t, locale, subject, key, value);
				// English may say a state as its code reads ("submitted"); the other languages never do.
				return !words || (locale !== 'en' && words === value) || words.includes('_');
			});
			const unnamed = auditFields.filter((field) => {
				const label = pick(
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
					field
				)({}, { locale: locale });
				return !label || label === `audit.field.${field}`;
			});
			return [...said.map(([, , value]) => `${locale}: ${value}`), ...unnamed.map((f) => `${locale}: ${f}`)];
		});
		expect(wordless).toEqual([]);
	});

	it('says a change in words: field names, states, dates and yes or no in the reader’s language', () => {
		const fr = translator('fr');
		expect(changeWords(fr, 'fr', 'response', { state: 'in_progress' }, { state: 'submitted' })).toEqual({
			kind: 'fields',
			lines: [{ key: 'state', label: 'État', before: 'en cours', after: 'envoyée' }]
		});
		const t = translator('en');
		const cycle = changeWords(
			t,
			'en',
			'cycle',
			{ status: 'open', deadline: '2026-03-31', cityAnswersPublic: false },
			{ status: 'closed', deadline: '2026-04-30', cityAnswersPublic: true }
		);
		expect(cycle).toEqual({
			kind: 'fields',
			lines: [
				{ key: 'status', label: 'Status', before: 'Open', after: 'Closed' },
				{ key: 'deadline', label: 'Deadline', before: 'March 31, 2026', after: 'April 30, 2026' },
				{ key: 'cityAnswersPublic', label: 'City answers public', before: 'no', after: 'yes' }
			]
		});
		// A field holding only a record's number is left to the recorded values.
		expect(changeWords(t, 'en', 'response', null, { sectionId: 'employer', assigneeId: 'u1' })).toEqual({
			kind: 'fields',
			lines: []
		});
		expect(valueWords(t, 'en', 'response', 'language', 'fr')).toBe('French');
		expect(valueWords(t, 'en', 'practice', 'status', 'published')).toBe('Published');
	});
});
