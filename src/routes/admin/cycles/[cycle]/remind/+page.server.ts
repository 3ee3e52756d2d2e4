import { error, fail } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { sendReminders } from '$lib/server/commands/send-reminders';
import { reminderMail, respondUrl } from '$lib/server/cycle-mails';
import { requireSecretariat } from '$lib/server/guards';
import { cycleBySlug } from '$lib/server/queries/cycle-by-slug';
import { reminderRecipients } from '$lib/server/queries/cycle-reminders';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await cycleBySlug(locals.app.db, params.cycle);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	if (cycle.status !== 'open') return { cycle, recipients: null, preview: null };
	const recipients = await reminderRecipients(locals.app.db, cycle.id);
	// The preview is the English message to the first city on the list, built by the function that sends it.
	const example = recipients.withCoordinator[0];
	const preview = example
		? {
				city: example.name,
				...reminderMail('en', {
					city: example.name,
					cycle: cycle.name,
					deadline: example.deadline,
					url: respondUrl(locals.app.config.ORIGIN ?? url.origin, cycle.slug)
				})
			}
		: null;
	return { cycle, recipients, preview };
};

export const actions: Actions = {
	default: async ({ locals, params, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await cycleBySlug(locals.app.db, params.cycle);
		if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
		const result = await sendReminders(
			{ db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin },
			actor,
			cycle.id
		);
		if (!result.ok) return fail(409, { errors: { send: 'cycles.remindNotOpen' } });
		return { reminded: result.mailsSent };
	}
};
