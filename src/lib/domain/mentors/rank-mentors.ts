import { z } from 'zod';
import type { Rating } from '../questionnaire/values';

/** One city's self-assessment on a single commitment, with what others could learn from it. */
export interface CityRating {
	cityId: number;
	cityName: string;
	countryCode: string;
	population: number | null;
	rating: Rating;
	evidence: string;
	/** Published practices of that city on this commitment. */
	publishedPractices: number;
}

/** Why a mentor was suggested: practices (count), evidence (word count), same_country (code), similar_size (ratio). */
export interface MentorReason {
	kind: 'practices' | 'evidence' | 'same_country' | 'similar_size';
	detail: number | string;
}

export interface MentorSuggestion {
	cityId: number;
	cityName: string;
	score: number;
	reasons: MentorReason[];
}

export interface MenteeSuggestions {
	cityId: number;
	cityName: string;
	rating: 'partly' | 'not_at_all';
	mentors: MentorSuggestion[];
}

const practiceWeight = 3;
const practiceCap = 5;
const sameCountryBonus = 2;
const similarSizeBonus = 1;
const maxSizeRatio = 2;
const defaultMaxMentors = 3;

function compareNames(
	a: { cityName: string; cityId: number },
	b: { cityName: string; cityId: number }
): number {
	return a.cityName.localeCompare(b.cityName, 'en') || a.cityId - b.cityId;
}

function practicesOf(city: CityRating): number {
	const count = city.publishedPractices;
	return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

function wordCount(text: string): number {
	const trimmed = text.trim();
	return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function evidenceStrength(words: number): number {
	if (words >= 80) return 2;
	if (words >= 20) return 1;
	return 0;
}

/** larger / smaller when both populations are known and positive, else null. */
function sizeRatio(a: number | null, b: number | null): number | null {
	if (a === null || b === null || !(a > 0) || !(b > 0)) return null;
	return Math.max(a, b) / Math.min(a, b);
}

function scoreMentor(mentee: CityRating, mentor: CityRating): MentorSuggestion & { practices: number } {
	const reasons: MentorReason[] = [];
	let total = 0;
	const practices = practicesOf(mentor);
	if (practices > 0) {
		total += practiceWeight * Math.min(practices, practiceCap);
		reasons.push({ kind: 'practices', detail: practices });
	}
	const words = wordCount(mentor.evidence);
	const strength = evidenceStrength(words);
	if (strength > 0) {
		total += strength;
		reasons.push({ kind: 'evidence', detail: words });
	}
	if (mentor.countryCode !== '' && mentor.countryCode.toUpperCase() === mentee.countryCode.toUpperCase()) {
		total += sameCountryBonus;
		reasons.push({ kind: 'same_country', detail: mentor.countryCode.toUpperCase() });
	}
	const ratio = sizeRatio(mentee.population, mentor.population);
	if (ratio !== null && ratio <= maxSizeRatio) {
		total += similarSizeBonus;
		reasons.push({ kind: 'similar_size', detail: Math.round(ratio * 10) / 10 });
	}
	return { cityId: mentor.cityId, cityName: mentor.cityName, score: total, reasons, practices };
}

function isMentee(city: CityRating): city is CityRating & { rating: 'partly' | 'not_at_all' } {
	return city.rating === 'partly' || city.rating === 'not_at_all';
}

/**
 * For one commitment: for each city rating it partly or not at all, the best cities rating it fully
 * (those with evidence or practices to learn from). Mentees come not_at_all first, then by name.
 */
export function suggestMentors(
	ratings: CityRating[],
	options: { maxMentors?: number } = {}
): MenteeSuggestions[] {
	const requested = options.maxMentors ?? defaultMaxMentors;
	const maxMentors = Number.isFinite(requested) ? Math.max(0, Math.floor(requested)) : defaultMaxMentors;
	const mentors = ratings.filter(
		(city) => city.rating === 'fully' && (city.evidence.trim() !== '' || practicesOf(city) > 0)
	);
	const mentees = ratings
		.filter(isMentee)
		.sort(
			(a, b) => Number(b.rating === 'not_at_all') - Number(a.rating === 'not_at_all') || compareNames(a, b)
		);

	return mentees.map((mentee) => ({
		cityId: mentee.cityId,
		cityName: mentee.cityName,
		rating: mentee.rating,
		mentors: mentors
			.filter((mentor) => mentor.cityId !== mentee.cityId)
			.map((mentor) => scoreMentor(mentee, mentor))
			.sort((a, b) => b.score - a.score || b.practices - a.practices || compareNames(a, b))
			.slice(0, maxMentors)
			.map(({ cityId, cityName, score, reasons }) => ({ cityId, cityName, score, reasons }))
	}));
}

/** The mentors page's choice of cycle and commitment, from the address: anything unreadable is no choice. */
export const mentorChoiceSchema = z.object({
	cycle: z.coerce.number().int().positive().nullable().catch(null),
	commitment: z.coerce.number().int().min(1).max(11).nullable().catch(null)
});
