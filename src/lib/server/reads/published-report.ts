import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import { isPublishedCycle } from '../public/published-cycles';

/**
 * The few facts an export of a published report needs before building anything: whether the cycle is
 * published (null otherwise, as if it did not exist) and when, which tells a cached file is still current.
 */
export async function publishedReport(db: Database, slug: string) {
	const [cycle] = await db
		.select({ slug: cycles.slug, name: cycles.name, publishedAt: cycles.publishedAt })
		.from(cycles)
		.where(and(eq(cycles.slug, slug), isPublishedCycle()));
	return cycle ?? null;
}
