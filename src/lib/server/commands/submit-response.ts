import { eq } from 'drizzle-orm';
import { missingRequired, type MissingAnswer } from '$lib/domain/questionnaire/validate';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import { translator } from '$lib/i18n';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { answers, cities, responses, user } from '../db/schema';
import type { Mailer } from '../mail';
import { responseContext } from '../queries/response-context';

export type SubmitResult =
	| { ok: true }
	| { ok: false; reason: 'missing'; missing: MissingAnswer[] }
	| { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * The coordinator submits the city's response. Refused with the list of missing required answers; once
 * submitted the response is read-only for the city, and the secretariat is told by e-mail.
 */
export async function submitResponse(
	deps: { db: Database; mailer: Mailer; origin: string },
	actor: Actor,
	responseId: number
): Promise<SubmitResult> {
	const { db } = deps;
	const outcome = await db.transaction(async (tx) => {
		await tx.select({ id: responses.id }).from(responses).where(eq(responses.id, responseId)).for('update');
		const context = await responseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'forbidden' } as const;
		const rows = await tx.select().from(answers).where(eq(answers.responseId, responseId));
		const values = Object.fromEntries(rows.map((row) => [row.itemId, row.value]));
		const missing = missingRequired(context.definition, values, {
			cycleStartYear: context.cycleStartYear,
			cycleEndYear: context.cycleEndYear
		});
		if (missing.length > 0) return { ok: false, reason: 'missing', missing } as const;
		await tx
			.update(responses)
			.set({ state: 'submitted', submittedAt: new Date(), submittedBy: actor.id, updatedAt: new Date() })
			.where(eq(responses.id, responseId));
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.submitted',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state: 'submitted' }
		});
		return { ok: true, cityId: context.cityId, cycleSlug: context.cycleSlug } as const;
	});
	if (!outcome.ok) return outcome;

	// Told after the commit: a mail problem must never undo a submission.
	const [city] = await db.select({ name: cities.name }).from(cities).where(eq(cities.id, outcome.cityId));
	const staff = await db
		.select({ email: user.email, locale: user.locale })
		.from(user)
		.where(eq(user.role, 'secretariat'));
	for (const person of staff) {
		const t = translator(person.locale === 'fr' || person.locale === 'de' ? person.locale : 'en');
		await deps.mailer.send({
			to: person.email,
			subject: t('mail.submittedSubject', { city: city?.name ?? '' }),
			text: t('mail.submittedBody', {
				city: city?.name ?? '',
				url: `${deps.origin}/admin`
			})
		});
	}
	return { ok: true };
}
