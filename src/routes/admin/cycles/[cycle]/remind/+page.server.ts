import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import { currentStatusText } from '$lib/server/i18n/cycle-status-text';
import { m } from '$lib/paraglide/messages.js';
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

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts(cycle: { name: string; status: CycleStatus }) {
	return {
		title: m.cycles_remindTitle({ cycle: cycle.name }),
		backToCycle: m.cycles_backToCycle({ cycle: cycle.name }),
		currentStatus: currentStatusText(cycle.status),
		a11y_caption_recipients: m.a11y_caption_recipients(),
		cycles_colCity: m.cycles_colCity(),
		cycles_colCityDeadline: m.cycles_colCityDeadline(),
		cycles_colCoordinators: m.cycles_colCoordinators(),
		cycles_colState: m.cycles_colState(),
		cycles_inviteCoordinatorLink: m.cycles_inviteCoordinatorLink(),
		cycles_noDeadline: m.cycles_noDeadline(),
		cycles_nobodyToRemind: m.cycles_nobodyToRemind(),
		cycles_previewBody: m.cycles_previewBody(),
		cycles_previewSubject: m.cycles_previewSubject(),
		cycles_previewTitle: m.cycles_previewTitle(),
		cycles_recipientsTitle: m.cycles_recipientsTitle(),
		cycles_remindButton: m.cycles_remindButton(),
		cycles_remindLead: m.cycles_remindLead(),
		cycles_remindNotOpen: m.cycles_remindNotOpen(),
		cycles_withoutCoordinatorTitle: m.cycles_withoutCoordinatorTitle(),
		reminderSchedule_after: m.reminderSchedule_after(),
		reminderSchedule_afterHint: m.reminderSchedule_afterHint(),
		reminderSchedule_before: m.reminderSchedule_before(),
		reminderSchedule_beforeHint: m.reminderSchedule_beforeHint(),
		reminderSchedule_colCity: m.reminderSchedule_colCity(),
		reminderSchedule_colDate: m.reminderSchedule_colDate(),
		reminderSchedule_colDeadline: m.reminderSchedule_colDeadline(),
		reminderSchedule_colMails: m.reminderSchedule_colMails(),
		reminderSchedule_colPoint: m.reminderSchedule_colPoint(),
		reminderSchedule_colSentAt: m.reminderSchedule_colSentAt(),
		reminderSchedule_lead: m.reminderSchedule_lead(),
		reminderSchedule_legend: m.reminderSchedule_legend(),
		reminderSchedule_none: m.reminderSchedule_none(),
		reminderSchedule_noneSent: m.reminderSchedule_noneSent(),
		reminderSchedule_noneUpcoming: m.reminderSchedule_noneUpcoming(),
		reminderSchedule_notEditable: m.reminderSchedule_notEditable(),
		reminderSchedule_onDay: m.reminderSchedule_onDay(),
		reminderSchedule_pointDay: m.reminderSchedule_pointDay(),
		reminderSchedule_save: m.reminderSchedule_save(),
		reminderSchedule_savedNone: m.reminderSchedule_savedNone(),
		reminderSchedule_sentCaption: m.reminderSchedule_sentCaption(),
		reminderSchedule_sentTitle: m.reminderSchedule_sentTitle(),
		reminderSchedule_title: m.reminderSchedule_title(),
		reminderSchedule_upcomingCaption: m.reminderSchedule_upcomingCaption(),
		reminderSchedule_upcomingNote: m.reminderSchedule_upcomingNote(),
		reminderSchedule_upcomingTitle: m.reminderSchedule_upcomingTitle()
	};
}

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
	if (cycle.status !== 'open')
		return { texts: pageTexts(cycle), cycle, recipients: null, preview: null, schedule, upcoming: [] };
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
	return { texts: pageTexts(cycle), cycle, recipients, preview, schedule, upcoming };
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
