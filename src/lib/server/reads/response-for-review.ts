import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, responses, user } from '../db/schema';
import { responseForCity, type ResponseView } from './response-for-city';
import { reviewThreadsOf, type ReviewThread } from './review-threads';

export interface ReviewView extends ResponseView {
	city: { id: number; slug: string; name: string };
	submittedByName: string | null;
	/** Every thread, the secretariat's unsent drafts included. */
	threads: ReviewThread[];
}

/**
 * A city's response to a cycle as the secretariat reviews it: the answers, the previous cycle's answers, who
 * submitted it, and every review thread. Callers check the reader is the secretariat.
 */
export async function responseForReview(
	db: Database,
	cycleSlug: string,
	citySlug: string
): Promise<ReviewView | null> {
	const [city] = await db
		.select({ id: cities.id, slug: cities.slug, name: cities.name })
		.from(cities)
		.where(eq(cities.slug, citySlug));
	if (!city) return null;
	const view = await responseForCity(db, cycleSlug, city.id);
	if (!view) return null;
	const [submitter] = await db
		.select({ name: user.name })
		.from(responses)
		.innerJoin(user, eq(user.id, responses.submittedBy))
		.where(eq(responses.id, view.context.id));
	return {
		...view,
		city,
		submittedByName: submitter?.name ?? null,
		threads: await reviewThreadsOf(db, view.context.id, { for: 'secretariat' })
	};
}
