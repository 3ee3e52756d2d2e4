import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cities } from '../db/schema';

export type CityRecord = typeof cities.$inferSelect;

/** One city by the slug in its address; null when there is none. */
export async function cityBySlug(db: Database, slug: string): Promise<CityRecord | null> {
	const [city] = await db.select().from(cities).where(eq(cities.slug, slug));
	return city ?? null;
}

/** One city by its id (a person's own city, an invitation's city); null when there is none. */
export async function cityById(db: Database, id: number): Promise<CityRecord | null> {
	const [city] = await db.select().from(cities).where(eq(cities.id, id));
	return city ?? null;
}
