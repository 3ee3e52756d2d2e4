import { and, eq } from 'drizzle-orm';
import { extensionProblem } from '$lib/domain/cycle-forms';
import { todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { extensionMail, respondUrl } from '../cycle-mails';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import type { Mailer } from '../mail';
import { coordinatorsOf } from '../reads/cycle-coordinators';

export interface ExtensionInput {
	cityId: number;
	/** The city's new deadline, YYYY-MM-DD, after the cycle's deadline. */
	extendedTo: string;
	message: string | null;
}

export type GrantExtensionResult =
	| { ok: true; city: string; mailsSent: number }
	| { ok: false; reason: 'forbidden' | 'not_found' | 'not_open' | 'not_invited' }
	| { ok: false; reason: 'invalid_date'; message: NonNullable<ReturnType<typeof extensionProblem>> };

/**
 * Gives one city its own deadline (granting again replaces it). A city whose deadline had passed can edit
 * again at once: the editing rules read the extension. Its coordinators are told the new date.
 */
export async function grantExtension(
	deps: { db: Database; mailer: Mailer; origin: string },
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	input: ExtensionInput,
	now: Date = new Date()
): Promise<GrantExtensionResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	const outcome = await deps.db.transaction(async (tx) => {
		const [cycle] = await tx.select().from(cycles).where(eq(cycles.id, cycleId)).for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (cycle.status !== 'open') return { ok: false, reason: 'not_open' } as const;
		const problem = extensionProblem(input.extendedTo, {
			deadline: cycle.deadline,
			today: todayForDeadlines(now)
		});
		if (problem) return { ok: false, reason: 'invalid_date', message: problem } as const;
		const [response] = await tx
			.select({ id: responses.id, extendedTo: responses.extendedTo, city: cities.name })
			.from(responses)
			.innerJoin(cities, eq(cities.id, responses.cityId))
			.where(and(eq(responses.cycleId, cycleId), eq(responses.cityId, input.cityId)))
			.for('update', { of: responses });
		if (!response) return { ok: false, reason: 'not_invited' } as const;
		await tx
			.update(responses)
			.set({ extendedTo: input.extendedTo, updatedAt: now })
			.where(eq(responses.id, response.id));
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.extended',
			subjectType: 'response',
			subjectId: response.id,
			before: { extendedTo: response.extendedTo },
			after: { extendedTo: input.extendedTo, message: input.message }
		});
		return { ok: true, cycle, city: response.city } as const;
	});
	if (!outcome.ok) return outcome;

	const coordinators = (await coordinatorsOf(deps.db, [input.cityId])).get(input.cityId) ?? [];
	for (const person of coordinators) {
		const mail = extensionMail(person.locale, {
			city: outcome.city,
			cycle: outcome.cycle.name,
			deadline: input.extendedTo,
			message: input.message,
			url: respondUrl(deps.origin, outcome.cycle.slug)
		});
		await deps.mailer.send({ to: person.email, ...mail });
	}
	return { ok: true, city: outcome.city, mailsSent: coordinators.length };
}
