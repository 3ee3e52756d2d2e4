import { error, fail, redirect } from '@sveltejs/kit';
import {
	emptyPracticeForm,
	practiceFieldErrors,
	practiceFormSchema,
	readPracticeForm
} from '$lib/domain/practices/practice-form';
import { parseStoredId } from '$lib/domain/stored-integer';
import { translator } from '$lib/server/i18n/translator';
import { createPractice } from '$lib/server/commands/create-practice';
import { promotePractice } from '$lib/server/commands/promote-practice';
import { requireSecretariat } from '$lib/server/guards';
import { cityFilterChoices } from '$lib/server/reads/admin-practices';
import { candidate } from '$lib/server/reads/practice-candidates';
import { practiceChoices } from '../choices';
import { practiceFormTexts } from '../form-texts';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/** `?response=12&row=2` promotes the second good practice of response 12; without it, a blank form. */
function promotion(url: URL): { responseId: number; row: number } | null {
	if (!url.searchParams.has('response')) return null;
	const responseId = parseStoredId(url.searchParams.get('response'));
	const row = parseStoredId(url.searchParams.get('row'));
	return responseId !== null && row !== null ? { responseId, row } : { responseId: 0, row: 0 };
}

async function findCandidate(locals: App.Locals, from: { responseId: number; row: number }) {
	const found = await candidate(locals.app.db, from.responseId, from.row);
	if (!found) error(404, translator(locals.locale)('error.notFoundTitle'));
	// Promoting twice would make a duplicate: the practice made the first time is the one to edit.
	if (found.promoted) redirect(303, `/admin/practices/${found.promoted.id}`);
	return found;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const from = promotion(url);
	const cities = await cityFilterChoices(locals.app.db);
	const choices = practiceChoices(locals.locale);
	const formTexts = practiceFormTexts(locals.locale);
	if (!from) return { cities, choices, formTexts, values: emptyPracticeForm(), candidate: null };
	const found = await findCandidate(locals, from);
	return {
		cities,
		choices,
		formTexts,
		candidate: { city: found.city, cycle: found.cycle, responseId: found.responseId, row: found.row },
		values: emptyPracticeForm({
			cityId: String(found.city.id),
			title: found.title,
			summary: found.summary,
			startYear: found.startYear?.toString() ?? '',
			endYear: found.endYear?.toString() ?? '',
			links: emptyPracticeForm().links.map((row, index) =>
				index === 0 && found.link ? { url: found.link, title: '' } : row
			),
			sourceReport: found.cycle.name,
			sourceYear: String(found.cycle.year)
		})
	};
};

export const actions = withShownTexts({
	save: async ({ locals, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const values = readPracticeForm(await request.formData());
		const parsed = practiceFormSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: practiceFieldErrors(parsed.error) });
		const from = promotion(url);
		if (from) {
			await findCandidate(locals, from);
			const result = await promotePractice(locals.app.db, actor.id, from, parsed.data);
			if (!result.ok && result.error === 'already_promoted') redirect(303, `/admin/practices/${result.id}`);
			if (!result.ok) error(404, translator(locals.locale)('error.notFoundTitle'));
			redirect(303, `/admin/practices/${result.practice.id}?done=created`);
		}
		const result = await createPractice(locals.app.db, actor.id, parsed.data);
		if (!result.ok) return fail(422, { values, errors: { cityId: 'curation.cityRequired' } });
		redirect(303, `/admin/practices/${result.practice.id}?done=created`);
	}
} satisfies Actions);
