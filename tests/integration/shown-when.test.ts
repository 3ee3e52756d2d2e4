import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { itemsOf } from '$lib/domain/questionnaire/definition';
import { missingRequired } from '$lib/domain/questionnaire/validate';
import { addItem } from '$lib/domain/questionnaire-editor/edits';
import { emptyItemFormValues, itemFromForm } from '$lib/domain/questionnaire-editor/item-form';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { copyQuestionnaireVersion } from '$lib/server/commands/copy-questionnaire-version';
import { createCycle } from '$lib/server/commands/create-cycle';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { saveSection } from '$lib/server/commands/save-section';
import { submitResponse } from '$lib/server/commands/submit-response';
import { transitionCycle } from '$lib/server/commands/transition-cycle';
import { replyToQuery } from '$lib/server/commands/reply-to-query';
import { returnResponse } from '$lib/server/commands/return-response';
import { writeQuery } from '$lib/server/commands/write-query';
import { siteTexts } from '$lib/server/i18n/site-texts';
import { questionnaireVersion } from '$lib/server/reads/questionnaire-versions';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { answersBySection } from '$lib/server/response-sections';
import {
	actions as sectionActions,
	load as sectionPage
} from '../../src/routes/respond/[cycle]/[section]/+page.server';
import SectionPage from '../../src/routes/respond/[cycle]/[section]/+page.svelte';
import { buildCity, buildCycleResponse, buildPerson, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const strategySection = itemsOf(currentQuestionnaire).find(({ item }) => item.id === 'strategy')!.section;

/**
 * The secretariat adds a required question shown only when the city has a strategy; the city's answers then
 * decide whether it is asked, and a question not asked never holds up submitting.
 */
describe(`a question shown only for some answers, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let coordinator: Actor;
	let secretariat: Actor;
	let responseId: number;
	const slug = 'shown-when-cycle';
	const services = () => ({ db: app.db, mailer: app.mailer, origin: 'http://localhost' });
	const viewNow = async () => (await responseForCity(app.db, slug, coordinator.cityId!))!;
	const savedValues = async () =>
		Object.fromEntries(Object.entries((await viewNow()).answers).map(([id, a]) => [id, a.value]));

	/** Saves the strategy section's form as the page posts it: only the questions it shows. */
	async function saveStrategySection(fields: Record<string, string>) {
		const view = await viewNow();
		const section = view.context.definition.sections.find((s) => s.id === strategySection.id)!;
		const form = new FormData();
		for (const [name, value] of Object.entries(fields)) {
			form.append(name, value);
			const itemId = name.split('.')[0]!;
			if (!form.has(`__rev.${itemId}`))
				form.append(`__rev.${itemId}`, String(view.answers[itemId]?.revision ?? 0));
		}
		return saveSection(app.db, coordinator, view, section, form);
	}
	async function missingIds() {
		const refused = await submitResponse(services(), coordinator, responseId);
		return refused.ok || refused.reason !== 'missing' ? [] : refused.missing.map((m) => m.itemId);
	}

	beforeAll(async () => {
		app = await createTestApp();
		secretariat = { id: (await buildPerson(app, 'secretariat')).id, role: 'secretariat', cityId: null };
		const city = await buildCity(app);
		coordinator = {
			id: (await buildPerson(app, 'coordinator', city.id)).id,
			role: 'coordinator',
			cityId: city.id
		};

		// The editor's item form, as posted: required, shown only when the strategy answer is "yes".
		const form = itemFromForm({
			...emptyItemFormValues('text'),
			id: 'strategy-review',
			label: 'When was the strategy last reviewed?',
			required: 'on',
			shownWhenItem: 'strategy',
			shownWhenValues: 'yes'
		});
		if (!form.ok) throw new Error(JSON.stringify(form.errors));
		expect(form.item.shownWhen).toEqual({ item: 'strategy', values: ['yes'] });
		await copyQuestionnaireVersion(app.db, secretariat, {
			source: currentQuestionnaire.version,
			version: 'charter-2031.1'
		});
		const stored = await questionnaireVersion(app.db, 'charter-2031.1');
		const edited = await editQuestionnaireVersion(
			app.db,
			secretariat,
			'charter-2031.1',
			stored!.revision,
			(d) => addItem(d, strategySection.id, form.item),
			{ kind: 'itemChanged', detail: {} }
		);
		expect(edited.ok).toBe(true);
		const created = await createCycle(app.db, secretariat, {
			name: 'Shown when',
			slug,
			periodStart: '2030-07-01',
			periodEnd: '2032-06-30',
			questionnaireVersion: 'charter-2031.1',
			opensOn: '2032-07-01',
			deadline: '2032-12-31',
			cityAnswersPublic: false,
			note: null
		});
		if (!created.ok) throw new Error(created.error);
		expect((await transitionCycle(app.db, secretariat, created.id, 'open', 'draft')).ok).toBe(true);
		responseId = (await buildCycleResponse(app, created.id, city.id, { state: 'in_progress' })).id;
	}, 120_000);
	afterAll(async () => app?.close());

	it('asks the question, and requires it, only once the answer that shows it is saved', async () => {
		expect((await saveStrategySection({ strategy: 'no' })).saved).toBe(1);
		expect(await missingIds()).not.toContain('strategy-review');
		const readBack = answersBySection(coordinator, await viewNow(), 'en');
		expect(readBack.flatMap((s) => s.items.map((entry) => entry.item.id))).not.toContain('strategy-review');

		expect((await saveStrategySection({ strategy: 'yes' })).saved).toBe(1);
		expect(await missingIds()).toContain('strategy-review');
		const shown = answersBySection(coordinator, await viewNow(), 'en');
		expect(shown.flatMap((s) => s.items.map((entry) => entry.item.id))).toContain('strategy-review');
	});

	it('keeps what was typed when the question is hidden again, and submits without it', async () => {
		await saveStrategySection({ strategy: 'yes', 'strategy-review': 'In 2031' });
		// "No" now: the page no longer posts the review question, so its answer stays as typed.
		expect((await saveStrategySection({ strategy: 'no' })).errors).toEqual({});
		expect((await viewNow()).answers['strategy-review']?.value).toBe('In 2031');
		await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'strategy-review',
			value: '',
			baseRevision: (await viewNow()).answers['strategy-review']!.revision
		});

		// Everything else required, answered as a coordinator working through the list would.
		const view = await viewNow();
		for (const missing of missingRequired(view.context.definition, await savedValues(), {
			cycleStartYear: 2030,
			cycleEndYear: 2032
		})) {
			const item = itemsOf(view.context.definition).find(({ item }) => item.id === missing.itemId)!.item;
			const value =
				item.type === 'rating'
					? rating('fully', 'Evidence')
					: item.type === 'choice'
						? item.options[0]!.value
						: item.type === 'multi_choice'
							? [item.options[0]!.value]
							: 'An answer';
			const saved = await saveAnswer(app.db, coordinator, {
				responseId,
				itemId: item.id,
				value,
				baseRevision: (await viewNow()).answers[item.id]?.revision ?? 0
			});
			expect(saved.ok, item.id).toBe(true);
		}
		expect((await savedValues())['strategy']).toBe('no');
		expect((await savedValues())['strategy-review'] ?? null).toBeNull();
		expect(await submitResponse(services(), coordinator, responseId)).toEqual({ ok: true });
	});

	it('keeps a query on a question an answer has since hidden on the page, where the city can reply to it', async () => {
		// Queried on both questions, the city answers "no" to the first: the second is no longer asked.
		for (const itemId of ['strategy', 'strategy-review'])
			expect(
				(await writeQuery(app.db, secretariat, { responseId, itemId, body: `About ${itemId}?` })).ok
			).toBe(true);
		expect((await returnResponse(services(), secretariat, responseId)).ok).toBe(true);
		await saveStrategySection({ strategy: 'no' });

		const page = () =>
			sectionPage({
				locals: { app, locale: 'en', user: { ...coordinator, name: 'C', email: 'c@example.org' } },
				params: { cycle: slug, section: strategySection.id },
				url: new URL(`http://localhost/respond/${slug}/${strategySection.id}`)
			} as never) as Promise<{
				items: { id: string }[];
				hiddenQueried: { id: string; label: string }[];
				threads: Record<string, { replyable: boolean; messages: { body: string }[] }>;
				texts: { thread: { hiddenQuestion: string } };
			}>;
		const shown = await page();
		expect(shown.items.map((item) => item.id)).not.toContain('strategy-review');
		expect(shown.hiddenQueried).toEqual([
			{ id: 'strategy-review', label: 'When was the strategy last reviewed?' }
		]);
		expect(shown.threads['strategy-review']).toMatchObject({
			replyable: true,
			messages: [{ body: 'About strategy-review?' }]
		});
		// The page shows the thread after the questions, with the line that says why its question is not there.
		const html = render(SectionPage, {
			props: { data: { ...shown, locale: 'en', site: siteTexts('en', 'C') } as never, form: null } as never
		}).body;
		const thread = html.slice(html.indexOf('id="thread-strategy-review"'));
		expect(thread).toContain('When was the strategy last reviewed?');
		expect(thread).toContain('About strategy-review?');
		expect(thread).toContain('not asked for your present answers');
		expect(thread).toContain('name="__reply.strategy-review"');

		// The reply box under that thread posts like any other; then nothing holds up submitting.
		const form = new FormData();
		form.append('replyItem', 'strategy-review');
		form.append('__reply.strategy-review', 'We have no strategy any more, so no review.');
		const url = new URL(`http://localhost/respond/${slug}/${strategySection.id}?/reply`);
		await expect(
			sectionActions.reply({
				locals: { app, locale: 'en', user: { ...coordinator, name: 'C', email: 'c@example.org' } },
				params: { cycle: slug, section: strategySection.id },
				url,
				request: new Request(url, { method: 'POST', body: form })
			} as never)
		).rejects.toMatchObject({ status: 303 });
		await replyToQuery(app.db, coordinator, { responseId, itemId: 'strategy', body: 'No strategy.' });
		expect(await submitResponse(services(), coordinator, responseId)).toEqual({ ok: true });
	});
});
