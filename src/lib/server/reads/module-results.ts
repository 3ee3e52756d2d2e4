import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { moduleItemIds, moduleResults, type ModuleResult } from '$lib/domain/analysis';
import type { Locale } from '$lib/domain/locale';
import { questionnaireSchema } from '$lib/domain/questionnaire/definition';
import type { Database } from '../db';
import { answers, cities, cycles, responses } from '../db/schema';
import { countedStates } from './cycle-results';

/**
 * The topical modules of a cycle's questionnaire snapshot with their answers summarised, over the responses
 * that count in its results (submitted and accepted, as for the ratings). Only the module items' answers are
 * read. Not filtered for the public: the report and the public module apply `disclosedModuleResults`.
 * An empty list when the cycle's questionnaire has no module. `citySlugs` keeps only those cities.
 */
export async function cycleModuleResults(
	db: Database,
	cycleId: number,
	locale: Locale,
	{ citySlugs }: { citySlugs?: ReadonlySet<string> } = {}
): Promise<ModuleResult[]> {
	const [cycle] = await db
		.select({ questionnaire: cycles.questionnaire })
		.from(cycles)
		.where(eq(cycles.id, cycleId));
	const parsed = questionnaireSchema.safeParse(cycle?.questionnaire);
	if (!parsed.success || !parsed.data.modules?.length) return [];
	const definition = parsed.data;
	const itemIds = moduleItemIds(definition);
	const rows = itemIds.length
		? await db
				.select({
					citySlug: cities.slug,
					cityName: cities.name,
					answers: sql<
						Record<string, unknown>
					>`(select coalesce(jsonb_object_agg(a.item_id, a.value), '{}'::jsonb)
						from ${answers} a where a.response_id = ${responses.id}
						and a.item_id in (${sql.join(
							itemIds.map((id) => sql`${id}`),
							sql`, `
						)}))`
				})
				.from(responses)
				.innerJoin(cities, eq(cities.id, responses.cityId))
				.where(and(eq(responses.cycleId, cycleId), inArray(responses.state, [...countedStates])))
				.orderBy(asc(cities.name), asc(cities.id))
		: [];
	// The analysis's filters narrow the cities by facts the rows here do not carry: the page passes the slugs.
	const kept = citySlugs ? rows.filter((row) => citySlugs.has(row.citySlug)) : rows;
	return moduleResults(definition, kept, locale);
}

/** Whether the cycle's questionnaire snapshot declares a topical module (the report builder offers its part). */
export async function cycleHasModules(db: Database, cycleId: number): Promise<boolean> {
	const [row] = await db
		.select({
			has: sql<boolean>`coalesce(jsonb_array_length(${cycles.questionnaire}->'modules') > 0, false)`
		})
		.from(cycles)
		.where(eq(cycles.id, cycleId));
	return row?.has ?? false;
}
