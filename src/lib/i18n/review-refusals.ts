import { m } from '$lib/paraglide/messages.js';

/** Why accepting or returning a response was refused, in words: the review page and the bulk accept say it. */
export const reviewRefusals = {
	forbidden: m.review_refused_forbidden,
	no_queries: m.review_refused_no_queries,
	not_found: m.review_refused_not_found,
	not_submitted: m.review_refused_not_submitted,
	open_queries: m.review_refused_open_queries,
	unsent_queries: m.review_refused_unsent_queries
};
