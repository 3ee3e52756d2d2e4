import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { importResponse } from '$lib/server/commands/import-response';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { answerHistory, answers, auditLog, responses } from '$lib/server/db/schema';
import { buildResponseWorkbook } from '$lib/server/exports/response-xlsx';
import { cellText } from '$lib/server/imports/response-workbook';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** One answer of every kind the questionnaire has, as the answer pages would save them. */
const filled: Record<string, unknown> = {
	'c1-rating': { rating: 'fully', evidence: 'An anti-discrimination campaign led by the mayor' },
	'c2-rating': { rating: 'not_at_all', evidence: '' },
	'c6-rating': { rating: 'partly', evidence: 'Traineeships for refugees\nin three departments' },
	strategy: 'yes',
	'strategy-name': 'Welcoming City 2030',
	'national-developments': 'A new citizenship law.\n\nLanguage courses became free.',
	'foreign-born-share': {
		value: 17.4,
		year: 2023,
		source: 'Statistics Finland',
		definition: 'foreign_born',
		differentDataSet: true,
		nationalOnly: false
	},
	'network-support': ['training', 'peer_review'],
	'good-practices': [
		{
			title: 'Language cafés',
			summary: 'Volunteers and newcomers meet weekly in libraries.',
			startYear: '2019',
			endYear: '',
			link: 'https://example.eu/cafes'
		},
		{
			title: 'Mentoring at work',
			summary: 'City staff mentor new colleagues.',
			startYear: '',
			endYear: '',
			link: ''
		}
	],
	'further-links': [{ url: 'https://example.eu/report.pdf', title: 'Integration report 2024' }]
};

async function loadSheet(buffer: Buffer) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	return { workbook, sheet: workbook.getWorksheet('Answers')! };
}

/** The workbook with one Answer cell changed, as a person editing it would; and that cell's row. */
async function withCell(buffer: Buffer, field: string, answer: string) {
	const { workbook, sheet } = await loadSheet(buffer);
	let row = 0;
	sheet.eachRow((candidate, number) => {
		if (cellText(candidate.getCell(4).value) !== field) return;
		candidate.getCell(5).value = answer;
		row = number;
	});
	expect(row, field).toBeGreaterThan(0);
	return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), row };
}

describe(`answering offline in a spreadsheet on ${driverUnderTest}`, () => {
	let app: AppContext;
	let source: { responseId: number; cycleSlug: string; cityId: number; coordinator: Actor };
	let target: { responseId: number; cycleSlug: string; cityId: number; coordinator: Actor };
	let contributor: Actor;
	let exported: Buffer;

	const actor = async (role: 'coordinator' | 'contributor', cityId: number): Promise<Actor> => ({
		id: (await buildPerson(app, role, cityId)).id,
		role,
		cityId
	});
	const counts = async (responseId: number) => ({
		answers: (await app.db.select({ n: count() }).from(answers).where(eq(answers.responseId, responseId)))[0]
			?.n,
		history: (
			await app.db.select({ n: count() }).from(answerHistory).where(eq(answerHistory.responseId, responseId))
		)[0]?.n
	});
	const valuesOf = async (cycleSlug: string, cityId: number) => {
		const view = await responseForCity(app.db, cycleSlug, cityId);
		return Object.fromEntries(Object.entries(view?.answers ?? {}).map(([id, answer]) => [id, answer.value]));
	};

	beforeAll(async () => {
		app = await createTestApp();
		const helsinki = await buildCity(app, { name: 'Helsinki' });
		const oslo = await buildCity(app, { name: 'Oslo' });
		const fromHelsinki = await buildOpenResponse(app, helsinki.id);
		const toOslo = await buildOpenResponse(app, oslo.id);
		source = {
			responseId: fromHelsinki.response.id,
			cycleSlug: fromHelsinki.cycle.slug,
			cityId: helsinki.id,
			coordinator: await actor('coordinator', helsinki.id)
		};
		target = {
			responseId: toOslo.response.id,
			cycleSlug: toOslo.cycle.slug,
			cityId: oslo.id,
			coordinator: await actor('coordinator', oslo.id)
		};
		contributor = await actor('contributor', oslo.id);

		for (const [itemId, value] of Object.entries(filled)) {
			const saved = await saveAnswer(app.db, source.coordinator, {
				responseId: source.responseId,
				itemId,
				value,
				baseRevision: 0
			});
			expect(saved.ok, `${itemId}: ${JSON.stringify(saved)}`).toBe(true);
		}
		const view = await responseForCity(app.db, source.cycleSlug, source.cityId);
		exported = await buildResponseWorkbook(
			view!.context.definition,
			await valuesOf(source.cycleSlug, source.cityId),
			{ cityName: 'Helsinki', cycleName: view!.cycle.name, locale: 'en' }
		);
	});
	afterAll(async () => app.close());

	it('refuses a bad cell and writes nothing', async () => {
		const before = await counts(target.responseId);
		for (const [field, answer, message] of [
			['foreign-born-share.value', '150', 'answer.percentRange'],
			['c1-rating.evidence', '', 'answer.evidenceRequired']
		]) {
			const bad = await withCell(exported, field!, answer!);
			const result = await importResponse(app.db, target.coordinator, target.responseId, bad.buffer);
			expect(result).toEqual({ ok: false, reason: 'invalid', errors: [{ row: bad.row, field, message }] });
		}
		expect(await counts(target.responseId)).toEqual(before);
		const [response] = await app.db.select().from(responses).where(eq(responses.id, target.responseId));
		expect(response?.state).toBe('invited');
	});

	it('lets only the coordinator of the city import', async () => {
		for (const someone of [contributor, source.coordinator]) {
			expect(await importResponse(app.db, someone, target.responseId, exported)).toEqual({
				ok: false,
				reason: 'forbidden'
			});
		}
	});

	it('reports a file that is not a spreadsheet, without throwing', async () => {
		expect(await importResponse(app.db, target.coordinator, target.responseId, randomBytes(2048))).toEqual({
			ok: false,
			reason: 'invalid',
			errors: [{ row: 0, field: '', message: 'import.unreadable' }]
		});
	});

	it('imports another city’s export into a fresh response, value for value', async () => {
		const result = await importResponse(app.db, target.coordinator, target.responseId, exported);
		expect(result).toEqual({ ok: true, changed: Object.keys(filled).length, conflicts: [] });
		expect(await valuesOf(target.cycleSlug, target.cityId)).toEqual(
			await valuesOf(source.cycleSlug, source.cityId)
		);

		const history = await app.db
			.select()
			.from(answerHistory)
			.where(eq(answerHistory.responseId, target.responseId));
		expect(history).toHaveLength(Object.keys(filled).length);
		expect(history.every((h) => h.source === 'import' && h.revision === 1)).toBe(true);
		const [response] = await app.db.select().from(responses).where(eq(responses.id, target.responseId));
		expect(response?.state).toBe('in_progress');
		const audit = await app.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.action, 'response.imported'), eq(auditLog.subjectId, String(target.responseId)))
			);
		expect(audit.map((a) => a.after)).toEqual([
			{ state: 'in_progress', items: expect.any(Number), changed: Object.keys(filled).length, conflicts: 0 }
		]);
	});

	it('writes only what changed, as a new revision that keeps the old value in the history', async () => {
		expect(await importResponse(app.db, target.coordinator, target.responseId, exported)).toEqual({
			ok: true,
			changed: 0,
			conflicts: []
		});
		// Downloaded from the target response, so the file carries the revisions the upload checks.
		const view = await responseForCity(app.db, target.cycleSlug, target.cityId);
		const downloaded = await buildResponseWorkbook(
			view!.context.definition,
			await valuesOf(target.cycleSlug, target.cityId),
			{
				cityName: 'Oslo',
				cycleName: view!.cycle.name,
				locale: 'en',
				madeFrom: {
					responseId: target.responseId,
					revisions: new Map(Object.entries(view!.answers).map(([id, a]) => [id, a.revision]))
				}
			}
		);
		const edit = await withCell(downloaded, 'strategy-name', 'Open City 2035');
		expect(await importResponse(app.db, target.coordinator, target.responseId, edit.buffer)).toEqual({
			ok: true,
			changed: 1,
			conflicts: []
		});
		const history = await app.db
			.select({ revision: answerHistory.revision, value: answerHistory.value })
			.from(answerHistory)
			.where(and(eq(answerHistory.responseId, target.responseId), eq(answerHistory.itemId, 'strategy-name')))
			.orderBy(answerHistory.revision);
		expect(history).toEqual([
			{ revision: 1, value: 'Welcoming City 2030' },
			{ revision: 2, value: 'Open City 2035' }
		]);
	});

	it('refuses every import once the response is submitted', async () => {
		// Submitting needs every required answer; the state is what the rule looks at, so it is set directly.
		await app.db.update(responses).set({ state: 'submitted' }).where(eq(responses.id, target.responseId));
		const before = await counts(target.responseId);
		expect(await importResponse(app.db, target.coordinator, target.responseId, exported)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await counts(target.responseId)).toEqual(before);
	});
});
