import type { Handle, RequestEvent } from '@sveltejs/kit';
import { type MessageKey } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import { log } from './log';

/**
 * Malformed requests get a short, clear 4xx before any page code runs, never a server error:
 *
 * - an address whose path holds a control character once decoded (`/cities/a%00`, `%0A`), or whose query
 *   holds one other than tab and line breaks (`?q=%00`): no address of this site has them, and the database
 *   refuses NUL in text;
 * - a form post (a POST to a page, that is to a form action) whose body is not a form
 *   (`text/plain`, JSON, no type), cannot be parsed (a broken multipart body), or carries NUL in a field.
 *
 * A form post's body is read here once, and the action then reads the same bytes. A body over
 * BODY_SIZE_LIMIT is refused as too large, except by the actions that say so in their own page (uploads).
 * Every refusal is logged at warn, without a stack: it is the client's mistake, not a fault.
 */

/** C0 controls and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The same, less tab, line feed and carriage return, which text typed in a search box may carry. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_QUERY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Why an address is refused, or null when it is fine. */
export function addressProblem(url: URL): 'encoding' | 'control' | null {
	let segments: string[];
	try {
		segments = url.pathname.split('/').map(decodeURIComponent);
	} catch {
		return 'encoding';
	}
	if (segments.some((segment) => CONTROL.test(segment))) return 'control';
	for (const [name, value] of url.searchParams) {
		if (CONTROL_IN_QUERY.test(name) || CONTROL_IN_QUERY.test(value)) return 'control';
	}
	return null;
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

export function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** The routes with form actions: those with a +page.server.ts (route ids keep groups like `(app)`). */
const actionRoutes = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+page.server.ts')).map(
		(file) => file.slice('/src/routes'.length, -'/+page.server.ts'.length) || '/'
	)
);

/** A POST to a page is a form action; endpoints (+server.ts) answer their own methods. */
function isFormPost(event: RequestEvent): boolean {
	return (
		event.request.method === 'POST' &&
		!event.isDataRequest &&
		event.route.id !== null &&
		actionRoutes.has(event.route.id)
	);
}

/**
 * Actions that read an upload and tell the person, on their own page, how large a file may be. A body over
 * BODY_SIZE_LIMIT reaches them unread: reading it fails there, and they answer with that message.
 */
function saysTooLargeItself(event: RequestEvent): boolean {
	return event.url.searchParams.has('/upload') || event.route.id === '/respond/[cycle]/import';
}

const hasNul = (text: string) => text.includes('\u0000');

/** The form's own problem, or null when every field can be stored. */
export const routesWithActions = (): ReadonlySet<string> => actionRoutes;

export async function formProblem(
	request: Request,
	bytes: ArrayBuffer
): Promise<'unreadable' | 'nul' | null> {
	let form: FormData;
	try {
		form = await new Request(request.url, {
			method: 'POST',
			headers: request.headers,
			body: bytes
		}).formData();
	} catch {
		return 'unreadable';
	}
	for (const [name, value] of form) {
		if (hasNul(name) || (typeof value === 'string' ? hasNul(value) : hasNul(value.name))) return 'nul';
	}
	return null;
}

function refuse(event: RequestEvent, status: number, message: MessageKey, why: string): Response {
	log.warn({ status, method: event.request.method, path: event.url.pathname, why }, 'request refused');
	const text = translator(event.locals.locale ?? 'en')(message);
	const json = (event.request.headers.get('accept') ?? '').includes('application/json');
	return json
		? new Response(JSON.stringify({ message: text }), {
				status,
				headers: { 'content-type': 'application/json; charset=utf-8' }
			})
		: new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

const status413 = (error: unknown) =>
	typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;

export const refuseMalformedRequests: Handle = async ({ event, resolve }) => {
	const address = addressProblem(event.url);
	if (address) return refuse(event, 400, 'input.badAddress', `address: ${address}`);
	if (!isFormPost(event)) return resolve(event);

	const request = event.request;
	if (!FORM_TYPES.has(mediaType(request))) {
		return refuse(event, 415, 'input.notAForm', `content type: ${mediaType(request) || 'none'}`);
	}
	let bytes: ArrayBuffer;
	try {
		bytes = await request.arrayBuffer();
	} catch (error) {
		if (!status413(error)) return refuse(event, 400, 'input.badForm', 'body could not be read');
		if (!saysTooLargeItself(event)) return refuse(event, 413, 'input.tooLarge', 'body too large');
		const unread = new ReadableStream({ start: (controller) => controller.error(error) });
		event.request = new Request(request.url, {
			method: 'POST',
			headers: request.headers,
			body: unread,
			duplex: 'half'
		} as RequestInit);
		return resolve(event);
	}
	const problem = await formProblem(request, bytes);
	if (problem) return refuse(event, 400, 'input.badForm', `form: ${problem}`);
	event.request = new Request(request.url, {
		method: 'POST',
		headers: request.headers,
		body: bytes,
		signal: request.signal
	});
	return resolve(event);
};
