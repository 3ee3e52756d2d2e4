import { m } from '$lib/paraglide/messages.js';
import { textLanguage, writesFreeText } from '$lib/domain/questionnaire/answer-language';
import { error, fail, redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/domain/forms';
import { localized } from '$lib/domain/questionnaire/definition';
import {
	acceptRefusal,
	canWriteQuery,
	draftThreads,
	querySchema,
	removeDraftSchema,
	returnRefusal
} from '$lib/domain/review';
import { translator } from '$lib/server/i18n/translator';
import { acceptResponse } from '$lib/server/commands/accept-response';
import { removeQueryDraft } from '$lib/server/commands/remove-query-draft';
import { returnResponse } from '$lib/server/commands/return-response';
import { writeQuery } from '$lib/server/commands/write-query';
import { requireSecretariat } from '$lib/server/guards';
import { responseForReview } from '$lib/server/reads/response-for-review';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';
import { shownThreadMessage } from '$lib/server/i18n/thread-text';
import { decisionWords, itemWords, noticeText, refusalText, reviewFacts, statusText } from './review-texts';

async function reviewOf(locals: App.Locals, url: URL, params: { cycle: string; city: string }) {
	// Actions are not covered by the layout's load, so every action checks again.
	const user = requireSecretariat(locals, url);
	const view = await responseForReview(locals.app.db, params.cycle, params.city);
	if (!view) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { actor: { id: user.id, role: user.role, cityId: user.cityId }, view };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view } = await reviewOf(locals, url, params);
	const { context } = view;
	const threadOf = new Map(view.threads.map((thread) => [thread.itemId, thread]));
	const sections = context.definition.sections.map((section) => ({
		id: section.id,
		title: localized(section.title, locals.locale),
		items: section.items.map((item) => {
			const thread = threadOf.get(item.id);
			return {
				item,
				value: view.answers[item.id]?.value ?? null,
				// The language a free text is written in, so the page marks it (null: unknown, or not text).
				language: writesFreeText(item)
					? textLanguage(view.answers[item.id]?.language, context.language)
					: null,
				previous: view.previous?.answers[item.id] ?? null,
				thread: thread
					? {
							status: thread.status,
							messages: thread.messages.map((message) => shownThreadMessage(message, locals.locale))
						}
					: null
			};
		})
	}));
	const queries = sections.flatMap((section) =>
		section.items.flatMap(({ item, thread }) =>
			thread
				? [
						{
							itemId: item.id,
							question: localized(item.label, locals.locale),
							status: thread.status,
							statusText: statusText(thread.status, locals.locale),
							latest: thread.messages.findLast((message) => message.side === 'secretariat')?.body ?? ''
						}
					]
				: []
		)
	);
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		city: view.city,
		state: context.state,
		/** The state, when and by whom submitted, the deadline: as label and text in the reader's language. */
		facts: reviewFacts(
			{
				state: context.state,
				submittedAt: context.submittedAt?.toISOString() ?? null,
				submittedBy: view.submittedByName,
				deadline: view.cycle.deadline,
				extendedTo: context.extendedTo
			},
			locals.locale
		),
		previousCycle: view.previous?.cycleName ?? null,
		headings: {
			back: m.review_backToProgress({ cycle: view.cycle.name }, { locale: locals.locale }),
			title: m.review_title({ city: view.city.name, cycle: view.cycle.name }, { locale: locals.locale }),
			queries: m.review_queriesTitle({ count: queries.length }, { locale: locals.locale })
		},
		itemWords: itemWords(view.previous?.cycleName ?? null, locals.locale),
		sections,
		queries,
		decisionWords: decisionWords(context.state, draftThreads(view.threads).length, locals.locale),
		canQuery: canWriteQuery(actor, context.state),
		returnRefusal: returnRefusal(actor, context.state, view.threads),
		acceptRefusal: acceptRefusal(actor, context.state, view.threads),
		filesHref: `/admin/cycles/${view.cycle.slug}/responses/${view.city.slug}/files`,
		notice: noticeText(url.searchParams.get('notice'), locals.locale)
	};
};

export const actions = withShownTexts({
	query: async ({ locals, params, request, url }) => {
		const { actor, view } = await reviewOf(locals, url, params);
		const form = await request.formData();
		const values = { itemId: String(form.get('itemId') ?? ''), body: String(form.get('body') ?? '') };
		const parsed = querySchema.safeParse(values);
		if (!parsed.success) {
			// Named after the item's textarea, so the error summary links to the right one.
			const errors = fieldErrors(parsed.error);
			const message = errors.body ?? errors.itemId ?? 'review.queryRequired';
			return fail(422, { query: values, errors: { [`query-${values.itemId}`]: message } });
		}
		const result = await writeQuery(locals.app.db, actor, { responseId: view.context.id, ...parsed.data });
		if (!result.ok && result.reason === 'not_found')
			error(404, translator(locals.locale)('error.notFoundTitle'));
		if (!result.ok)
			return fail(409, {
				query: values,
				refusal: result.reason,
				refusalText: refusalText(result.reason, locals.locale)
			});
		redirect(303, `${url.pathname}?notice=queryDrafted#item-${parsed.data.itemId}`);
	},

	removeDraft: async ({ locals, params, request, url }) => {
		const { actor, view } = await reviewOf(locals, url, params);
		const parsed = removeDraftSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) error(400, translator(locals.locale)('error.notFoundTitle'));
		const result = await removeQueryDraft(locals.app.db, actor, {
			responseId: view.context.id,
			messageId: parsed.data.messageId
		});
		// Already gone (sent, or removed in another tab): the page shows the thread as it is now.
		const notice = result.ok ? 'draftRemoved' : 'draftGone';
		redirect(303, `${url.pathname}?notice=${notice}#item-${encodeURIComponent(parsed.data.itemId)}`);
	},

	return: async ({ locals, params, url }) => {
		const { actor, view } = await reviewOf(locals, url, params);
		const result = await returnResponse(mailDeps(locals, url), actor, view.context.id);
		if (!result.ok)
			return fail(409, { refusal: result.reason, refusalText: refusalText(result.reason, locals.locale) });
		redirect(303, `${url.pathname}?notice=returned`);
	},

	accept: async ({ locals, params, url }) => {
		const { actor, view } = await reviewOf(locals, url, params);
		const result = await acceptResponse(mailDeps(locals, url), actor, view.context.id);
		if (!result.ok)
			return fail(409, { refusal: result.reason, refusalText: refusalText(result.reason, locals.locale) });
		redirect(303, `${url.pathname}?notice=accepted`);
	}
} satisfies Actions);

function mailDeps(locals: App.Locals, url: URL) {
	return { db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin };
}
