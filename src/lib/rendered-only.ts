/**
 * Page data that only the server's rendering reads: the page never hydrates (`csr = false`), so nothing in the
 * browser needs it. SvelteKit still writes every page's server data out as JavaScript (devalue's `uneval`),
 * even when it will not send it; for a report of 1,000 cities that walk cost more than rendering the page.
 * Wrapped in this, the data reaches the page's component as it is, and the `transport` hook (src/hooks.ts)
 * writes a bare marker in its place.
 */
export class RenderedOnly<T> {
	constructor(readonly value: T) {}
}

export function renderedOnly<T>(value: T): RenderedOnly<T> {
	return new RenderedOnly(value);
}

/** What the transport hook writes instead of the data: anything truthy will do, and this is the shortest. */
export function encodeRenderedOnly(value: unknown): 1 | false {
	return value instanceof RenderedOnly && 1;
}

/** Reached only if a page that hydrates were given rendered-only data: a mistake to make loud. */
export function decodeRenderedOnly(): never {
	throw new Error(
		'Page data kept for the server’s rendering reached the browser: the page must set csr = false'
	);
}
