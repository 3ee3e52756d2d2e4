import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { importResponse, resolveImportConflicts } from '$lib/server/commands/import-response';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { answerHistory } from '$lib/server/db/schema';
import { buildResponseWorkbook } from '$lib/server/exports/response-xlsx';
import { cellText } from '$lib/server/imports/response-workbook';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** The workbook with Answer cells changed, as a person editing it offline would. */
async function withCells(buffer: Buffer, cells: Record<string, string>) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	const found = new Set<string>();
	workbook.getWorksheet('Answers')!.eachRow((row) => {
		const field = cellText(row.getCell(4).value);
		if (!(field in cells)) return;
		row.getCell(5).value = cells[field] ?? '';
		found.add(field);
	});
	expect([...found].sort()).toEqual(Object.keys(cells).sort());
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(`an uploaded spreadsheet against the revisions it was made from, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let responseId: number;
	let cycleSlug: string;
	let cityId: number;
	let anna: Actor;
	let ben: Actor;
	let benName: string;

	const view = async () => (await responseForCity(app.db, cycleSlug, cityId))!;
	const valueOf = async (itemId: string) => (await view()).answers[itemId]?.value ?? null;
	/** What the download route gives: the answers, and each item's revision in the hidden sheet. */
	const download = async (withRevisions = true) => {
		const { context, cycle, answers } = await view();
		return buildResponseWorkbook(
			context.definition,
			Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.value])),
			{
				cityName: 'Ghent',
				cycleName: cycle.name,
				locale: 'en',
				...(withRevisions
					? {
							madeFrom: {
								responseId,
								revisions: new Map(Object.entries(answers).map(([id, a]) => [id, a.revision]))
							}
						}
					: {})
			}
		);
	};
	const save = async (actor: Actor, itemId: string, value: unknown) => {
		const baseRevision = (await view()).answers[itemId]?.revision ?? 0;
		const saved = await saveAnswer(app.db, actor, { responseId, itemId, value, baseRevision });
		expect(saved.ok, JSON.stringify(saved)).toBe(true);
	};
	const lastHistory = async (itemId: string) =>
		(
			await app.db
				.select()
				.from(answerHistory)
				.where(and(eq(answerHistory.responseId, responseId), eq(answerHistory.itemId, itemId)))
				.orderBy(desc(answerHistory.revision))
				.limit(1)
		)[0];

	beforeAll(async () => {
		app = await createTestApp();
		const ghent = await buildCity(app, { name: 'Ghent' });
		const open = await buildOpenResponse(app, ghent.id);
		responseId = open.response.id;
		cycleSlug = open.cycle.slug;
		cityId = ghent.id;
		const annaPerson = await buildPerson(app, 'coordinator', ghent.id);
		const benPerson = await buildPerson(app, 'coordinator', ghent.id);
		anna = { id: annaPerson.id, role: 'coordinator', cityId };
		ben = { id: benPerson.id, role: 'coordinator', cityId };
		benName = `Person ${benPerson.email}`;
	});
	afterAll(async () => app.close());

	it('keeps the item revisions in a very hidden, protected sheet', async () => {
		await save(anna, 'strategy-name', 'Welcoming City 2030');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await download()) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
		const sheet = workbook.getWorksheet('Revisions')!;
		expect(sheet.state).toBe('veryHidden');
		// ExcelJS reads the protection back but its types do not declare it.
		expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({
			sheet: true
		});
		expect(sheet.getRow(1).values).toEqual([undefined, 'response', responseId]);
		const rows: unknown[] = [];
		sheet.eachRow((row, n) => {
			if (n > 1 && row.getCell(1).value === 'strategy-name') rows.push(row.getCell(2).value);
		});
		expect(rows).toEqual([1]);
	});

	it('saves what is unchanged since the file was made and lists what a colleague changed meanwhile', async () => {
		await save(anna, 'national-developments', 'A new citizenship law.');
		const file = await download();
		await save(ben, 'strategy-name', 'Open City 2035');

		const edited = await withCells(file, {
			'strategy-name': 'City for All',
			'national-developments': 'Language courses became free.'
		});
		const result = await importResponse(app.db, anna, responseId, edited);

		expect(result).toEqual({
			ok: true,
			changed: 1,
			conflicts: [
				{
					itemId: 'strategy-name',
					fileValue: 'City for All',
					current: { value: 'Open City 2035', revision: 2, savedBy: benName, savedAt: expect.any(String) }
				}
			]
		});
		expect(await valueOf('strategy-name')).toBe('Open City 2035');
		expect(await valueOf('national-developments')).toBe('Language courses became free.');
		expect(await lastHistory('national-developments')).toMatchObject({
			revision: 2,
			source: 'import',
			changedBy: anna.id
		});
	});

	it('leaves a newer answer alone when the file still has the value it was made with, blank included', async () => {
		const file = await download();
		await save(ben, 'strategy-name', 'Open City 2040');
		await save(ben, 'strategy', 'yes');
		// strategy-name as it was when downloaded; strategy blank, as it was then: neither is a change.
		const result = await importResponse(app.db, anna, responseId, await withCells(file, {}));
		expect(result).toEqual({ ok: true, changed: 0, conflicts: [] });
		expect(await valueOf('strategy-name')).toBe('Open City 2040');
		expect(await valueOf('strategy')).toBe('yes');
	});

	it('treats a file without revisions as made before any answer: changes to answered items are conflicts', async () => {
		const old = await download(false);
		const edited = await withCells(old, {
			'strategy-name': 'Old template name',
			strategy: '',
			'further-links.0.url': 'https://example.eu/report.pdf'
		});
		const result = await importResponse(app.db, anna, responseId, edited);
		expect(result.ok && result.changed).toBe(1);
		expect(result.ok && result.conflicts.map((c) => [c.itemId, c.fileValue])).toEqual([
			['strategy-name', 'Old template name']
		]);
		// The blank cell does not clear the answer; the item nobody had answered is saved.
		expect(await valueOf('strategy')).toBe('yes');
		expect(await valueOf('strategy-name')).toBe('Open City 2040');
		expect(await valueOf('further-links')).toEqual([{ url: 'https://example.eu/report.pdf', title: '' }]);
	});

	it('counts a file made for another response as one without revisions', async () => {
		const file = await download();
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await withCells(file, { 'strategy-name': 'Elsewhere' })) as unknown as Parameters<
				ExcelJS.Xlsx['load']
			>[0]
		);
		workbook.getWorksheet('Revisions')!.getRow(1).getCell(2).value = responseId + 1000;
		const moved = Buffer.from(await workbook.xlsx.writeBuffer());
		const result = await importResponse(app.db, anna, responseId, moved);
		expect(result.ok && result.conflicts.map((c) => c.itemId)).toEqual(['strategy-name']);
		expect(await valueOf('strategy-name')).toBe('Open City 2040');
	});

	it('saves the version chosen for a conflict, and refuses a choice made before someone saved again', async () => {
		const file = await download();
		await save(ben, 'strategy-name', 'Ben’s name');
		await save(ben, 'national-developments', 'Ben’s developments');
		const uploaded = await importResponse(
			app.db,
			anna,
			responseId,
			await withCells(file, {
				'strategy-name': 'Anna’s name',
				'national-developments': 'Anna’s developments'
			})
		);
		if (!uploaded.ok) throw new Error(JSON.stringify(uploaded));
		expect(uploaded.changed).toBe(0);
		const shown = new Map(uploaded.conflicts.map((c) => [c.itemId, c]));
		expect([...shown.keys()]).toEqual(['strategy-name', 'national-developments']);

		// While Anna chooses, Ben saves one of them again.
		await save(ben, 'national-developments', 'Ben’s second thoughts');
		const choices = [...shown.values()].map((c) => ({
			itemId: c.itemId,
			take: 'file' as const,
			revision: c.current.revision,
			fileValue: c.fileValue
		}));
		const resolved = await resolveImportConflicts(app.db, anna, responseId, choices);

		expect(resolved).toEqual({
			ok: true,
			changed: 1,
			conflicts: [
				{
					itemId: 'national-developments',
					fileValue: 'Anna’s developments',
					current: {
						value: 'Ben’s second thoughts',
						revision: shown.get('national-developments')!.current.revision + 1,
						savedBy: benName,
						savedAt: expect.any(String)
					}
				}
			]
		});
		expect(await valueOf('strategy-name')).toBe('Anna’s name');
		expect(await lastHistory('strategy-name')).toMatchObject({ source: 'import', changedBy: anna.id });
		expect(await valueOf('national-developments')).toBe('Ben’s second thoughts');

		// Keeping the current answer writes nothing.
		const kept = await resolveImportConflicts(app.db, anna, responseId, [
			{ ...choices[1]!, take: 'current', revision: resolved.ok ? resolved.conflicts[0]!.current.revision : 0 }
		]);
		expect(kept).toEqual({ ok: true, changed: 0, conflicts: [] });
		expect(await valueOf('national-developments')).toBe('Ben’s second thoughts');
	});

	it('checks a chosen value again, as the form carried it back from the browser', async () => {
		const revision = (await view()).answers['foreign-born-share']?.revision ?? 0;
		const result = await resolveImportConflicts(app.db, anna, responseId, [
			{ itemId: 'foreign-born-share', take: 'file', revision, fileValue: { value: 150 } }
		]);
		expect(result.ok).toBe(false);
		expect(await valueOf('foreign-born-share')).toBeNull();
	});
});
