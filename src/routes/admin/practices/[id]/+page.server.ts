import { error, fail, redirect } from '@sveltejs/kit';
import {
	practiceFieldErrors,
	practiceFormSchema,
	practiceToFormValues,
	readPracticeForm
} from '$lib/domain/practices/practice-form';
import { mergeFormSchema } from '$lib/domain/practices/merge';
import { translator } from '$lib/server/i18n/translator';
import { mergePractices } from '$lib/server/commands/merge-practices';
import { setPracticeStatus } from '$lib/server/commands/set-practice-status';
import { updatePractice } from '$lib/server/commands/update-practice';
import { requireSecretariat } from '$lib/server/guards';
import { adminPractice, cityFilterChoices, mergeChoices } from '$lib/server/reads/admin-practices';
import { practiceChoices } from '../choices';
import { practiceFormTexts } from '../form-texts';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import { organisationDay } from '$lib/domain/time-zone';
import { formatDate } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

function practiceId(locals: App.Locals, raw: string): number {
	const id = Number(raw);
	if (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(id)) {
		error(404, translator(locals.locale)('error.notFoundTitle'));
	}
	return id;
}

const notices = ['created', 'saved', 'published', 'unpublished', 'merged'] as const;

function doneText(done: (typeof notices)[number] | undefined): string | null {
	if (!done) return null;
	return {
		created: m.curation_done_created,
		merged: m.curation_done_merged,
		published: m.curation_done_published,
		saved: m.curation_done_saved,
		unpublished: m.curation_done_unpublished
	}[done]();
}

/** The page's own words in the reader's language (compiled into the page, each would carry five languages). */
function pageTexts(found: NonNullable<Awaited<ReturnType<typeof adminPractice>>>, locale: Locale) {
	return {
		curation_backToList: m.curation_backToList(),
		curation_chooseMergeTarget: m.curation_chooseMergeTarget(),
		curation_colUpdated: m.curation_colUpdated(),
		curation_detailsTitle: m.curation_detailsTitle(),
		curation_filterStatus: m.curation_filterStatus(),
		curation_mergeButton: m.curation_mergeButton(),
		curation_mergeConfirm: m.curation_mergeConfirm(),
		curation_mergeInto: m.curation_mergeInto(),
		curation_mergeLead: m.curation_mergeLead(),
		curation_mergeOtherCities: m.curation_mergeOtherCities(),
		curation_mergeTitle: m.curation_mergeTitle(),
		curation_mergedFromTitle: m.curation_mergedFromTitle(),
		curation_mergedNotice: m.curation_mergedNotice(),
		curation_publish: m.curation_publish(),
		curation_slug: m.curation_slug(),
		curation_statusDraft: m.curation_statusDraft(),
		curation_statusPublished: m.curation_statusPublished(),
		curation_statusTitle: m.curation_statusTitle(),
		curation_unpublish: m.curation_unpublish(),
		form_save: m.form_save(),
		practice_source: m.practice_source(),
		editTitle: m.curation_editTitle({ title: found.practice.title }),
		promotedFrom: found.promotedFrom
			? m.curation_promotedFrom({ city: found.promotedFrom.city, cycle: found.promotedFrom.cycle })
			: '',
		mergeSameCity: m.curation_mergeSameCity({ city: found.city.name }),
		updatedDay: formatDate(locale, organisationDay(found.practice.updatedAt))
	};
}

function statusText(status: 'draft' | 'published' | 'merged'): string {
	return {
		draft: m.curation_status_draft,
		merged: m.curation_status_merged,
		published: m.curation_status_published
	}[status]();
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const found = await adminPractice(locals.app.db, practiceId(locals, params.id));
	if (!found) error(404, translator(locals.locale)('error.notFoundTitle'));
	const done = url.searchParams.get('done');
	return {
		...found,
		values: practiceToFormValues(found.practice),
		cities: await cityFilterChoices(locals.app.db),
		choices: practiceChoices(locals.locale),
		formTexts: practiceFormTexts(locals.locale),
		texts: pageTexts(found, locals.locale),
		// The notice and the status as text: picked in the page, every choice would come in five languages.
		statusText: statusText(found.practice.mergedIntoId !== null ? 'merged' : found.practice.status),
		mergeChoices: found.practice.mergedIntoId ? null : await mergeChoices(locals.app.db, found.practice),
		done: doneText(notices.find((notice) => notice === done))
	};
};

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const id = practiceId(locals, params.id);
		const values = readPracticeForm(await request.formData());
		const parsed = practiceFormSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: practiceFieldErrors(parsed.error) });
		const result = await updatePractice(locals.app.db, actor.id, id, parsed.data);
		if (!result.ok && result.error === 'unknown_city') {
			return fail(422, { values, errors: { cityId: 'curation.cityRequired' } });
		}
		if (!result.ok) error(404, translator(locals.locale)('error.notFoundTitle'));
		redirect(303, `/admin/practices/${id}?done=saved`);
	},
	publish: async ({ locals, params, url }) => {
		const actor = requireSecretariat(locals, url);
		const id = practiceId(locals, params.id);
		const result = await setPracticeStatus(locals.app.db, actor.id, id, 'published');
		if (!result.ok && result.error === 'merged') {
			return fail(409, { statusErrors: { publish: 'curation.cannotPublishMerged' } });
		}
		if (!result.ok) error(404, translator(locals.locale)('error.notFoundTitle'));
		redirect(303, `/admin/practices/${id}?done=published`);
	},
	unpublish: async ({ locals, params, url }) => {
		const actor = requireSecretariat(locals, url);
		const id = practiceId(locals, params.id);
		const result = await setPracticeStatus(locals.app.db, actor.id, id, 'draft');
		if (!result.ok) error(404, translator(locals.locale)('error.notFoundTitle'));
		redirect(303, `/admin/practices/${id}?done=unpublished`);
	},
	merge: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const id = practiceId(locals, params.id);
		const form = await request.formData();
		const values = { into: String(form.get('into') ?? ''), confirm: String(form.get('confirm') ?? '') };
		const parsed = mergeFormSchema.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return fail(422, { mergeValues: values, mergeErrors: errors });
		}
		const result = await mergePractices(locals.app.db, actor.id, id, parsed.data.into);
		if (!result.ok && result.error === 'not_found') {
			error(404, translator(locals.locale)('error.notFoundTitle'));
		}
		if (!result.ok) {
			const errors: Record<string, string> = { into: 'curation.mergeRefused' };
			return fail(409, { mergeValues: values, mergeErrors: errors });
		}
		redirect(303, `/admin/practices/${id}?done=merged`);
	}
} satisfies Actions);
