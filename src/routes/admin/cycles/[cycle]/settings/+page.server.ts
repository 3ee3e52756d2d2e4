import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import { currentStatusText } from '$lib/server/i18n/cycle-status-text';
import { m } from '$lib/paraglide/messages.js';
import { error, fail, redirect } from '@sveltejs/kit';
import { cycleFields, cycleFormValues, cycleInputSchema } from '$lib/domain/cycle-forms';
import { nextCycleStatus } from '$lib/domain/cycle-lifecycle';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { updateCycle } from '$lib/server/commands/update-cycle';
import { transitionFromForm } from '$lib/server/cycle-transition-form';
import { requireSecretariat } from '$lib/server/guards';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';
import { questionnaireVersionChoices } from '$lib/server/reads/questionnaire-versions';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

async function findCycle(locals: App.Locals, slug: string) {
	const cycle = await cycleBySlug(locals.app.db, slug);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	return cycle;
}

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts(cycle: { name: string; status: CycleStatus }) {
	return {
		title: m.cycles_settingsTitle({ cycle: cycle.name }),
		backToCycle: m.cycles_backToCycle({ cycle: cycle.name }),
		currentStatus: currentStatusText(cycle.status),
		cycles_cityAnswersPublic: m.cycles_cityAnswersPublic(),
		cycles_deadline: m.cycles_deadline(),
		cycles_name: m.cycles_name(),
		cycles_no: m.cycles_no(),
		cycles_noDeadline: m.cycles_noDeadline(),
		cycles_noNote: m.cycles_noNote(),
		cycles_notEditable: m.cycles_notEditable(),
		cycles_note: m.cycles_note(),
		cycles_opensOn: m.cycles_opensOn(),
		cycles_periodLegend: m.cycles_periodLegend(),
		cycles_publishLater: m.cycles_publishLater(),
		cycles_publishedNote: m.cycles_publishedNote(),
		cycles_saved: m.cycles_saved(),
		cycles_slug: m.cycles_slug(),
		cycles_stateTitle: m.cycles_stateTitle(),
		cycles_version: m.cycles_version(),
		cycles_yes: m.cycles_yes(),
		form_save: m.form_save(),
		cycles_cityAnswersPublicHint: m.cycles_cityAnswersPublicHint(),
		cycles_dateHint: m.cycles_dateHint(),
		cycles_nameHint: m.cycles_nameHint(),
		cycles_noteHint: m.cycles_noteHint(),
		cycles_opensOnHint: m.cycles_opensOnHint(),
		cycles_publicLegend: m.cycles_publicLegend(),
		cycles_slugHint: m.cycles_slugHint(),
		cycles_versionHint: m.cycles_versionHint(),
		cycles_periodStart: m.cycles_periodStart(),
		cycles_periodEnd: m.cycles_periodEnd()
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await findCycle(locals, params.cycle);
	// Publishing is not offered here: it comes with the report.
	const next = nextCycleStatus(cycle.status);
	return {
		texts: pageTexts(cycle),
		cycle,
		values: cycleFormValues(cycle),
		versions: await questionnaireVersionChoices(locals.app.db),
		next: next === 'published' ? null : next,
		saved: url.searchParams.has('saved')
	};
};

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await findCycle(locals, params.cycle);
		const values = formValues(await request.formData(), cycleFields);
		const parsed = cycleInputSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await updateCycle(locals.app.db, actor, cycle.id, parsed.data);
		// The address may have changed with the slug, so the page is loaded again from its new address.
		if (result.ok) redirect(303, `/admin/cycles/${result.slug}/settings?saved=1`);
		if (result.error === 'not_found') error(404, translator(locals.locale)('error.notFoundTitle'));
		const errors =
			result.error === 'slug_taken'
				? fieldError('slug', 'cycles.slugTaken')
				: result.error === 'not_editable'
					? fieldError('name', 'cycles.notEditable')
					: result.error === 'missing_translations'
						? fieldError('questionnaireVersion', 'editor.versionLacksTexts')
						: fieldError('questionnaireVersion', 'cycles.invalidVersion');
		return fail(409, { values, errors });
	},
	transition: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await findCycle(locals, params.cycle);
		return transitionFromForm(locals, actor, cycle.id, await request.formData());
	}
} satisfies Actions);
