import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cycles } from '../db/schema';

/** The columns that name a cycle and its period, which every page about one cycle shows. */
export const cycleNameColumns = {
	id: cycles.id,
	slug: cycles.slug,
	name: cycles.name,
	status: cycles.status,
	periodStart: cycles.periodStart,
	periodEnd: cycles.periodEnd
};

/** One cycle's settings and state (without the questionnaire snapshot, which pages here do not need). */
export async function cycleBySlug(db: Pick<Database, 'select'>, slug: string) {
	const [cycle] = await db
		.select({
			...cycleNameColumns,
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
