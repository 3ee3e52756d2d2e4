import { eq, inArray } from 'drizzle-orm';
import { charterQuestionnaire2026WithUkraine } from '$lib/domain/questionnaire/charter-questionnaire';
import { requiredTally } from '$lib/domain/questionnaire/validate';
import type { Database } from '../db';
import { answerHistory, answers, cities, cycles, responses } from '../db/schema';
import { demoModuleAnswers, demoModuleResponse, helsinkiCoreAnswers } from './demo-module-answers';

export const moduleDemoSlug = '2024-2026-ukraine';
const DAY = 24 * 60 * 60 * 1000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The demo cycle that asks the topical module on receiving people who fled the war in Ukraine
 * (charter-2026.2). Open, with dates that follow the day the demo is loaded, like the other open demo cycle;
 * not published, so nothing of it is public. Six cities have submitted made-up answers, so the analysis and a
 * report part have something to show; Helsinki has its core answers given and the module left to answer.
 */
const moduleDemoCycle = (loadedOn: Date) => ({
	slug: moduleDemoSlug,
	name: 'Reporting period 2024–2026 with the Ukraine module (demo)',
	periodStart: '2024-07-01',
	periodEnd: '2026-06-30',
	status: 'open' as const,
	opensOn: isoDay(new Date(loadedOn.getTime() - 30 * DAY)),
	deadline: isoDay(new Date(loadedOn.getTime() + 120 * DAY)),
	note:
		'A demonstration cycle with the topical module on receiving people who fled the war in Ukraine; it is not a real Eurocities cycle. ' +
		'Illustrative ratings: the cities’ answers here, module answers included, were made up for the demo.',
	cityAnswersPublic: true,
	ratingsIllustrative: true,
	questionnaireVersion: charterQuestionnaire2026WithUkraine.version,
	questionnaire: charterQuestionnaire2026WithUkraine
});

/**
 * Loads the module cycle, its responses and their answers. Idempotent: a cycle or response that exists is left
 * as it is, and answers are written only for responses this run added.
 */
export async function seedModuleCycle(db: Database, loadedOn = new Date()): Promise<void> {
	await db.insert(cycles).values(moduleDemoCycle(loadedOn)).onConflictDoNothing({ target: cycles.slug });
	const [cycle] = await db
		.select({ id: cycles.id, status: cycles.status })
		.from(cycles)
		.where(eq(cycles.slug, moduleDemoSlug));
	if (!cycle) return;
	const slugs = ['helsinki', ...Object.keys(demoModuleAnswers)];
	const cityRows = await db
		.select({ id: cities.id, slug: cities.slug })
		.from(cities)
		.where(inArray(cities.slug, slugs));
	const invitedAt = new Date(loadedOn.getTime() - 30 * DAY);
	const submittedAt = new Date(loadedOn.getTime() - 5 * DAY);
	const context = { cycleStartYear: 2024, cycleEndYear: 2026 };

	for (const city of cityRows) {
		const given =
			city.slug === 'helsinki'
				? helsinkiCoreAnswers
				: demoModuleResponse(city.slug, demoModuleAnswers[city.slug]!);
		const tally = requiredTally(charterQuestionnaire2026WithUkraine, given, context);
		const submitted = city.slug !== 'helsinki';
		const [added] = await db
			.insert(responses)
			.values({
				cycleId: cycle.id,
				cityId: city.id,
				state: submitted ? 'submitted' : 'in_progress',
				invitedAt,
				submittedAt: submitted ? submittedAt : null,
				lastActivityAt: submitted ? submittedAt : invitedAt,
				requiredDone: tally.done,
				requiredTotal: tally.required
			})
			.onConflictDoNothing()
			.returning({ id: responses.id });
		if (!added) continue;
		const rows = Object.entries(given).map(([itemId, value]) => ({
			responseId: added.id,
			itemId,
			value,
			revision: 1
		}));
		await db.insert(answers).values(rows).onConflictDoNothing();
		await db.insert(answerHistory).values(rows.map((row) => ({ ...row, source: 'import' as const })));
	}
}
