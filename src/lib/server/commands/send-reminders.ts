import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { reminderMail, respondUrl } from '../cycle-mails';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import type { Mailer } from '../mail';
import { reminderRecipients } from '../reads/cycle-reminders';

export type SendRemindersResult =
	| { ok: true; mailsSent: number; cities: number }
	| { ok: false; reason: 'forbidden' | 'not_found' | 'not_open' };

/**
 * Reminds every city that has not submitted (or was sent back queries) of its deadline: each coordinator
 * gets one e-mail in their language with their city's own deadline. Submitted and accepted cities get none.
 */
export async function sendReminders(
	deps: { db: Database; mailer: Mailer; origin: string },
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number
): Promise<SendRemindersResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	const outcome = await deps.db.transaction(async (tx) => {
		const [cycle] = await tx.select().from(cycles).where(eq(cycles.id, cycleId)).for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (cycle.status !== 'open') return { ok: false, reason: 'not_open' } as const;
		const { withCoordinator } = await reminderRecipients(tx, cycleId);
		const count = withCoordinator.reduce((sum, city) => sum + city.coordinators.length, 0);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'cycle.reminded',
			subjectType: 'cycle',
			subjectId: cycleId,
			after: { count, cityIds: withCoordinator.map((city) => city.cityId) }
		});
		return { ok: true, cycle, recipients: withCoordinator } as const;
	});
	if (!outcome.ok) return outcome;

	let mailsSent = 0;
	for (const city of outcome.recipients)
		for (const person of city.coordinators) {
			const mail = reminderMail(person.locale, {
				city: city.name,
				cycle: outcome.cycle.name,
				deadline: city.deadline,
				url: respondUrl(deps.origin, outcome.cycle.slug)
			});
			await deps.mailer.send({ to: person.email, ...mail });
			mailsSent++;
		}
	return { ok: true, mailsSent, cities: outcome.recipients.length };
}
