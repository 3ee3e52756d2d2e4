import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { suggestMentors, type CityRating, type MentorReason } from '$lib/domain/mentors/rank-mentors';
import { ratings, type Rating } from '$lib/domain/questionnaire/values';
import type { Database } from '../db';
import { answers, cities, cycles, practices, responses } from '../db/schema';

/**
 * Who may be learnt from. The secretariat reads every handed-in response (submitted or accepted). A city's
 * people see other cities only as mentors whose response the secretariat has accepted, and only by the
 * facts that are public anyway (name, country, size, published practices) plus "rated this fully"; the
 * other city's evidence text never reaches them (see peerLearningFor).
 */
const handedIn = ['submitted', 'accepted'] as const;

const ratingItem = (commitment: number) => `c${commitment}-rating`;
const commitmentOf = (itemId: string) => Number(itemId.match(/^c(\d{1,2})-rating$/)?.[1] ?? NaN);

function ratingValue(value: unknown): { rating: Rating; evidence: string } | null {
	if (!value || typeof value !== 'object') return null;
	const { rating, evidence } = value as { rating?: unknown; evidence?: unknown };
	if (!(ratings as readonly unknown[]).includes(rating)) return null;
	return { rating: rating as Rating, evidence: typeof evidence === 'string' ? evidence : '' };
}

/** Cycles with at least one handed-in rating, the latest first: the choices of the secretariat's page. */
export async function mentorCycles(db: Database) {
	return db
		.selectDistinct({ id: cycles.id, name: cycles.name, periodEnd: cycles.periodEnd })
		.from(cycles)
		.innerJoin(responses, eq(responses.cycleId, cycles.id))
		.innerJoin(answers, eq(answers.responseId, responses.id))
		.where(and(inArray(responses.state, [...handedIn]), like(answers.itemId, 'c%-rating')))
		.orderBy(desc(cycles.periodEnd), desc(cycles.id));
}

interface RatingRow extends Omit<CityRating, 'publishedPractices'> {
	citySlug: string;
	commitment: number;
}

/** One query: the ratings of a cycle's responses in the given states, for the given commitments. */
async function cycleRatings(
	db: Database,
	cycleId: number,
	commitments: number[],
	states: readonly ('submitted' | 'accepted')[]
): Promise<RatingRow[]> {
	const rows = await db
		.select({
			cityId: cities.id,
			cityName: cities.name,
			citySlug: cities.slug,
			countryCode: cities.countryCode,
			population: cities.population,
			itemId: answers.itemId,
			value: answers.value
		})
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(
			and(
				eq(responses.cycleId, cycleId),
				inArray(responses.state, [...states]),
				inArray(answers.itemId, commitments.map(ratingItem))
			)
		);
	return rows.flatMap(({ itemId, value, ...city }) => {
		const parsed = ratingValue(value);
		return parsed ? [{ ...city, ...parsed, commitment: commitmentOf(itemId) }] : [];
	});
}

/** One query: published practices per city and commitment, for the given commitments. */
async function publishedPracticeCounts(db: Database, commitments: number[]) {
	const rows = (await db.execute(sql`
		select ${practices.cityId} as city_id, c as commitment, count(*)::int as count
		from ${practices}, unnest(${practices.commitments}) c
		where ${practices.status} = 'published'
			and c = any(array[${sql.join(
				commitments.map((n) => sql`${n}::int`),
				sql`, `
			)}]::int[])
		group by ${practices.cityId}, c`)) as unknown as {
		rows: { city_id: number; commitment: number; count: number }[];
	};
	const counts = new Map<string, number>();
	for (const row of rows.rows) counts.set(`${row.city_id}:${row.commitment}`, Number(row.count));
	return (cityId: number, commitment: number) => counts.get(`${cityId}:${commitment}`) ?? 0;
}

export interface ShownMentor {
	cityId: number;
	cityName: string;
	citySlug: string;
	publishedPractices: number;
	reasons: MentorReason[];
}

export interface ShownMentee {
	cityId: number;
	cityName: string;
	citySlug: string;
	rating: 'partly' | 'not_at_all';
	mentors: ShownMentor[];
}

function withSlugs(rows: RatingRow[]) {
	const slugs = new Map(rows.map((row) => [row.cityId, row.citySlug]));
	return (cityId: number) => slugs.get(cityId) ?? '';
}

/** The secretariat's view: every city of the cycle that rated the commitment partly or not at all. */
export async function mentorSuggestions(
	db: Database,
	cycleId: number,
	commitment: number
): Promise<ShownMentee[]> {
	const rows = await cycleRatings(db, cycleId, [commitment], handedIn);
	const count = await publishedPracticeCounts(db, [commitment]);
	const slug = withSlugs(rows);
	return suggestMentors(
		rows.map((row) => ({ ...row, publishedPractices: count(row.cityId, commitment) }))
	).map((mentee) => ({
		...mentee,
		citySlug: slug(mentee.cityId),
		mentors: mentee.mentors.map((mentor) => ({
			cityId: mentor.cityId,
			cityName: mentor.cityName,
			citySlug: slug(mentor.cityId),
			publishedPractices: count(mentor.cityId, commitment),
			reasons: mentor.reasons
		}))
	}));
}

export interface CityGap {
	commitment: number;
	rating: 'partly' | 'not_at_all';
	mentors: ShownMentor[];
}

const allCommitments = Array.from({ length: 11 }, (_, i) => i + 1);

/**
 * A city's own view: the commitments it rated partly or not at all in the latest cycle in which it handed
 * in ratings, each with mentor cities from that cycle whose responses the secretariat accepted. The evidence
 * reason is left out: the number of words another city wrote is a fact about its unpublished answer.
 */
export async function peerLearningFor(db: Database, cityId: number) {
	const [latest] = await db
		.selectDistinct({ id: cycles.id, name: cycles.name, periodEnd: cycles.periodEnd })
		.from(cycles)
		.innerJoin(responses, eq(responses.cycleId, cycles.id))
		.innerJoin(answers, eq(answers.responseId, responses.id))
		.where(
			and(
				eq(responses.cityId, cityId),
				inArray(responses.state, [...handedIn]),
				like(answers.itemId, 'c%-rating')
			)
		)
		.orderBy(desc(cycles.periodEnd), desc(cycles.id))
		.limit(1);
	if (!latest) return { cycle: null, gaps: [] as CityGap[] };

	const own = (await cycleRatings(db, latest.id, allCommitments, handedIn)).filter(
		(row) => row.cityId === cityId
	);
	const gapCommitments = own
		.filter((row) => row.rating !== 'fully')
		.map((row) => row.commitment)
		.sort((a, b) => a - b);
	if (gapCommitments.length === 0) return { cycle: latest, gaps: [] as CityGap[] };

	const others = (await cycleRatings(db, latest.id, gapCommitments, ['accepted'])).filter(
		(row) => row.cityId !== cityId
	);
	const count = await publishedPracticeCounts(db, gapCommitments);
	const slug = withSlugs(others);
	const gaps = gapCommitments.flatMap((commitment): CityGap[] => {
		const rows = [...own, ...others].filter((row) => row.commitment === commitment);
		const mine = suggestMentors(
			rows.map((row) => ({ ...row, publishedPractices: count(row.cityId, commitment) }))
		).find((mentee) => mentee.cityId === cityId);
		if (!mine) return [];
		return [
			{
				commitment,
				rating: mine.rating,
				mentors: mine.mentors.map((mentor) => ({
					cityId: mentor.cityId,
					cityName: mentor.cityName,
					citySlug: slug(mentor.cityId),
					publishedPractices: count(mentor.cityId, commitment),
					reasons: mentor.reasons.filter((reason) => reason.kind !== 'evidence')
				}))
			}
		];
	});
	return { cycle: latest, gaps };
}
