import { parseAuditFilter } from '$lib/domain/audit-filters';
import { requireSecretariat } from '$lib/server/guards';
import { auditChoices, auditEntries } from '$lib/server/reads/audit-entries';
import type { PageServerLoad } from './$types';

/** The audit log, read-only: this route has no actions, and the database refuses changes to it anyway. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	const filter = parseAuditFilter(url.searchParams);
	const [page, choices] = await Promise.all([
		auditEntries(locals.app.db, filter),
		auditChoices(locals.app.db)
	]);
	return { filter, page, choices };
};
