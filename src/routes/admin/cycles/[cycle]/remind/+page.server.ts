import { error, fail } from '@sveltejs/kit';
import { todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { nextPoint, reminderScheduleForm, scheduleFields } from '$lib/domain/reminder-schedule';
import { translator } from '$lib/server/i18n/translator';
import { sendReminders } from '$lib/server/commands/send-reminders';
import { setReminderSchedule } from '$lib/server/commands/set-reminder-schedule';
import { reminderMail, respondUrl } from '$lib/server/cycle-mails';
import { requireSecretariat } from '$lib/server/guards';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';
import { reminderRecipients } from '$lib/server/reads/cycle-reminders';
import { automaticReminders, schedulePoints } from '$lib/server/reminders/scheduler';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

const scheduleFieldNames = ['before', 'onDay', 'after'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await cycleBySlug(locals.app.db, params.cycle);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	const points = (await schedulePoints(locals.app.db, [cycle.id])).map((point) => point.days);
	const schedule = {
		points,
		fields: scheduleFields(points),
		editable: cycle.status === 'draft' || cycle.status === 'open',
		sent: await automaticReminders(locals.app.db, cycle.id)
	};
	if (cycle.status !== 'open') return { cycle, recipients: null, preview: null, schedule, upcoming: [] };
	const recipients = await reminderRecipients(locals.app.db, cycle.id);
	// Each awaited city's next scheduled reminder, counted from its own deadline (an extension moves it).
	const today = todayForDeadlines();
	const upcoming = recipients.withCoordinator
		.flatMap((city) => {
			const next = city.deadline ? nextPoint(city.deadline, points, today) : null;
			return next ? [{ city: city.name, cityId: city.cityId, deadline: city.deadline, ...next }] : [];
		})
		.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.city.localeCompare(b.city));
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
	return { cycle, recipients, preview, schedule, upcoming };
};

export const actions = withShownTexts({
	send: async ({ locals, params, url }) => {
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
	},
	schedule: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await cycleBySlug(locals.app.db, params.cycle);
		if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
		const values = formValues(await request.formData(), scheduleFieldNames);
		const parsed = reminderScheduleForm.safeParse(values);
		if (!parsed.success) return fail(422, { schedule: true, values, errors: fieldErrors(parsed.error) });
		const result = await setReminderSchedule(locals.app.db, actor, cycle.id, parsed.data);
		if (!result.ok) {
			return fail(409, { schedule: true, values, errors: fieldError('before', 'reminderSchedule.finished') });
		}
		return { scheduled: result.points.length };
	}
} satisfies Actions);
