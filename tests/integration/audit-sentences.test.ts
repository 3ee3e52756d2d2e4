import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditFilter } from '$lib/domain/audit-filters';
import { translator } from '$lib/server/i18n/translator';
import type { AppContext } from '$lib/server/app';
import { startReport } from '$lib/server/commands/start-report';
import { auditLog } from '$lib/server/db/schema';
import { auditEntries, type AuditPage } from '$lib/server/reads/audit-entries';
import { load as auditPage } from '../../src/routes/admin/audit/+page.server';
import { auditSentence, changeWords, subjectName } from '../../src/routes/admin/audit/labels';
import {
	buildAnsweredResponse,
	buildCity,
	buildCycle,
	buildPerson,
	buildPractice
} from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`the audit log names what each entry is about, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let sentences: string[];
	let responseId: number;
	let secretariat: { id: string; role: 'secretariat'; cityId: null; name: string };

	beforeAll(async () => {
		app = await createTestApp();
		const helsinki = await buildCity(app, { slug: 'helsinki-audit', name: 'Helsinki <b>' });
		const cycle = await buildCycle(app, {
			slug: 'audit-2024-2026',
			name: 'Reporting period 2024–2026',
			status: 'closed'
		});
		const response = await buildAnsweredResponse(app, cycle.id, helsinki.id, 'submitted', {});
		const practice = await buildPractice(app, helsinki.id, { title: 'One-stop shop' });
		responseId = response.id;
		const person = await buildPerson(app, 'secretariat', null, 'secretariat-audit@example.eu');
		secretariat = { id: person.id, role: 'secretariat', cityId: null, name: 'Anna' };
		await startReport(app.db, { id: person.id, role: 'secretariat' }, cycle.id, {
			introduction: 'Introduction',
			conclusions: 'Conclusions'
		});
		const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 23, minute));
		await app.db.insert(auditLog).values([
			{
				at: at(1),
				actorId: person.id,
				action: 'response.submitted',
				subjectType: 'response',
				subjectId: String(response.id),
				before: { state: 'in_progress' },
				after: { state: 'submitted' }
			},
			{
				at: at(2),
				actorId: person.id,
				action: 'city.updated',
				subjectType: 'city',
				subjectId: String(helsinki.id)
			},
			{
				at: at(3),
				actorId: person.id,
				action: 'practice.published',
				subjectType: 'practice',
				subjectId: String(practice.id)
			},
			{ at: at(4), actorId: person.id, action: 'cycle.closed', subjectType: 'cycle', subjectId: '999999' }
		]);
		const page = await auditEntries(app.db, parseAuditFilter(new URLSearchParams()));
		const t = translator('en');
		sentences = page.entries.map((entry) => auditSentence(t, entry.actorName ?? 'system', entry));
	});
	afterAll(() => app.close());

	it('reads each entry as a sentence with the names of the person, city, cycle and practice', () => {
		const who = 'Person secretariat-audit@example.eu';
		expect(sentences).toEqual(
			expect.arrayContaining([
				`${who} submitted Helsinki <b>’s response to Reporting period 2024–2026.`,
				`${who} changed the details of Helsinki <b>.`,
				`${who} published the good practice “One-stop shop”.`,
				`${who} started the report of Reporting period 2024–2026.`,
				`${who} closed cycle no. 999999 (removed).`
			])
		);
		// No record ids where a name exists.
		expect(sentences.join('\n')).not.toMatch(/response \d/);
	});

	it('shows a submitted response’s entries, as the page reads them, in words with no raw code', async () => {
		for (const locale of ['fr', 'de', 'en'] as const) {
			const url = new URL(`http://localhost/admin/audit?subjectType=response&subjectId=${responseId}`);
			const data = (await auditPage({
				locals: { app, user: secretariat, locale },
				url
			} as never)) as { page: AuditPage };
			const t = translator(locale);
			const shown = data.page.entries.map((entry) => {
				const change = changeWords(t, locale, entry.subjectType, entry.before, entry.after);
				const lines = change.kind === 'fields' ? change.lines : [];
				return [
					auditSentence(t, entry.actorName ?? '', entry),
					subjectName(t, entry),
					...lines.map((line) => `${line.label}: ${line.before} → ${line.after}`)
				].join('\n');
			});
			expect(shown).toHaveLength(1);
			const [text] = shown;
			expect(text).toContain('Helsinki <b>');
			expect(text).toContain('Reporting period 2024–2026');
			expect(text).not.toMatch(/in_progress|response\.submitted|response \d|state:/);
			// Named, never by number: no "response no. 12 (removed)" in any language.
			expect(text).not.toMatch(/no\. \d|n° \d|Nr\. \d/);
			if (locale === 'fr') expect(text).toContain('État: en cours → envoyée');
			if (locale === 'de') expect(text).toContain('Stand: in Bearbeitung → eingereicht');
		}
	});
});
