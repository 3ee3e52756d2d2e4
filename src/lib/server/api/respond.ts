import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { searchParamsObject } from '$lib/domain/open-data/paging';

/**
 * Answers of the open data API: JSON anyone may fetch from any site (the data is public), cached for a few
 * minutes. Errors have one shape, `{ error: { status, message, issues? } }`.
 */
const headers = {
	'access-control-allow-origin': '*',
	'cache-control': 'public, max-age=300'
};

export function apiJson(data: unknown, status = 200): Response {
	return json(data, { status, headers });
}

export function apiError(status: 400 | 404, message: string, issues?: unknown): Response {
	return json({ error: { status, message, ...(issues ? { issues } : {}) } }, { status, headers });
}

/** Parses the query string with a Zod schema, or gives the 400 answer that says which parameter is wrong. */
export function parseQuery<S extends z.ZodType>(
	schema: S,
	url: URL
): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
	const parsed = schema.safeParse(searchParamsObject(url.searchParams));
	if (parsed.success) return { ok: true, data: parsed.data };
	const issues = parsed.error.issues.map((issue) => ({
		parameter: issue.path.join('.'),
		message: issue.message
	}));
	return { ok: false, response: apiError(400, 'Invalid query parameters', issues) };
}
