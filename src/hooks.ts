import type { Reroute, Transport } from '@sveltejs/kit';
import { splitLocalePrefix } from '$lib/domain/locale-path';
import { decodeRenderedOnly, encodeRenderedOnly } from '$lib/rendered-only';

/**
 * A public reading page in another language than English is the same route under the language's prefix:
 * `/fr/charter` renders `/charter` (the server hook reads the language from the address). Any other first
 * segment is left alone, so an unknown prefix (`/xx/charter`) or a page without an address per language
 * (`/fr/admin`) reaches no route: 404.
 */
export const reroute: Reroute = ({ url }) => splitLocalePrefix(url.pathname)?.path;

/**
 * Data wrapped in `renderedOnly` is read by the server's rendering of a page that never hydrates; it is not
 * written out for the browser (see src/lib/rendered-only.ts).
 */
export const transport: Transport = {
	RenderedOnly: { encode: encodeRenderedOnly, decode: decodeRenderedOnly }
};
