import { z } from 'zod';

/** Entries per page of the audit log: enough to scan a day's work, few enough to stay quick to read. */
export const auditPageSize = 50;

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	// A real calendar day: 2026-02-30 would make the database refuse the whole query.
	.refine((value) => {
		const day = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
	})
	.or(z.literal(''))
	.catch('');

const shortText = z.string().trim().max(200).catch('');

/**
 * What the secretariat can narrow the audit log to; the URL holds it, so a filtered view is a link that can be
 * sent to a colleague. Anything malformed in the URL means "no filter" rather than an error page.
 */
export const auditFilterSchema = z.object({
	action: shortText,
	/** An actor's user id, or "system" for entries written without a person (e.g. demo data loading). */
	actor: shortText,
	subjectType: shortText,
	subjectId: shortText,
	/** Calendar days where the secretariat works, both included. */
	from: isoDate,
	to: isoDate,
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1)
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const systemActor = 'system';

const filterKeys = ['action', 'actor', 'subjectType', 'subjectId', 'from', 'to'] as const;

export function parseAuditFilter(params: URLSearchParams): AuditFilter {
	return auditFilterSchema.parse({
		...Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])),
		page: params.get('page') ?? '1'
	});
}

export function isAuditFiltered(filter: AuditFilter): boolean {
	return filterKeys.some((key) => filter[key] !== '');
}

/** The query string for the same filters on another page (first page and empty filters left out). */
export function auditQuery(filter: AuditFilter, page: number): string {
	const params = new URLSearchParams();
	for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
	if (page > 1) params.set('page', String(page));
	const query = params.toString();
	return query ? `?${query}` : '';
}

export interface PageWindow {
	/** The page shown, brought back into range when the URL asks for one past the end. */
	page: number;
	pages: number;
	offset: number;
	/** 1-based positions of the first and last entry shown; 0 and 0 when nothing matches. */
	first: number;
	last: number;
}

export function pageWindow(requested: number, total: number, size = auditPageSize): PageWindow {
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(Math.max(1, Math.floor(requested)), pages);
	const offset = (page - 1) * size;
	return {
		page,
		pages,
		offset,
		first: total === 0 ? 0 : offset + 1,
		last: Math.min(total, offset + size)
	};
}
