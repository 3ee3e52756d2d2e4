import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { Definition } from '$lib/domain/questionnaire/definition';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { assignSection } from '$lib/server/commands/assign-section';
import { attachFile } from '$lib/server/commands/attach-file';
import { removeAttachment } from '$lib/server/commands/remove-attachment';
import { responses } from '$lib/server/db/schema';
import { createDiskFileStore, responseFileKey, type FileStore } from '$lib/server/files/file-store';
import { findAttachment } from '$lib/server/files/find-attachment';
import { answerHistoryOf, responseForCity } from '$lib/server/reads/response-for-city';
import { responseContext } from '$lib/server/reads/response-context';
import { buildCity, buildCycle, buildOpenResponse, buildPerson } from '../factories/builders';
import { pdfBytes, pngBytes, textBytes } from '../factories/files';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const text = textBytes;
const pdf = pdfBytes;
const png = pngBytes;

/** The Charter questionnaire with its documents item narrowed: PDF only, two files of at most 200 KB. */
const pdfOnly: Definition = {
	...currentQuestionnaire,
	sections: currentQuestionnaire.sections.map((section) => ({
		...section,
		items: section.items.map((item) =>
			item.type === 'attachments' ? { ...item, accept: ['pdf'], maxFiles: 2, maxBytes: 200 * 1024 } : item
		)
	}))
};

describe(`attaching files to a response on ${driverUnderTest}`, () => {
	let app: AppContext;
	let root: string;
	let files: FileStore;
	let cityId: number;
	let responseId: number;
	let narrowResponseId: number;
	let cycleSlug: string;
	let narrowCycleSlug: string;
	let coordinator: Actor;
	let contributor: Actor;
	let otherCoordinator: Actor;

	beforeAll(async () => {
		app = await createTestApp();
		root = await mkdtemp(path.join(tmpdir(), 'icm-attachments-'));
		files = createDiskFileStore(root);
		const city = await buildCity(app, { name: 'Helsinki' });
		const other = await buildCity(app, { name: 'Oslo' });
		cityId = city.id;
		const built = await buildOpenResponse(app, city.id);
		responseId = built.response.id;
		cycleSlug = built.cycle.slug;
		const narrowCycle = await buildCycle(app, {
			status: 'open',
			periodStart: '2024-07-01',
			periodEnd: '2026-06-30',
			questionnaireVersion: pdfOnly.version,
			questionnaire: pdfOnly
		});
		const [narrow] = await app.db
			.insert(responses)
			.values({ cycleId: narrowCycle.id, cityId: city.id, state: 'in_progress' })
			.returning();
		narrowResponseId = narrow!.id;
		narrowCycleSlug = narrowCycle.slug;
		const actor = async (role: 'coordinator' | 'contributor', city: number) => ({
			id: (await buildPerson(app, role, city)).id,
			role,
			cityId: city
		});
		coordinator = await actor('coordinator', city.id);
		contributor = await actor('contributor', city.id);
		otherCoordinator = await actor('coordinator', other.id);
	});
	afterAll(async () => {
		await app.close();
		await rm(root, { recursive: true, force: true });
	});

	const attach = (actor: Actor, name: string, data: Uint8Array, response = responseId) =>
		attachFile(app.db, files, actor, { responseId: response, itemId: 'documents', name, data });
	const storedFiles = async (response: number) =>
		readdir(path.join(root, 'responses', String(response))).catch(() => [] as string[]);
	const documentsOf = async (slug = cycleSlug) =>
		((await responseForCity(app.db, slug, cityId))?.answers.documents?.value ?? null) as
			AttachmentValue[] | null;

	it('stores an attached PDF and lists it in the item’s value', async () => {
		const result = await attach(coordinator, 'Integration strategy.pdf', pdf());
		expect(result).toMatchObject({ ok: true, revision: 1 });
		if (!result.ok) return;
		expect(result.file).toMatchObject({ name: 'Integration strategy.pdf', kind: 'pdf', bytes: pdf().length });
		expect(result.file.fileId).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(await documentsOf()).toEqual([result.file]);
		const stored = await files.get(responseFileKey(responseId, result.file.fileId));
		expect(new TextDecoder().decode(stored ?? undefined)).toBe(new TextDecoder().decode(pdf()));
		// The first file starts the response, like the first saved answer.
		const [row] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(row?.state).toBe('in_progress');
	});

	it('judges a file by its content: a PNG named .pdf is refused where only PDF is accepted', async () => {
		const result = await attach(coordinator, 'scan.pdf', png, narrowResponseId);
		expect(result).toEqual({
			ok: false,
			reason: 'invalid',
			errors: [
				{ field: 'documents', message: 'answer.fileType', params: { name: 'scan.pdf', accept: 'PDF' } }
			]
		});
		const plainText = await attach(coordinator, 'notes.pdf', text('not a PDF at all'), narrowResponseId);
		expect(plainText).toMatchObject({ ok: false, errors: [{ message: 'answer.fileType' }] });
		expect(await storedFiles(narrowResponseId)).toEqual([]);
	});

	it('gives a PNG named .pdf the right extension where PNG is accepted, and a clean name', async () => {
		const result = await attach(coordinator, 'chart.pdf', png);
		expect(result).toMatchObject({ ok: true, file: { name: 'chart.pdf.png', kind: 'png' } });
		// An old browser's folder and a direction mark that would disguise the name are dropped.
		const disguised = await attach(coordinator, 'C:\\Users\\me\\photo\u202egnp.pdf', png);
		expect(disguised).toMatchObject({ ok: true, file: { name: 'photognp.pdf.png' } });
	});

	it('refuses a file over the item’s size limit, and over the upload limit of 5 MB', async () => {
		const large = await attach(coordinator, 'big.pdf', pdf('x'.repeat(210 * 1024)), narrowResponseId);
		expect(large).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: [
				{ field: 'documents', message: 'answer.fileTooLarge', params: { name: 'big.pdf', maxMb: 0.2 } }
			]
		});
		// The Charter's item allows 20 MB, more than one upload may carry.
		const huge = new Uint8Array(5 * 1024 * 1024 + 1);
		huge.set(pdf());
		expect(await attach(coordinator, 'huge.pdf', huge)).toMatchObject({
			ok: false,
			errors: [{ message: 'answer.fileTooLarge', params: { name: 'huge.pdf', maxMb: 5 } }]
		});
	});

	it('refuses one file too many', async () => {
		expect(await attach(coordinator, 'one.pdf', pdf('1'), narrowResponseId)).toMatchObject({ ok: true });
		expect(await attach(coordinator, 'two.pdf', pdf('2'), narrowResponseId)).toMatchObject({ ok: true });
		expect(await attach(coordinator, 'three.pdf', pdf('3'), narrowResponseId)).toEqual({
			ok: false,
			reason: 'invalid',
			errors: [{ field: 'documents', message: 'answer.tooManyFiles', params: { max: 2 } }]
		});
		expect(await storedFiles(narrowResponseId)).toHaveLength(2);
	});

	it('lets only the people who may edit the section attach or remove, and nobody after submission', async () => {
		const before = await storedFiles(responseId);
		const [first] = (await documentsOf()) ?? [];
		expect(await attach(otherCoordinator, 'other.pdf', pdf())).toEqual({ ok: false, reason: 'forbidden' });
		expect(await attach(contributor, 'mine.pdf', pdf())).toEqual({ ok: false, reason: 'forbidden' });
		const removeAs = (actor: Actor) =>
			removeAttachment(app.db, actor, { responseId, itemId: 'documents', fileId: first!.fileId });
		expect(await removeAs(otherCoordinator)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await removeAs(contributor)).toEqual({ ok: false, reason: 'forbidden' });

		await assignSection(app.db, coordinator, {
			responseId,
			sectionId: 'good-practices',
			assigneeId: contributor.id
		});
		expect(await attach(contributor, 'from-contributor.pdf', pdf())).toMatchObject({ ok: true });

		await app.db.update(responses).set({ state: 'submitted' }).where(eq(responses.id, narrowResponseId));
		expect(await attach(coordinator, 'late.pdf', pdf(), narrowResponseId)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		// Refused uploads leave no bytes behind.
		expect(await storedFiles(responseId)).toHaveLength(before.length + 1);
		expect(await storedFiles(narrowResponseId)).toHaveLength(2);
	});

	it('removes a file as a new revision; the history and the bytes keep it', async () => {
		const [first, ...rest] = (await documentsOf()) ?? [];
		const before = (await answerHistoryOf(app.db, responseId, 'documents'))[0]!;
		const result = await removeAttachment(app.db, coordinator, {
			responseId,
			itemId: 'documents',
			fileId: first!.fileId
		});
		expect(result).toEqual({ ok: true, revision: before.revision + 1, value: rest });
		expect(await documentsOf()).toEqual(rest);
		const history = await answerHistoryOf(app.db, responseId, 'documents');
		expect(history[0]?.value).toEqual(rest);
		expect(history[1]?.value).toEqual(before.value);
		expect(await files.get(responseFileKey(responseId, first!.fileId))).not.toBeNull();
		// An earlier revision still lists it, so it can still be downloaded from the history.
		const context = (await responseContext(app.db, responseId))!;
		expect(await findAttachment(app.db, context, first!.fileId)).toMatchObject({
			sectionId: 'good-practices',
			file: { name: 'Integration strategy.pdf' }
		});
		expect(
			await removeAttachment(app.db, coordinator, { responseId, itemId: 'documents', fileId: first!.fileId })
		).toEqual({ ok: false, reason: 'not_found' });
	});

	it('finds a file only in the response whose values list it', async () => {
		const [narrowFile] = (await documentsOf(narrowCycleSlug)) ?? [];
		const context = (await responseContext(app.db, responseId))!;
		expect(await findAttachment(app.db, context, narrowFile!.fileId)).toBeNull();
		expect(await findAttachment(app.db, context, 'no-such-file')).toBeNull();
	});

	it('never leaves a value pointing at missing bytes when uploads race', async () => {
		await app.db.update(responses).set({ state: 'in_progress' }).where(eq(responses.id, responseId));
		const before = (await documentsOf()) ?? [];
		const storedBefore = await storedFiles(responseId);
		const results = await Promise.all(
			[1, 2, 3, 4].map((n) => attach(coordinator, `race-${n}.pdf`, pdf(`race ${n}`)))
		);
		for (const result of results) expect(result.ok || result.reason === 'conflict').toBe(true);
		const after = (await documentsOf()) ?? [];
		const attached = results.filter((result) => result.ok).length;
		expect(attached).toBeGreaterThan(0);
		expect(after.length - before.length).toBe(attached);
		for (const file of after)
			expect(await files.get(responseFileKey(responseId, file.fileId))).not.toBeNull();
		// The bytes of refused uploads are gone again.
		expect(await storedFiles(responseId)).toHaveLength(storedBefore.length + attached);
	});
});
