import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cycles } from '../db/schema';

/** One cycle's settings and state (without the questionnaire snapshot, which pages here do not need). */
export async function cycleBySlug(db: Pick<Database, 'select'>, slug: string) {
	const [cycle] = await db
		.select({
			id: cycles.id,
			slug: cycles.slug,
			name: cycles.name,
			status: cycles.status,
			periodStart: cycles.periodStart,
			periodEnd: cycles.periodEnd,
			questionnaireVersion: cycles.questionnaireVersion,
			opensOn: cycles.opensOn,
			deadline: cycles.deadline,
			cityAnswersPublic: cycles.cityAnswersPublic,
			note: cycles.note
		})
		.from(cycles)
		.where(eq(cycles.slug, slug));
	return cycle ?? null;
}

export type CycleSummary = NonNullable<Awaited<ReturnType<typeof cycleBySlug>>>;
