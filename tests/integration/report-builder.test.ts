import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutline } from '$lib/domain/report/parts';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import {
	addReportSection,
	moveReportSection,
	removeReportSection
} from '$lib/server/commands/change-report-outline';
import { publishReport } from '$lib/server/commands/publish-report';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { startReport } from '$lib/server/commands/start-report';
import { auditLog, cycles, reportSectionHistory } from '$lib/server/db/schema';
import { reportChapterHistory } from '$lib/server/reads/report-chapter-history';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import { reportDocumentForSecretariat } from '$lib/server/report/report-document';
import * as chapterPage from '../../src/routes/admin/cycles/[cycle]/report/chapters/[id]/+page.server';
import * as outlinePage from '../../src/routes/admin/cycles/[cycle]/report/+page.server';
import { buildCity, buildCycle, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const titles = { introduction: 'Introduction', conclusions: 'Conclusions' };
type Handler = (event: never) => unknown;

describe(`the secretariat's report builder on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: Actor;
	let colleague: Actor;
	let secretariatName: string;
	let coordinator: Actor;

	/** Calls a page's load or form action as SvelteKit would, signed in as `who`. */
	function call(
		handler: Handler | undefined,
		path: string,
		params: Record<string, string>,
		fields: [string, string][] | null,
		who: Actor = secretariat
	) {
		if (!handler) throw new Error('no such handler');
		const url = new URL(`http://localhost:4173${path}`);
		const body = new FormData();
		for (const [name, value] of fields ?? []) body.append(name, value);
		const user = { id: who.id, name: 'N', email: 'n@x', role: who.role, cityId: who.cityId };
		return (handler as (event: unknown) => Promise<unknown>)({
			locals: { app, locale: 'en', user },
			params,
			request: new Request(url, { method: fields ? 'POST' : 'GET', ...(fields ? { body } : {}) }),
			url
		});
	}
	const outline = (
		slug: string,
		fields: [string, string][] | null,
		action?: keyof typeof outlinePage.actions
	) =>
		call(
			action ? outlinePage.actions[action] : outlinePage.load,
			`/admin/cycles/${slug}/report`,
			{ cycle: slug },
			fields
		);

	async function startedCycle(status: 'draft' | 'open' | 'closed' = 'closed') {
		const cycle = await buildCycle(app, { status });
		await startReport(app.db, secretariat, cycle.id, titles);
		const sections = await reportSectionsOf(app.db, cycle.id);
		const chapters = sections.filter((section) => section.kind === 'chapter');
		return { cycle, sections, intro: chapters[0]!, closing: chapters[1]! };
	}
	const kinds = async (cycleId: number) =>
		(await reportSectionsOf(app.db, cycleId)).map((section) => section.title ?? section.kind);

	beforeAll(async () => {
		app = await createTestApp();
		const [one, two] = [await buildPerson(app, 'secretariat'), await buildPerson(app, 'secretariat')];
		secretariat = { id: one.id, role: 'secretariat', cityId: null };
		secretariatName = `Person ${one.email}`;
		colleague = { id: two.id, role: 'secretariat', cityId: null };
		const city = await buildCity(app);
		const person = await buildPerson(app, 'coordinator', city.id);
		coordinator = { id: person.id, role: 'coordinator', cityId: city.id };
	});
	afterAll(async () => app.close());

	it('starts one outline however often the start button is pressed', async () => {
		const cycle = await buildCycle(app, { status: 'open' });
		await expect(outline(cycle.slug, [], 'start')).rejects.toMatchObject({ status: 303 });
		await expect(outline(cycle.slug, [], 'start')).rejects.toMatchObject({ status: 303 });
		expect(await startReport(app.db, colleague, cycle.id, titles)).toEqual({ ok: true, created: false });
		const sections = await reportSectionsOf(app.db, cycle.id);
		expect(sections.map((section) => section.kind)).toEqual(
			defaultOutline(titles).map((section) => section.kind)
		);
		const page = (await outline(cycle.slug, null)) as { sections: { label: string; empty: boolean }[] };
		expect(page.sections[0]).toMatchObject({ label: 'Introduction', empty: true });
	});

	it('refuses a save from an old version with the other text, and overwrites nothing', async () => {
		const { cycle, intro } = await startedCycle();
		const first = await saveReportChapter(app.db, secretariat, cycle.id, intro.id, {
			title: 'Introduction',
			body: 'Mine, written first.',
			version: 1
		});
		expect(first).toMatchObject({ ok: true, version: 2, changed: true });
		const late = await call(
			chapterPage.actions.save,
			`/admin/cycles/${cycle.slug}/report/chapters/${intro.id}`,
			{ cycle: cycle.slug, id: String(intro.id) },
			[
				['title', 'Intro (theirs)'],
				['body', 'Theirs, from version 1.'],
				['language', 'en'],
				['version', '1']
			],
			colleague
		);
		expect(late).toMatchObject({
			status: 409,
			data: {
				values: { body: 'Theirs, from version 1.' },
				conflict: { title: 'Introduction', body: 'Mine, written first.', version: 2 }
			}
		});
		// The conflict names who saved the other version, and when: a name, never an account id.
		const shown = (late as { data: { conflict: { savedBy: string | null; savedAt: string } } }).data.conflict;
		expect(shown.savedBy).toBe(secretariatName);
		expect(Number.isNaN(Date.parse(shown.savedAt))).toBe(false);
		const [stored] = (await reportSectionsOf(app.db, cycle.id)).filter((s) => s.id === intro.id);
		expect(stored).toMatchObject({ body: 'Mine, written first.', version: 2 });

		// Continuing from the version the conflict showed overwrites deliberately; both stay in the history.
		const deliberate = await saveReportChapter(app.db, colleague, cycle.id, intro.id, {
			title: 'Intro (theirs)',
			body: 'Theirs, from version 1.',
			version: 2
		});
		expect(deliberate).toMatchObject({ ok: true, version: 3 });
		const history = await reportChapterHistory(app.db, cycle.id, intro.id);
		expect(history.map((entry) => [entry.version, entry.body])).toEqual([
			[3, 'Theirs, from version 1.'],
			[2, 'Mine, written first.'],
			[1, '']
		]);
		expect(history[0]?.savedBy).toMatch(/^Person /);
	});

	it('keeps what was typed and says why when the chapter form is invalid', async () => {
		const { cycle, intro } = await startedCycle();
		const result = await call(
			chapterPage.actions.save,
			`/admin/cycles/${cycle.slug}/report/chapters/${intro.id}`,
			{ cycle: cycle.slug, id: String(intro.id) },
			[
				['title', '  '],
				['body', 'Typed text'],
				['language', 'en'],
				['version', '1']
			]
		);
		expect(result).toMatchObject({
			status: 422,
			data: { values: { body: 'Typed text' }, errors: { title: 'Give the chapter a title.' } }
		});
	});

	it('keeps the language a chapter is written in, and the report marks it', async () => {
		const { cycle, intro } = await startedCycle();
		const save = (language: string) =>
			call(
				chapterPage.actions.save,
				`/admin/cycles/${cycle.slug}/report/chapters/${intro.id}`,
				{ cycle: cycle.slug, id: String(intro.id) },
				[
					['title', 'Avant-propos'],
					['body', 'Les villes ont répondu.'],
					['language', language],
					['version', '1']
				]
			);
		expect(await save('xx')).toMatchObject({
			status: 422,
			data: {
				values: { body: 'Les villes ont répondu.' },
				errors: { language: 'Choose the language the chapter is written in from the list.' }
			}
		});
		expect(await save('fr')).toMatchObject({ saved: true, version: 2 });

		const report = await reportDocumentForSecretariat(app.db, cycle.slug, 'en');
		const chapter = report!.blocks.find((block) => block.id === intro.id);
		expect(chapter).toMatchObject({ kind: 'chapter', title: 'Avant-propos', language: 'fr' });
		// The closing chapter was not touched: it keeps the language of the outline's placeholder titles.
		const closing = report!.blocks.findLast((block) => block.kind === 'chapter');
		expect(closing).toMatchObject({ language: 'en' });
	});

	it('adds, moves and removes sections in the order asked for', async () => {
		const { cycle, intro, closing } = await startedCycle('open');
		await expect(
			outline(
				cycle.slug,
				[
					['title', 'Method'],
					['after', String(intro.id)]
				],
				'addChapter'
			)
		).rejects.toMatchObject({ status: 303, location: expect.stringMatching(/done=added#section-\d+$/) });
		expect((await kinds(cycle.id)).slice(0, 3)).toEqual(['Introduction', 'Method', 'participating-cities']);

		expect(await outline(cycle.slug, [['title', '']], 'addChapter')).toMatchObject({
			status: 422,
			data: { errors: { title: 'Give the chapter a title.' } }
		});

		await expect(
			outline(
				cycle.slug,
				[
					['id', String(closing.id)],
					['direction', 'up']
				],
				'move'
			)
		).rejects.toMatchObject({ status: 303 });
		expect((await kinds(cycle.id)).slice(-2)).toEqual(['Conclusions', 'practices-by-trend']);
		await moveReportSection(app.db, secretariat, cycle.id, intro.id, 'up');
		expect((await kinds(cycle.id))[0]).toBe('Introduction');

		// A chapter is removed only after the confirmation step.
		const asked = await outline(
			cycle.slug,
			[
				['id', String(intro.id)],
				['confirmed', '']
			],
			'remove'
		);
		expect(asked).toEqual({ confirmRemove: { id: intro.id, title: 'Introduction' } });
		expect(await kinds(cycle.id)).toContain('Introduction');
		await expect(
			outline(
				cycle.slug,
				[
					['id', String(intro.id)],
					['confirmed', 'yes']
				],
				'remove'
			)
		).rejects.toMatchObject({ status: 303 });
		expect(await kinds(cycle.id)).not.toContain('Introduction');
	});

	it('keeps a removed chapter’s text in the history and the audit log', async () => {
		const { cycle, intro } = await startedCycle('open');
		await saveReportChapter(app.db, secretariat, cycle.id, intro.id, {
			title: 'Introduction',
			body: 'Words worth keeping.',
			version: 1
		});
		expect(await removeReportSection(app.db, secretariat, cycle.id, intro.id)).toMatchObject({ ok: true });
		const kept = await app.db
			.select({ body: reportSectionHistory.body })
			.from(reportSectionHistory)
			.where(eq(reportSectionHistory.cycleId, cycle.id))
			.orderBy(asc(reportSectionHistory.id));
		expect(kept.map((row) => row.body)).toContain('Words worth keeping.');
		const [entry] = await app.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'report.sectionRemoved'), eq(auditLog.subjectId, String(intro.id))));
		expect(entry?.before).toMatchObject({ body: 'Words worth keeping.' });
	});

	it('refuses a generated part that is already in the report, and adds it back once removed', async () => {
		const { cycle, sections } = await startedCycle('open');
		expect(await outline(cycle.slug, [['part', 'indicators']], 'addPart')).toMatchObject({
			status: 409,
			data: { refused: 'This part is already in the report: each part appears once.' }
		});
		const indicators = sections.find((section) => section.kind === 'indicators')!;
		await removeReportSection(app.db, secretariat, cycle.id, indicators.id);
		const page = (await outline(cycle.slug, null)) as { missing: { kind: string; label: string }[] };
		expect(page.missing).toEqual([{ kind: 'indicators', label: 'Integrating Cities Indicators' }]);
		await expect(outline(cycle.slug, [['part', 'indicators']], 'addPart')).rejects.toMatchObject({
			status: 303
		});
		expect((await kinds(cycle.id)).filter((kind) => kind === 'indicators')).toHaveLength(1);
		expect(await outline(cycle.slug, [['part', 'not-a-part']], 'addPart')).toMatchObject({
			status: 422,
			data: { errors: { part: 'Choose a part that is not in the report yet.' } }
		});
	});

	it('refuses empty chapters and unclosed cycles, then publishes a closed cycle', async () => {
		const { cycle, intro, closing } = await startedCycle('open');
		const publish = (seen: string, confirm = 'yes') =>
			outline(
				cycle.slug,
				[
					['seen', seen],
					['confirm', confirm]
				],
				'publish'
			);
		expect(await publish('open', '')).toMatchObject({
			status: 422,
			data: { errors: { confirm: 'Tick the box to confirm you have read the preview.' } }
		});
		expect(await publish('open')).toMatchObject({
			status: 409,
			data: {
				emptyChapters: [
					{ id: intro.id, title: 'Introduction' },
					{ id: closing.id, title: 'Conclusions' }
				]
			}
		});
		for (const chapter of [intro, closing]) {
			await saveReportChapter(app.db, secretariat, cycle.id, chapter.id, {
				title: chapter.title ?? '',
				body: 'Text.',
				version: 1
			});
		}
		expect(await publish('open')).toMatchObject({
			status: 409,
			data: { errors: { confirm: 'A cycle that is “Open” cannot be published: only a closed cycle can.' } }
		});
		await app.db.update(cycles).set({ status: 'closed' }).where(eq(cycles.id, cycle.id));
		expect(await publish('open')).toMatchObject({
			status: 409,
			data: {
				errors: {
					confirm:
						'The cycle changed while this page was open: it is now “Closed”. Read the page again before publishing.'
				}
			}
		});
		await expect(publish('closed')).rejects.toMatchObject({
			status: 303,
			location: `/reports/${cycle.slug}`
		});
		const [after] = await app.db.select().from(cycles).where(eq(cycles.id, cycle.id));
		expect(after?.status).toBe('published');
		expect(after?.publishedAt).toBeInstanceOf(Date);
		const audit = await app.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'cycle.published'), eq(auditLog.subjectId, String(cycle.id))));
		expect(audit).toHaveLength(1);
		expect(audit[0]?.actorId).toBe(secretariat.id);

		// Published: the record of its cycle, read-only everywhere.
		expect(
			await saveReportChapter(app.db, secretariat, cycle.id, intro.id, { title: 'X', body: 'Y', version: 2 })
		).toEqual({ ok: false, reason: 'published' });
		expect(await moveReportSection(app.db, secretariat, cycle.id, intro.id, 'down')).toEqual({
			ok: false,
			reason: 'published'
		});
		expect(await removeReportSection(app.db, secretariat, cycle.id, intro.id)).toEqual({
			ok: false,
			reason: 'published'
		});
		expect(
			await addReportSection(app.db, secretariat, cycle.id, { kind: 'chapter', title: 'Late' }, null)
		).toEqual({ ok: false, reason: 'published' });
		const late = await call(
			chapterPage.actions.save,
			`/admin/cycles/${cycle.slug}/report/chapters/${intro.id}`,
			{ cycle: cycle.slug, id: String(intro.id) },
			[
				['title', 'Introduction'],
				['body', 'Changed after publication'],
				['language', 'en'],
				['version', '2']
			]
		);
		expect(late).toMatchObject({
			status: 409,
			data: { refused: 'The report has been published: it can no longer be changed.' }
		});
		const chapter = (await call(
			chapterPage.load,
			`/admin/cycles/${cycle.slug}/report/chapters/${intro.id}`,
			{ cycle: cycle.slug, id: String(intro.id) },
			null
		)) as { readOnly: boolean; chapter: { body: string } };
		expect(chapter).toMatchObject({ readOnly: true, chapter: { body: 'Text.' } });
	});

	it('refuses city people in every command, action and page', async () => {
		const { cycle, intro } = await startedCycle();
		expect(await startReport(app.db, coordinator, cycle.id, titles)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await saveReportChapter(app.db, coordinator, cycle.id, intro.id, { title: 'T', body: 'B', version: 1 })
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(
			await addReportSection(app.db, coordinator, cycle.id, { kind: 'chapter', title: 'T' }, null)
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(await moveReportSection(app.db, coordinator, cycle.id, intro.id, 'down')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await removeReportSection(app.db, coordinator, cycle.id, intro.id)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await publishReport(app.db, coordinator, cycle.id, 'closed')).toEqual({
			ok: false,
			reason: 'forbidden'
		});

		const path = `/admin/cycles/${cycle.slug}/report`;
		const params = { cycle: cycle.slug };
		const chapterParams = { ...params, id: String(intro.id) };
		await expect(call(outlinePage.load, path, params, null, coordinator)).rejects.toMatchObject({
			status: 403
		});
		for (const action of Object.values(outlinePage.actions)) {
			await expect(call(action, path, params, [['seen', 'closed']], coordinator)).rejects.toMatchObject({
				status: 403
			});
		}
		await expect(
			call(chapterPage.load, `${path}/chapters/${intro.id}`, chapterParams, null, coordinator)
		).rejects.toMatchObject({ status: 403 });
		await expect(
			call(
				chapterPage.actions.save,
				`${path}/chapters/${intro.id}`,
				chapterParams,
				[
					['title', 'Taken over'],
					['body', 'By a city'],
					['language', 'en'],
					['version', '1']
				],
				coordinator
			)
		).rejects.toMatchObject({ status: 403 });
		const [stored] = await reportSectionsOf(app.db, cycle.id);
		expect(stored?.title).toBe('Introduction');
		const [after] = await app.db.select().from(cycles).where(eq(cycles.id, cycle.id));
		expect(after?.status).toBe('closed');
	});

	it('answers 404 for a section that is not a chapter of this cycle', async () => {
		const { cycle, sections } = await startedCycle();
		const other = await startedCycle();
		const part = sections.find((section) => section.kind !== 'chapter')!;
		for (const id of [String(part.id), String(other.intro.id), 'abc']) {
			await expect(
				call(
					chapterPage.load,
					`/admin/cycles/${cycle.slug}/report/chapters/${id}`,
					{ cycle: cycle.slug, id },
					null
				)
			).rejects.toMatchObject({ status: 404 });
		}
	});
});
