import { json } from '@sveltejs/kit';
import { databaseAnswers } from '$lib/server/reads/database-health';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: answers only when the database answers too. */
export const GET: RequestHandler = async ({ locals }) => {
	if (await databaseAnswers(locals.app.db)) return json({ status: 'ok', database: locals.app.driver });
	return json({ status: 'error', database: locals.app.driver }, { status: 503 });
};
