import { request as http, type APIRequestContext, type APIResponse } from '@playwright/test';
import { areaOf, entryOf, type Visitor } from '../../src/lib/domain/access-areas';
import { defaultLocale, locales } from '../../src/lib/domain/locale';
import { BASE_URL, DEMO_PASSWORD, demo } from './support/env';
import { parameterValues, paths, ROUTES, walk } from './support/route-tree';
import { expect, test } from './support/fixtures';

/**
 * Walks every route under src/routes (not a list written by hand) and asks for each page, its data
 * (`__data.json`, also with `x-sveltekit-invalidated`, which skips the layouts' `load`), each endpoint and each
 * form action as the public, city people of two cities and the secretariat. Whoever the access table keeps out
 * must get a redirect to sign in, a 403 or a 404, and never any data. Form actions are only ever sent by
 * people who must be refused, so nothing on the shared demo data changes.
 */

interface Identity {
	name: string;
	visitor: Visitor;
	email?: string;
}

const secretariat: Identity = {
	name: 'the secretariat',
	visitor: { role: 'secretariat', cityId: null },
	email: demo.secretariat
};
const helsinkiCoordinator: Identity = {
	name: 'the Helsinki coordinator',
	visitor: { role: 'coordinator', cityId: 1 },
	email: demo.coordinator
};
const identities: Identity[] = [
	{ name: 'the public', visitor: null },
	{ name: 'a Helsinki contributor', visitor: { role: 'contributor', cityId: 1 }, email: demo.contributor },
	helsinkiCoordinator,
	{
		name: 'the Ghent coordinator',
		visitor: { role: 'coordinator', cityId: 2 },
		email: demo.ghentCoordinator
	},
	secretariat
];

/** Text that must never reach someone who was refused: the demo accounts' e-mail addresses. */
const distinctive = Object.values(demo);

async function signedIn(identity: Identity): Promise<APIRequestContext> {
	const context = await http.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
	if (identity.email) {
		// Through the sign-in form, as a person signs in; the session cookie stays in this context.
		const response = await context.post('/sign-in?/password', {
			headers: { accept: 'text/html' },
			form: { email: identity.email, password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		expect(response.status(), `signing in ${identity.name}`).toBe(303);
	}
	return context;
}

const dataPath = (path: string) => {
	const [pathname, query] = path.split('?');
	return `${pathname === '/' ? '' : pathname}/__data.json${query ? `?${query}` : ''}`;
};
/**
 * Every path again under each language prefix (`/fr/charter`, `/de/admin`): the `reroute` hook serves a public
 * reading page there, judged as its route; before any other page the prefix reaches no route (404).
 */
const prefixed = (path: string) =>
	locales
		.filter((locale) => locale !== defaultLocale)
		.map((locale) => `/${locale}${path === '/' ? '' : path}`);
const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

interface Asked {
	what: string;
	response: APIResponse;
	body: string;
}

/** What is wrong with an answer to someone the table keeps out; null when it is a proper refusal. */
function leak(asked: Asked, identity: Identity): string | null {
	const { response, body } = asked;
	const status = response.status();
	if (status >= 500) return `answered ${status}`;
	const others = distinctive.filter((address) => address !== identity.email);
	const shown = others.find((address) => body.includes(address));
	if (shown) return `showed ${shown}`;
	if (status === 403 || status === 404) return null;
	const location = response.headers()['location'] ?? '';
	if (status === 303 || status === 302 || status === 307) {
		if (!identity.visitor && !location.startsWith('/sign-in?next='))
			return `sent to ${location}, not to sign in`;
		return null;
	}
	if (status === 200 && /json/.test(response.headers()['content-type'] ?? '')) {
		const json = JSON.parse(body) as {
			type?: string;
			location?: string;
			nodes?: ({ type: string; data?: unknown } | null)[];
		};
		if (json.type === 'redirect' && (identity.visitor || json.location?.startsWith('/sign-in?next='))) {
			return null;
		}
		// The root layout (node 0) holds only the reader's own name and language; any other node is the page's.
		const data = (json.nodes ?? []).slice(1).find((node) => node?.type === 'data' && node.data != null);
		if (data) return `served page data: ${JSON.stringify(data).slice(0, 160)}`;
		if (json.nodes) return null;
	}
	return `answered ${status} with ${body.length} characters: ${body.slice(0, 120).replace(/\s+/g, ' ')}`;
}

test('every route is in the access table, and nobody it keeps out gets any data', async () => {
	test.setTimeout(600_000);
	const routes = walk(ROUTES, [], 0);
	expect(routes.length).toBeGreaterThan(50);

	// (a) Every route belongs to an area, and /admin, /respond, /peer-learning and /account to the restricted ones.
	const unclassified = routes.filter((route) => areaOf(route.id) === null).map((route) => route.id);
	expect(unclassified, 'routes the access table does not cover (src/lib/domain/access-areas.ts)').toEqual([]);
	for (const route of routes) {
		const expected = route.id.startsWith('/admin')
			? 'secretariat'
			: /^\/(respond|peer-learning)(\/|$)/.test(route.id)
				? 'city'
				: /^\/account(\/|$)/.test(route.id)
					? 'signed-in'
					: 'public';
		expect(areaOf(route.id), route.id).toBe(expected);
	}

	const contexts = new Map<Identity, APIRequestContext>();
	for (const identity of identities) contexts.set(identity, await signedIn(identity));
	const values = await parameterValues(contexts.get(secretariat)!, contexts.get(helsinkiCoordinator)!);

	// (b) Ask every route as everyone; actions only as those who must be refused.
	const problems: string[] = [];
	const ask = async (context: APIRequestContext, what: string, call: () => Promise<APIResponse>) => {
		const response = await call();
		return { what, response, body: await response.text() } satisfies Asked;
	};
	for (const route of routes) {
		const asWritten = paths(route, values);
		for (const path of asWritten.flatMap((path) => [path, ...prefixed(path)])) {
			// Under a prefix, the two ends suffice: nobody signed in, and the one who may enter everything.
			const askers = asWritten.includes(path) ? identities : [identities[0]!, secretariat];
			for (const identity of askers) {
				const context = contexts.get(identity)!;
				const refused = entryOf(areaOf(path), identity.visitor) !== 'enter';
				// The public areas are asked once, by the public: nobody is kept out of them.
				if (!refused && areaOf(path) === 'public' && identity.visitor) continue;
				const asked: Asked[] = [];
				const get = (url: string, headers: Record<string, string> = {}) =>
					ask(context, `GET ${url}`, () => context.get(url, { maxRedirects: 0, headers }));
				if (route.page) {
					asked.push(await get(path, { accept: 'text/html' }));
					const data = await get(dataPath(path));
					asked.push(data);
					// Someone the table lets in gets the page's data (a page's own refusal is a node in it).
					if (!refused && data.response.status() !== 200) {
						problems.push(
							`${identity.name}, ${data.what}: was let in, but answered ${data.response.status()}`
						);
					}
					if (refused) {
						for (let node = 1; node <= Math.max(route.nodes, 3); node++) {
							const invalidated = '0'.repeat(node - 1) + '1';
							asked.push(await get(withQuery(dataPath(path), `x-sveltekit-invalidated=${invalidated}`)));
						}
					}
				}
				if (route.endpoint) asked.push(await get(path));
				if (refused) {
					for (const action of route.actions) {
						const url = action === 'default' ? path : withQuery(path, `/${action}`);
						const form = { note: 'sent by someone who must be refused' };
						asked.push(
							await ask(context, `POST ${url} (form)`, () =>
								context.post(url, { form, maxRedirects: 0, headers: { accept: 'text/html' } })
							),
							await ask(context, `POST ${url} (enhanced)`, () =>
								context.post(url, { form, maxRedirects: 0, headers: { 'x-sveltekit-action': 'true' } })
							)
						);
					}
				}
				for (const answer of asked) {
					const status = answer.response.status();
					// A language prefix before a page without an address per language is no address at all.
					if (areaOf(path) === null && status !== 404) {
						problems.push(
							`${identity.name}, ${answer.what}: a prefix outside the public pages answered ${status}`
						);
					}
					const wrong = refused ? leak(answer, identity) : status >= 500 ? `answered ${status}` : null;
					if (wrong) problems.push(`${identity.name}, ${answer.what}: ${wrong}`);
				}
			}
		}
	}
	for (const context of contexts.values()) await context.dispose();
	expect(problems.slice(0, 25), `${problems.length} answers were wrong; the first ones:`).toEqual([]);
});
