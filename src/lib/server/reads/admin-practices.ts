import { and, asc, count, desc, eq, ilike, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db';
import { cities, cycles, practices, responses } from '../db/schema';

// ---------------------------------------------------------------------------------------------------------
// The secretariat's list of every practice, drafts and merged ones included.

export const adminStatuses = ['all', 'draft', 'published', 'merged'] as const;
export type AdminStatus = (typeof adminStatuses)[number];

export const adminPracticeFilterSchema = z.object({
	status: z.enum(adminStatuses).catch('all'),
	city: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.max(80)
		.or(z.literal(''))
		.catch(''),
	q: z.string().trim().max(200).catch(''),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
export type AdminPracticeFilter = z.infer<typeof adminPracticeFilterSchema>;

export function parseAdminPracticeFilter(params: URLSearchParams): AdminPracticeFilter {
	return adminPracticeFilterSchema.parse({
		status: params.get('status') ?? 'all',
		city: params.get('city') ?? '',
		q: params.get('q') ?? '',
		page: params.get('page') ?? 1
	});
}

export const adminPageSize = 50;

/** Drafts, published and merged practices, newest change first; the text filter looks in title and summary. */
export async function listAdminPractices(db: Database, filter: AdminPracticeFilter) {
	const where: SQL[] = [];
	if (filter.status === 'draft') where.push(eq(practices.status, 'draft'), isNull(practices.mergedIntoId));
	if (filter.status === 'published') where.push(eq(practices.status, 'published'));
	if (filter.status === 'merged') where.push(isNotNull(practices.mergedIntoId));
	if (filter.city) where.push(eq(cities.slug, filter.city));
	if (filter.q) {
		const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
		where.push(or(ilike(practices.title, pattern), ilike(practices.summary, pattern)) as SQL);
	}
	const condition = where.length ? and(...where) : undefined;
	const [{ total } = { total: 0 }] = await db
		.select({ total: count() })
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(condition);
	const pages = Math.max(1, Math.ceil(total / adminPageSize));
	const page = Math.min(filter.page, pages);
	const rows = await db
		.select({
			id: practices.id,
			slug: practices.slug,
			title: practices.title,
			language: practices.language,
			status: practices.status,
			mergedIntoId: practices.mergedIntoId,
			source: practices.source,
			promoted: sql<boolean>`${practices.sourceResponseId} is not null`,
			updatedAt: practices.updatedAt,
			city: cities.name
		})
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(condition)
		.orderBy(desc(practices.updatedAt), asc(practices.id))
		.limit(adminPageSize)
		.offset((page - 1) * adminPageSize);
	return {
		rows: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
		total,
		page,
		pages
	};
}

export async function cityFilterChoices(db: Database) {
	return db
		.select({ id: cities.id, slug: cities.slug, name: cities.name })
		.from(cities)
		.orderBy(asc(cities.name));
}

// ---------------------------------------------------------------------------------------------------------
// One practice, as the secretariat edits it.

export async function adminPractice(db: Database, id: number) {
	const [found] = await db
		.select({ practice: practices, city: { slug: cities.slug, name: cities.name } })
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(eq(practices.id, id));
	if (!found) return null;
	const { search: _search, ...practice } = found.practice;

	const [promotedFrom] = practice.sourceResponseId
		? await db
				.select({ city: cities.name, cycle: cycles.name, cycleSlug: cycles.slug })
				.from(responses)
				.innerJoin(cities, eq(cities.id, responses.cityId))
				.innerJoin(cycles, eq(cycles.id, responses.cycleId))
				.where(eq(responses.id, practice.sourceResponseId))
		: [];
	const [mergedInto] = practice.mergedIntoId
		? await db
				.select({ id: practices.id, title: practices.title, slug: practices.slug })
				.from(practices)
				.where(eq(practices.id, practice.mergedIntoId))
		: [];
	const mergedFrom = await db
		.select({ id: practices.id, title: practices.title })
		.from(practices)
		.where(eq(practices.mergedIntoId, practice.id))
		.orderBy(asc(practices.title));
	return {
		practice: {
			...practice,
			createdAt: practice.createdAt.toISOString(),
			updatedAt: practice.updatedAt.toISOString()
		},
		city: found.city,
		promotedFrom: promotedFrom ?? null,
		mergedInto: mergedInto ?? null,
		mergedFrom
	};
}

const MAX_MERGE_CHOICES = 2000;

/**
 * Practices a duplicate can be merged into: not merged themselves, the same city's first (where duplicates
 * usually are), then the others by city and title.
 */
export async function mergeChoices(db: Database, practice: { id: number; cityId: number }) {
	const rows = await db
		.select({ id: practices.id, title: practices.title, city: cities.name, cityId: practices.cityId })
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(and(ne(practices.id, practice.id), isNull(practices.mergedIntoId)))
		.orderBy(asc(cities.name), asc(practices.title))
		.limit(MAX_MERGE_CHOICES);
	return {
		sameCity: rows.filter((row) => row.cityId === practice.cityId),
		otherCities: rows.filter((row) => row.cityId !== practice.cityId)
	};
}
