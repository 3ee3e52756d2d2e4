import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { Definition } from '$lib/domain/questionnaire/definition';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { acceptResponse } from '$lib/server/commands/accept-response';
import { assignSection } from '$lib/server/commands/assign-section';
import { attachFile } from '$lib/server/commands/attach-file';
import { removeQueryDraft } from '$lib/server/commands/remove-query-draft';
import { replyToQuery } from '$lib/server/commands/reply-to-query';
import { returnResponse } from '$lib/server/commands/return-response';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { submitResponse } from '$lib/server/commands/submit-response';
import { writeQuery } from '$lib/server/commands/write-query';
import {
	auditLog,
	cycles,
	outbox,
	responses,
	reviewMessages,
	reviewThreads,
	user
} from '$lib/server/db/schema';
import { createDiskFileStore, type FileStore } from '$lib/server/files/file-store';
import { reviewThreadsOf } from '$lib/server/reads/review-threads';
import { load as reviewPage } from '../../src/routes/admin/cycles/[cycle]/responses/[city]/+page.server';
import { GET as reviewFile } from '../../src/routes/admin/cycles/[cycle]/responses/[city]/files/[fileId]/+server';
import {
	actions as sectionActions,
	load as sectionPage
} from '../../src/routes/respond/[cycle]/[section]/+page.server';
import { load as taskList } from '../../src/routes/respond/[cycle]/+page.server';
import {
	buildCity,
	buildCycle,
	buildCycleResponse,
	buildOpenCycle,
	buildPerson
} from '../factories/builders';
import { pdfBytes } from '../factories/files';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** The Charter questionnaire with nothing required, so a response can be submitted with a few answers. */
const relaxed: Definition = {
	...currentQuestionnaire,
	sections: currentQuestionnaire.sections.map((section) => ({
		...section,
		items: section.items.map((item) => ({ ...item, required: false, requiredWhen: undefined }))
	}))
};
const fully = (evidence: string) => ({ rating: 'fully', evidence });
type Person = Actor & { email: string; name: string };

describe(`reviewing a response item by item on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cycleSlug: string;
	let cycleId: number;
	let responseId: number;
	let secretariat: Person;
	let coordinator: Person;
	let hr: Person;
	let colleague: Person;
	let oslo: Person;
	let root: string;
	let files: FileStore;
	let fileId: string;
	const deps = () => ({ db: app.db, mailer: app.mailer, origin: 'http://localhost:4173' });
	const mailsTo = (email: string) =>
		app.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(asc(outbox.id));
	const event = (person: Person, path: string, params: Record<string, string>, body?: FormData) => {
		const url = new URL(`http://localhost:4173${path}`);
		return {
			locals: { app: { ...app, files }, locale: 'en', user: { ...person, cityId: person.cityId } },
			params,
			url,
			request: new Request(url, { method: body ? 'POST' : 'GET', body })
		} as never;
	};

	beforeAll(async () => {
		app = await createTestApp();
		root = await mkdtemp(path.join(tmpdir(), 'icm-review-'));
		files = createDiskFileStore(root);
		const helsinki = await buildCity(app, { name: 'Helsinki' });
		const osloCity = await buildCity(app, { name: 'Oslo' });
		const person = async (role: 'secretariat' | 'coordinator' | 'contributor', cityId: number | null) => {
			const built = await buildPerson(app, role, cityId);
			return { id: built.id, email: built.email, name: `Person ${built.email}`, role, cityId };
		};
		secretariat = await person('secretariat', null);
		coordinator = await person('coordinator', helsinki.id);
		hr = await person('contributor', helsinki.id);
		colleague = await person('contributor', helsinki.id);
		oslo = await person('coordinator', osloCity.id);
		// The coordinator reads German: the mails to them must be in German.
		await app.db.update(user).set({ locale: 'de' }).where(eq(user.id, coordinator.id));

		const earlier = await buildCycle(app, { name: 'Cycle 2022', periodStart: '2022-07-01' });
		const earlierResponse = await buildCycleResponse(app, earlier.id, helsinki.id, { state: 'accepted' });
		const { answers } = await import('$lib/server/db/schema');
		await app.db.insert(answers).values({
			responseId: earlierResponse.id,
			itemId: 'c1-rating',
			value: { rating: 'partly', evidence: 'The 2022 campaign' },
			revision: 1
		});
		const cycle = await buildOpenCycle(app, relaxed);
		cycleSlug = cycle.slug;
		cycleId = cycle.id;
		responseId = (await buildCycleResponse(app, cycle.id, helsinki.id)).id;
		expect(
			await assignSection(app.db, coordinator, { responseId, sectionId: 'employer', assigneeId: hr.id })
		).toEqual({ ok: true });
		for (const itemId of ['c1-rating', 'c2-rating', 'c6-rating']) {
			const saved = await saveAnswer(app.db, coordinator, {
				responseId,
				itemId,
				value: fully(`First answer for ${itemId}`),
				baseRevision: 0
			});
			expect(saved.ok).toBe(true);
		}
	});
	afterAll(async () => {
		await app.close();
		await rm(root, { recursive: true, force: true });
	});

	it('records the first submission as the last activity', async () => {
		const attached = await attachFile(app.db, files, coordinator, {
			responseId,
			itemId: 'documents',
			name: 'Integration strategy.pdf',
			data: pdfBytes('Helsinki strategy')
		});
		if (!attached.ok) throw new Error(JSON.stringify(attached));
		fileId = attached.file.fileId;
		expect(await submitResponse(deps(), coordinator, responseId)).toEqual({ ok: true });
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored).toMatchObject({ state: 'submitted', submittedBy: coordinator.id });
		expect(stored?.lastActivityBy).toBe(coordinator.id);
		expect(stored?.lastActivityAt).toEqual(stored?.submittedAt);
	});

	it('keeps the secretariat’s queries as drafts the city cannot see, and lets a draft be removed', async () => {
		for (const itemId of ['c1-rating', 'c6-rating', 'c2-rating']) {
			const written = await writeQuery(app.db, secretariat, {
				responseId,
				itemId,
				body: `Which department runs ${itemId}?`
			});
			expect(written.ok).toBe(true);
		}
		expect(
			await writeQuery(app.db, coordinator, { responseId, itemId: 'c1-rating', body: 'Self-query' })
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reviewThreadsOf(app.db, responseId, { for: 'city' })).toEqual([]);
		const cityView = (await taskList(event(coordinator, `/respond/${cycleSlug}`, { cycle: cycleSlug }))) as {
			queries: unknown[];
		};
		expect(cityView.queries).toEqual([]);

		const drafts = await reviewThreadsOf(app.db, responseId, { for: 'secretariat' });
		const c2Draft = drafts.find((thread) => thread.itemId === 'c2-rating')!.messages[0]!;
		expect(await removeQueryDraft(app.db, coordinator, { responseId, messageId: c2Draft.id })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await removeQueryDraft(app.db, secretariat, { responseId, messageId: c2Draft.id })).toEqual({
			ok: true
		});
		const left = await reviewThreadsOf(app.db, responseId, { for: 'secretariat' });
		expect(left.map((thread) => [thread.itemId, thread.status])).toEqual([
			['c1-rating', 'draft'],
			['c6-rating', 'draft']
		]);
		expect(await acceptResponse(deps(), secretariat, responseId)).toEqual({
			ok: false,
			reason: 'unsent_queries'
		});
	});

	it('shows the secretariat the answers beside the previous cycle, with the queries listed', async () => {
		const page = (await reviewPage(
			event(secretariat, `/admin/cycles/${cycleSlug}/responses/x`, {
				cycle: cycleSlug,
				city: (await citySlug())!
			})
		)) as {
			sections: { id: string; items: { item: { id: string }; value: unknown; previous: unknown }[] }[];
			queries: { itemId: string }[];
			previousCycle: string | null;
			decisionWords: { returnButton: string };
			returnRefusal: string | null;
			filesHref: string;
		};
		const policy = page.sections.find((section) => section.id === 'policy-maker')!;
		const c1 = policy.items.find((entry) => entry.item.id === 'c1-rating')!;
		expect(c1.value).toEqual(fully('First answer for c1-rating'));
		expect(c1.previous).toEqual({ rating: 'partly', evidence: 'The 2022 campaign' });
		expect(page.previousCycle).toBe('Cycle 2022');
		expect(page.queries.map((query) => query.itemId)).toEqual(['c1-rating', 'c6-rating']);
		// The two draft queries go back with the response: the return button counts them.
		expect(page.decisionWords.returnButton).toMatch(/\b2\b/);
		expect(page.returnRefusal).toBeNull();
		await expect(
			reviewPage(event(coordinator, '/admin', { cycle: cycleSlug, city: (await citySlug())! }))
		).rejects.toMatchObject({ status: 403 });
		const fileParams = { cycle: cycleSlug, city: (await citySlug())!, fileId };
		const download = await reviewFile(event(secretariat, '/admin', fileParams));
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('application/pdf');
		expect(await download.text()).toContain('Helsinki strategy');
		expect(page.filesHref).toBe(`/admin/cycles/${cycleSlug}/responses/${fileParams.city}/files`);
		await expect(
			reviewFile(event(secretariat, '/admin', { ...fileParams, fileId: 'not-a-file-of-this-response' }))
		).rejects.toMatchObject({ status: 404 });
		await expect(reviewFile(event(coordinator, '/admin', fileParams))).rejects.toMatchObject({
			status: 403
		});
	});

	it('returns the response: the queries are sent and the coordinators told, in their language', async () => {
		// The deadline passes while the secretariat reviews: the queried items still reopen.
		await app.db.update(cycles).set({ deadline: '2000-01-31' }).where(eq(cycles.id, cycleId));
		expect(await returnResponse(deps(), coordinator, responseId)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await returnResponse(deps(), secretariat, responseId)).toEqual({
			ok: true,
			itemIds: ['c1-rating', 'c6-rating']
		});
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored?.state).toBe('returned');
		const seen = await reviewThreadsOf(app.db, responseId, { for: 'city' });
		expect(seen.map((thread) => [thread.itemId, thread.status, thread.messages.length])).toEqual([
			['c1-rating', 'open', 1],
			['c6-rating', 'open', 1]
		]);
		const [mail] = await mailsTo(coordinator.email);
		expect(mail?.subject).toBe('Das Sekretariat hat Rückfragen zu Ihrer Antwort');
		expect(mail?.text).toContain(`http://localhost:4173/respond/${cycleSlug}\n`);
		expect(mail?.text).toContain('2 Frage(n)');
		for (const other of [hr, colleague, oslo]) expect(await mailsTo(other.email)).toEqual([]);
	});

	it('reopens only the queried items, whatever the deadline', async () => {
		const save = (actor: Actor, itemId: string, evidence: string) =>
			saveAnswer(app.db, actor, { responseId, itemId, value: fully(evidence), baseRevision: 1 });
		expect(await save(coordinator, 'c1-rating', 'The welcome office of the city')).toMatchObject({
			ok: true,
			revision: 2
		});
		expect(await save(coordinator, 'c2-rating', 'Not asked for')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await save(coordinator, 'c3-rating', 'Not asked for')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const attached = await attachFile(app.db, files, coordinator, {
			responseId,
			itemId: 'documents',
			name: 'strategy.pdf',
			data: pdfBytes()
		});
		expect(attached).toEqual({ ok: false, reason: 'forbidden' });

		const page = (await sectionPage(
			event(coordinator, `/respond/${cycleSlug}/policy-maker`, {
				cycle: cycleSlug,
				section: 'policy-maker'
			})
		)) as Exclude<Awaited<ReturnType<typeof sectionPage>>, void>;
		expect(page.editableItems).toEqual(['c1-rating']);
		expect(page.threads['c1-rating']).toMatchObject({ replyable: true, replied: false });
		expect(page.lock).toBeNull();

		// The page's form holds only the reopened item's fields: saving it must not touch the read-only ones.
		const form = new FormData();
		form.set('__rev.c1-rating', '2');
		form.set('c1-rating.rating', 'fully');
		form.set('c1-rating.evidence', 'The welcome office of the city');
		const params = { cycle: cycleSlug, section: 'policy-maker' };
		expect(
			await sectionActions.save!(event(coordinator, `/respond/${cycleSlug}/policy-maker`, params, form))
		).toMatchObject({ saved: 0, revisions: { 'c1-rating': 2 } });
	});

	it('refuses to resubmit before every query has a reply', async () => {
		expect(await submitResponse(deps(), coordinator, responseId)).toEqual({
			ok: false,
			reason: 'unanswered',
			itemIds: ['c1-rating', 'c6-rating']
		});
	});

	it('lets only the people who may change the item reply, and no other city read or reply', async () => {
		const reply = (actor: Actor, itemId: string, body = 'Our answer') =>
			replyToQuery(app.db, actor, { responseId, itemId, body });
		expect(await reply(oslo, 'c1-rating')).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reply(secretariat, 'c1-rating')).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reply(colleague, 'c6-rating')).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reply(hr, 'c1-rating')).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reply(coordinator, 'c2-rating')).toEqual({ ok: false, reason: 'forbidden' });
		await expect(
			sectionPage(
				event(oslo, `/respond/${cycleSlug}/policy-maker`, { cycle: cycleSlug, section: 'policy-maker' })
			)
		).rejects.toMatchObject({ status: 404 });
		await expect(
			sectionPage(
				event(colleague, `/respond/${cycleSlug}/employer`, { cycle: cycleSlug, section: 'employer' })
			)
		).rejects.toMatchObject({ status: 403 });

		expect(await reply(hr, 'c6-rating', 'HR runs it.')).toMatchObject({ ok: true });
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored?.lastActivityBy).toBe(hr.id);
	});

	it('replies through the section page’s form, saving the typed answer with it', async () => {
		// What the browser sends: the reopened item's fields and revision, the reply, and the button pressed.
		const posted = (reply: string, revision: number) => {
			const form = new FormData();
			form.set('__rev.c1-rating', String(revision));
			form.set('c1-rating.rating', 'fully');
			form.set('c1-rating.evidence', 'The welcome office, run by the department of social affairs');
			form.set('__reply.c1-rating', reply);
			form.set('replyItem', 'c1-rating');
			return form;
		};
		const params = { cycle: cycleSlug, section: 'policy-maker' };
		const post = (form: FormData) =>
			sectionActions.reply!(event(coordinator, `/respond/${cycleSlug}/policy-maker`, params, form));
		// An empty reply is refused and not sent; the answer typed with it is saved all the same.
		expect(await post(posted(' ', 2))).toMatchObject({
			status: 422,
			data: {
				errors: { 'reply-c1-rating': 'Write your reply before sending it.' },
				revisions: { 'c1-rating': 3 }
			}
		});
		await expect(post(posted('  The department of social affairs runs it.  ', 3))).rejects.toMatchObject({
			status: 303,
			location: `/respond/${cycleSlug}/policy-maker?notice=replied#thread-c1-rating`
		});
		const threads = await reviewThreadsOf(app.db, responseId, { for: 'city' });
		const c1 = threads.find((thread) => thread.itemId === 'c1-rating')!;
		expect(c1.messages.map((message) => [message.side, message.body])).toEqual([
			['secretariat', 'Which department runs c1-rating?'],
			['city', 'The department of social affairs runs it.']
		]);
		const page = (await sectionPage(event(coordinator, `/respond/${cycleSlug}/policy-maker`, params))) as {
			answers: Record<string, { value: unknown }>;
		};
		expect(page.answers['c1-rating']?.value).toEqual(
			fully('The welcome office, run by the department of social affairs')
		);
	});

	it('resubmits once every query has a reply: the queries count as answered and the secretariat is told', async () => {
		expect(await submitResponse(deps(), coordinator, responseId)).toEqual({ ok: true });
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored?.state).toBe('submitted');
		const threads = await app.db
			.select({ status: reviewThreads.status })
			.from(reviewThreads)
			.where(eq(reviewThreads.responseId, responseId));
		expect(threads.map((thread) => thread.status)).toEqual(['answered', 'answered']);
		const [told] = (await mailsTo(secretariat.email)).filter((mail) => mail.subject.includes('resubmitted'));
		expect(told?.subject).toMatch(/^Helsinki resubmitted/);
		expect(told?.text).toContain(`/admin/cycles/${cycleSlug}/responses/${await citySlug()}`);
	});

	it('lets the secretariat ask again on an answered item, and withdraw that draft', async () => {
		const again = await writeQuery(app.db, secretariat, {
			responseId,
			itemId: 'c1-rating',
			body: 'Since when?'
		});
		expect(again.ok).toBe(true);
		const cityThreads = await reviewThreadsOf(app.db, responseId, { for: 'city' });
		expect(cityThreads.find((thread) => thread.itemId === 'c1-rating')).toMatchObject({
			status: 'answered',
			messages: [{ side: 'secretariat' }, { side: 'city' }]
		});
		if (!again.ok) return;
		expect(await removeQueryDraft(app.db, secretariat, { responseId, messageId: again.messageId })).toEqual({
			ok: true
		});
		// A sent message is never removed.
		const sent = cityThreads[0]!.messages[0]!;
		expect(await removeQueryDraft(app.db, secretariat, { responseId, messageId: sent.id })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const [thread] = await app.db
			.select({ status: reviewThreads.status })
			.from(reviewThreads)
			.where(and(eq(reviewThreads.responseId, responseId), eq(reviewThreads.itemId, 'c1-rating')));
		expect(thread?.status).toBe('answered');
	});

	it('accepts the response, closes its threads and keeps every message and audit entry', async () => {
		expect(await acceptResponse(deps(), coordinator, responseId)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await acceptResponse(deps(), secretariat, responseId)).toEqual({ ok: true });
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored?.state).toBe('accepted');
		const threads = await app.db
			.select({ id: reviewThreads.id, status: reviewThreads.status })
			.from(reviewThreads)
			.where(eq(reviewThreads.responseId, responseId));
		expect(threads.map((thread) => thread.status)).toEqual(['closed', 'closed']);
		const messages = await app.db
			.select()
			.from(reviewMessages)
			.where(
				inArray(
					reviewMessages.threadId,
					threads.map((thread) => thread.id)
				)
			);
		// Two queries and two replies; the two withdrawn drafts were never sent.
		expect(messages).toHaveLength(4);
		expect(messages.every((message) => message.sentAt !== null)).toBe(true);

		const actions = (
			await app.db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(and(eq(auditLog.subjectType, 'response'), eq(auditLog.subjectId, String(responseId))))
				.orderBy(asc(auditLog.id))
		).map((entry) => entry.action);
		expect(actions.filter((action) => action.startsWith('response.'))).toEqual([
			'response.submitted',
			'response.returned',
			'response.resubmitted',
			'response.accepted'
		]);
		const params = { cycle: cycleSlug, section: 'policy-maker' };
		expect(
			await sectionActions.save!(
				event(coordinator, `/respond/${cycleSlug}/policy-maker`, params, new FormData())
			)
		).toMatchObject({
			status: 403,
			data: {
				errors: { 'section-form': 'Nothing was saved: this part of the response can no longer be changed.' }
			}
		});
		const accepted = (await mailsTo(coordinator.email)).at(-1);
		expect(accepted?.subject).toBe('Ihre Antwort ist angenommen');
		expect(await mailsTo(oslo.email)).toEqual([]);
	});

	async function citySlug() {
		const { cities } = await import('$lib/server/db/schema');
		const [row] = await app.db
			.select({ slug: cities.slug })
			.from(cities)
			.innerJoin(responses, eq(responses.cityId, cities.id))
			.where(eq(responses.id, responseId));
		return row?.slug;
	}
});
