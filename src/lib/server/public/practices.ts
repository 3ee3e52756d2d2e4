import type { Database } from '../db';
import {
	practiceBySlug,
	searchPractices,
	type PracticeQuery,
	type PracticeResults
} from '../reads/search-practices';

/**
 * The good-practice library as the public sees it: published practices only, never a draft and never a
 * duplicate merged into another. No caller chooses: the flag of the underlying read is fixed here.
 */
export function searchPublishedPractices(
	db: Database,
	query: PracticeQuery,
	/** `offset` (the open data API) replaces `query.page`: the list starts at that row, whatever the page size. */
	paging: { pageSize?: number; offset?: number } = {}
): Promise<PracticeResults> {
	return searchPractices(db, query, { ...paging, publicOnly: true });
}

/** One published practice with its links; null for a draft, a merged duplicate or an unknown slug. */
export function publishedPractice(db: Database, slug: string) {
	return practiceBySlug(db, slug, { publicOnly: true });
}
