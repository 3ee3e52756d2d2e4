import { eq } from 'drizzle-orm';
import type { CityInput } from '$lib/domain/city';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cities } from '../db/schema';

/** Saves the secretariat's edit of a city, with the values before and after in the audit trail. */
export async function updateCity(db: Database, actorId: string, slug: string, input: CityInput) {
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(cities).where(eq(cities.slug, slug));
		if (!before) return { ok: false as const, error: 'not_found' as const };
		const signingChanged = before.signedOn !== input.signedOn;
		const [after] = await tx
			.update(cities)
			.set({
				...input,
				// A date typed by the secretariat is a known day; a removed date removes its precision too.
				...(signingChanged ? { signedOnPrecision: input.signedOn ? 'day' : null } : {}),
				updatedAt: new Date()
			})
			.where(eq(cities.id, before.id))
			.returning();
		await writeAudit(tx, {
			actorId,
			action: 'city.updated',
			subjectType: 'city',
			subjectId: before.id,
			before: pick(before),
			after: after ? pick(after) : null
		});
		return { ok: true as const };
	});
}

function pick(city: typeof cities.$inferSelect) {
	const { name, countryCode, population, signedOn, signedOnPrecision, latitude, longitude } = city;
	return { name, countryCode, population, signedOn, signedOnPrecision, latitude, longitude };
}
