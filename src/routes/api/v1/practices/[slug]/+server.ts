import { apiError, apiJson } from '$lib/server/api/respond';
import { publishedPractice } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** One published practice; drafts and merged duplicates answer 404. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const found = await publishedPractice(locals.app.db, params.slug);
	if (!found) return apiError(404, `No published practice "${params.slug}"`);
	const { practice, city, sameCity, related } = found;
	const link = (other: { slug: string; title: string }) => ({
		slug: other.slug,
		title: other.title,
		url: `${url.origin}/api/v1/practices/${other.slug}`
	});
	return apiJson({
		slug: practice.slug,
		title: practice.title,
		summary: practice.summary,
		language: practice.language,
		city,
		years: { start: practice.startYear, end: practice.endYear, ongoing: practice.ongoing },
		commitments: practice.commitments,
		trends: practice.trends,
		themes: practice.themes,
		targetGroups: practice.targetGroups,
		funding: practice.funding,
		links: practice.links,
		source: practice.source,
		sameCity: sameCity.map(link),
		related: related.map(link)
	});
};
