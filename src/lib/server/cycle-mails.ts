import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import { formatDate } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import type { MailMessage } from './mail';

/**
 * The e-mails of a cycle's administration, plain and short, in the recipient's language, with one link. The
 * reminder preview uses the same functions, so the secretariat sees exactly what is sent.
 */
interface CycleMailFacts {
	city: string;
	cycle: string;
	/** The date that applies to this city (its extension or the cycle's deadline), YYYY-MM-DD. */
	deadline: string | null;
	url: string;
}

function deadlineText(locale: Locale, deadline: string | null) {
	return deadline ? formatDate(locale, deadline) : translator(locale)('cycles.noDeadline');
}

/**
 * The cycle's invitation. It says, before the link, whether the city's answers will be public once the report
 * is published; to a coordinator who has not yet accepted the account invitation, it says to do that first.
 */
export function invitationMail(
	locale: Locale,
	facts: CycleMailFacts & { answersPublic: boolean; accountPending?: boolean }
): Omit<MailMessage, 'to'> {
	const { answersPublic, accountPending, ...rest } = facts;
	const params = { ...rest, deadline: deadlineText(locale, facts.deadline) };
	const paragraphs = m.cycles_mail_inviteBody(params, { locale: locale }).split('\n\n');
	const added = [
		(answersPublic ? m.cityPeople_mailPublic : m.cityPeople_mailPrivate)({}, { locale: locale })
	];
	if (accountPending) added.push(m.cityPeople_mailPending({}, { locale: locale }));
	// After the greeting and the invitation itself, before the link.
	paragraphs.splice(Math.min(2, paragraphs.length), 0, ...added);
	return { subject: m.cycles_mail_inviteSubject(params, { locale: locale }), text: paragraphs.join('\n\n') };
}

export function reminderMail(locale: Locale, facts: CycleMailFacts): Omit<MailMessage, 'to'> {
	const params = { ...facts, deadline: deadlineText(locale, facts.deadline) };
	return {
		subject: m.cycles_mail_remindSubject(params, { locale: locale }),
		text: m.cycles_mail_remindBody(params, { locale: locale })
	};
}

export function extensionMail(
	locale: Locale,
	facts: CycleMailFacts & { message: string | null }
): Omit<MailMessage, 'to'> {
	const params = { ...facts, deadline: deadlineText(locale, facts.deadline), message: '' };
	const message = facts.message
		? m.cycles_mail_extensionMessage({ message: facts.message }, { locale: locale })
		: '';
	return {
		subject: m.cycles_mail_extensionSubject(params, { locale: locale }),
		text: m.cycles_mail_extensionBody({ ...params, message }, { locale: locale })
	};
}

export function respondUrl(origin: string, cycleSlug: string) {
	return `${origin}/respond/${cycleSlug}`;
}
