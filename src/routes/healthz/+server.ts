import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: answers only when the database answers too. */
export const GET: RequestHandler = async ({ locals }) => {
	try {
		await locals.app.db.execute(sql`select 1`);
		return json({ status: 'ok', database: locals.app.driver });
	} catch {
		return json({ status: 'error', database: locals.app.driver }, { status: 503 });
	}
};
