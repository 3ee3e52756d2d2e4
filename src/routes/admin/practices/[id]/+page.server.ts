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

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const found = await adminPractice(locals.app.db, practiceId(locals, params.id));
	if (!found) error(404, translator(locals.locale)('error.notFoundTitle'));
	const done = url.searchParams.get('done');
	return {
		...found,
		values: practiceToFormValues(found.practice),
		cities: await cityFilterChoices(locals.app.db),
		choices: practiceChoices(locals.locale),
		mergeChoices: found.practice.mergedIntoId ? null : await mergeChoices(locals.app.db, found.practice),
		done: notices.find((notice) => notice === done) ?? null
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
