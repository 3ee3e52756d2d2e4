import { inArray } from 'drizzle-orm';
import { seedPractices as practiceSeed } from '$lib/domain/practices/seed-practices';
import type { Database } from '../db';
import { cities, practices } from '../db/schema';

/**
 * Loads the good practices named in the Integrating Cities Reports, published. Idempotent: a practice whose
 * slug is already there is left as it is, so the secretariat's edits survive a restart. A practice whose
 * city is missing is skipped (the domain test keeps the seed's cities within the demo cities).
 * Returns how many practices were added.
 */
export async function seedPractices(db: Database): Promise<number> {
	const slugs = [...new Set(practiceSeed.map((practice) => practice.city))];
	const cityIds = new Map(
		(
			await db.select({ id: cities.id, slug: cities.slug }).from(cities).where(inArray(cities.slug, slugs))
		).map((row) => [row.slug, row.id])
	);
	const values = practiceSeed.flatMap(({ city, ...practice }) => {
		const cityId = cityIds.get(city);
		return cityId ? [{ ...practice, cityId, status: 'published' as const }] : [];
	});
	if (values.length === 0) return 0;
	const added = await db
		.insert(practices)
		.values(values)
		.onConflictDoNothing({ target: practices.slug })
		.returning({ id: practices.id });
	return added.length;
}
