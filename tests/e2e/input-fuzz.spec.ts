// Bad input gets a clear answer, never a server error. Every form action and every route (pages, their
// __data.json, the open data API, downloads) is found by reading src/routes, then sent generated and malformed
// paths, query strings, headers and bodies; any answer of 500 or more fails, and the failing request is printed.
//
// In CI the seed is fixed and the count small; FUZZ_RUNS=5000 (and FUZZ_SEED=…) run more on demand.
//
// Nothing here may change the demo data later journeys read. Anonymous requests meet the sign-in wall before any
// command runs, and their form fields never include an e-mail address or a password (a sign-in attempt would
// count towards the limit sign-in-limits.spec.ts checks). As the secretariat, only reads are sent, plus bodies
// that cannot be parsed, to actions of things that do not exist; sign-out is never sent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { deflatedZeros, zip } from '../../src/lib/server/files/zip-test-archives';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 0;
const SEED = Number(process.env.FUZZ_SEED ?? 20260407);
const anonymousRuns = RUNS || 300;
const secretariatRuns = RUNS || 150;

// ---------------------------------------------------------------------------------------------------------
// The route tree

interface Route {
	/** Segments as in src/routes: 'cities', '[slug]'. */
	segments: string[];
	page: boolean;
	/** Methods a +server.ts exports. */
	methods: string[];
	/** Form action names ('default' included) exported by +page.server.ts. */
	actions: string[];
}

function actionNames(source: string): string[] {
	const start = source.search(/export const actions\b/);
	if (start < 0) return [];
	const rest = source.slice(start);
	const block = rest.slice(0, rest.search(/\n\};?/) + 1);
	return [...block.matchAll(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?::|\()/gm)].map((match) => match[1]!);
}

function readRoutes(dir: string, segments: string[] = []): Route[] {
	const entries = readdirSync(dir);
	const found: Route[] = [];
	const has = (name: string) => entries.includes(name);
	const page = has('+page.svelte') || has('+page.server.ts') || has('+page.ts');
	const server = has('+server.ts') ? readFileSync(join(dir, '+server.ts'), 'utf8') : '';
	const methods = [
		...server.matchAll(
			/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|fallback)\b/g
		)
	].map((match) => match[1]!);
	const actions = has('+page.server.ts')
		? actionNames(readFileSync(join(dir, '+page.server.ts'), 'utf8'))
		: [];
	if (page || methods.length) found.push({ segments, page, methods, actions });
	for (const entry of entries) {
		if (!statSync(join(dir, entry)).isDirectory()) continue;
		// Groups like (app) are not part of the address.
		const next = /^\(.*\)$/.test(entry) ? segments : [...segments, entry];
		found.push(...readRoutes(join(dir, entry), next));
	}
	return found;
}

const routes = readRoutes(join(process.cwd(), 'src/routes'));
const actionTargets = routes.flatMap((route) => route.actions.map((action) => ({ route, action })));
const apiRoutes = routes.filter((route) => route.methods.length > 0);

// ---------------------------------------------------------------------------------------------------------
// What is sent

interface Fuzzed {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string;
}

/** Real values of the demo data, so generated requests also reach the code behind a found record. */
const realValues: Record<string, string[]> = {
	slug: ['helsinki', 'ghent', 'the-hague', '2018-2020', '2024-2026', 'oulu-integration-programme-revision'],
	cycle: ['2024-2026', '2018-2020', '2011-2012'],
	city: ['helsinki', 'ghent', 'amsterdam'],
	section: ['city-context', 'indicators', 'good-practices'],
	item: ['strategy', 'strategy-name', 'good-practices', 'further-links'],
	id: ['1', '2', '3'],
	fileId: ['1', '00000000-0000-0000-0000-000000000000'],
	token: ['abc']
};

/** Already percent-encoded: what a client may put in an address, bad encodings included. */
const rawPieces = [
	'%00',
	'a%00',
	'%00a',
	'%0A',
	'%0D%0A',
	'%09',
	'%09%2Fevil.example',
	'%ZZ',
	'%E0%A4%A',
	'%C0%AF',
	'..%2F..%2Fetc%2Fpasswd',
	'%2e%2e',
	'%2F%2Fevil.example',
	'%5C',
	'%7F',
	'%EF%BF%BF',
	'%F0%9F%98%80',
	'%E2%80%AE',
	'1.5',
	'1e400',
	'2147483648',
	'-1',
	'NaN',
	'constructor',
	'__proto__',
	'toString',
	'x'.repeat(5000)
];

const generatedText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.constantFrom('', ' ', '0', 'città', 'Ωμέγα', '😀', '\u202e', '\u0000', '\n', 'a\u0000b')
);

/** One address segment or query value, encoded. */
const piece = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...rawPieces) },
	{ weight: 2, arbitrary: generatedText.map(encodeURIComponent) }
);

function paramValue(name: string, real: boolean) {
	const values = realValues[name] ?? ['a'];
	return real ? fc.oneof(fc.constantFrom(...values), piece) : piece;
}

const queryNames = [
	'q',
	'page',
	'next',
	'returnTo',
	'cycle',
	'commitment',
	'theme',
	'limit',
	'offset',
	'item',
	'response',
	'row',
	'from',
	'to',
	'notice',
	'imported',
	'city',
	'language',
	'reason',
	'error',
	'saved',
	'done'
];

const query = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...queryNames), piece), piece), { maxLength: 4 })
	.map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));

function pathOf(route: Route, params: string[]): string {
	let index = 0;
	const parts = route.segments.map((segment) => (/^\[.*\]$/.test(segment) ? params[index++] : segment));
	return '/' + parts.join('/');
}

const paramNames = (route: Route) =>
	route.segments
		.filter((segment) => /^\[.*\]$/.test(segment))
		.map((segment) => segment.replace(/[[\].]/g, ''));

const paramsFor = (route: Route, real: boolean) =>
	fc.tuple(...paramNames(route).map((name) => paramValue(name, real))) as fc.Arbitrary<string[]>;

/** Field names that look like keys of every JavaScript object, and the revision fields of the questionnaire. */
const weirdNames = [
	'constructor',
	'__proto__',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
	'__rev.strategy',
	'__rev.strategy-name',
	'__reply.strategy',
	'version',
	'revision',
	'id',
	'historyId',
	'messageId',
	'fileId',
	'after',
	'direction',
	'locale',
	'returnTo',
	'next',
	'completed',
	'strategy',
	'strategy.rating'
];

const weirdValues = fc.oneof(
	fc.constantFrom(
		'1.5',
		'1e400',
		'2147483648',
		'-1',
		'NaN',
		'',
		'0',
		'true',
		'/%09/evil.example',
		'//evil.example'
	),
	fc.constantFrom('/\t/evil.example', '/\n/x', '\r\n', '\u0000', 'https://evil.example/', '/\\evil.example'),
	generatedText,
	fc.constant('x'.repeat(100_000))
);

const urlencoded = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...weirdNames), generatedText), weirdValues), {
		minLength: 1,
		maxLength: 6
	})
	.map((pairs) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`))
	.chain((pairs) =>
		fc.oneof(
			fc.constant(pairs.join('&')),
			// Bad percent-encoding inside the body.
			fc.constant(`${pairs.join('&')}&%ZZ=%E0%A4%A&a=%00`)
		)
	);

const multipartFields = (boundary: string, names: string[]) =>
	names
		.map((name) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n1.5\r\n`)
		.join('');

/** Bodies no form sends: wrong types, broken multipart, nothing at all. None of them can be parsed as a form. */
const unparseableBody = fc.oneof(
	fc.record({
		type: fc.constantFrom('text/plain', 'text/plain;charset=UTF-8', 'application/json', 'application/xml'),
		body: fc.oneof(fc.constantFrom('', 'hello', '{"a":1}', '[', '<a/>', 'constructor=1'), generatedText)
	}),
	fc.constantFrom(
		// The boundary of the header is not the one of the body.
		{
			type: 'multipart/form-data; boundary=AAA',
			body: `${multipartFields('BBB', ['constructor'])}--BBB--\r\n`
		},
		// Cut off before its end.
		{
			type: 'multipart/form-data; boundary=AAA',
			body: `--AAA\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK`
		},
		// No boundary at all.
		{ type: 'multipart/form-data', body: `${multipartFields('AAA', ['x'])}--AAA--\r\n` },
		{ type: 'multipart/form-data; boundary=AAA', body: 'not multipart at all' },
		{ type: 'multipart/form-data; boundary=', body: '' },
		{ type: 'application/x-www-form-urlencoded; charset=utf-16', body: '\u0000a\u0000=\u00001' },
		{ type: '', body: 'a=1' },
		{ type: 'application/octet-stream', body: 'PK\u0003\u0004' }
	)
);

const anyBody = fc.oneof(
	{ weight: 3, arbitrary: unparseableBody },
	{ weight: 3, arbitrary: urlencoded.map((body) => ({ type: 'application/x-www-form-urlencoded', body })) },
	{
		weight: 1,
		arbitrary: fc.array(fc.constantFrom(...weirdNames), { minLength: 1, maxLength: 4 }).map((names) => ({
			type: 'multipart/form-data; boundary=XyZ',
			body: `${multipartFields('XyZ', names)}--XyZ--\r\n`
		}))
	}
);

const headers = (post: boolean) =>
	fc
		.record({
			origin: post
				? fc.constantFrom(BASE_URL, BASE_URL, BASE_URL, undefined, 'null', 'http://evil.example')
				: fc.constant(undefined),
			accept: fc.constantFrom(undefined, 'text/html', 'application/json', '*/*', 'x/y;q=NaN'),
			action: fc.constantFrom(undefined, 'true'),
			language: fc.constantFrom(undefined, 'fr', '*;q=NaN, de;q=1e400', 'xx-YY, ;q=', 'a'.repeat(2000))
		})
		.map((chosen) => {
			const result: Record<string, string> = {};
			if (chosen.origin) result.origin = chosen.origin;
			if (chosen.accept) result.accept = chosen.accept;
			if (chosen.action) result['x-sveltekit-action'] = chosen.action;
			if (chosen.language) result['accept-language'] = chosen.language;
			return result;
		});

const withQuery = (path: string, q: string) => (q ? `${path}?${q}` : path);

/** A read of any page (or its __data.json) or API route. */
const readRequest = (real: boolean) =>
	fc
		.constantFrom(...routes.filter((route) => route.page || route.methods.includes('GET')))
		.chain((route) =>
			fc.record({
				path: paramsFor(route, real).map((params) => pathOf(route, params)),
				data: route.page ? fc.boolean() : fc.constant(false),
				q: query,
				headers: headers(false)
			})
		)
		.map(({ path, data, q, headers }): Fuzzed => ({
			method: 'GET',
			path: withQuery(data ? `${path === '/' ? '' : path}/__data.json` : path, q),
			headers
		}));

/** A form post to any action; `body` decides what may be sent. */
const postRequest = (real: boolean, body: fc.Arbitrary<{ type: string; body: string }>) =>
	fc
		.constantFrom(...actionTargets.filter((target) => real || target.route.segments.join('/') !== 'sign-out'))
		.chain(({ route, action }) =>
			fc.record({
				path: paramsFor(route, real).map((params) => pathOf(route, params)),
				action: fc.constant(action),
				q: fc.oneof(fc.constant(''), query),
				body,
				headers: headers(true)
			})
		)
		.map(({ path, action, q, body, headers }): Fuzzed => {
			const search = action === 'default' ? (q ? `?${q}` : '') : `?/${action}${q ? `&${q}` : ''}`;
			return {
				method: 'POST',
				path: path + search,
				headers: body.type ? { ...headers, 'content-type': body.type } : headers,
				body: body.body
			};
		});

/** The same kinds of requests to what the API serves, with methods it does not serve too. */
const apiRequest = fc
	.constantFrom(...apiRoutes)
	.chain((route) =>
		fc.record({
			path: paramsFor(route, true).map((params) => pathOf(route, params)),
			method: fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
			q: query,
			body: unparseableBody,
			headers: headers(true)
		})
	)
	.map(({ path, method, q, body, headers }): Fuzzed => ({
		method,
		path: withQuery(path, q),
		headers: method === 'GET' || method === 'HEAD' ? headers : { ...headers, 'content-type': body.type },
		body: method === 'GET' || method === 'HEAD' ? undefined : body.body
	}));

// ---------------------------------------------------------------------------------------------------------
// Sending and judging

const cut = (text: string, length = 120) =>
	text.length > length ? `${text.slice(0, length)}… (${text.length})` : text;

function shown(request: Fuzzed): string {
	const headers = Object.fromEntries(
		Object.entries(request.headers).map(([name, value]) => [name, cut(value)])
	);
	const body = request.body === undefined ? '' : JSON.stringify(request.body.slice(0, 300));
	const more = request.body && request.body.length > 300 ? ` … (${request.body.length} characters)` : '';
	return `${request.method} ${request.path.slice(0, 300)}\n  headers: ${JSON.stringify(headers)}\n  body: ${body}${more}`;
}

/**
 * A kept-alive connection the server closed after refusing a body it did not read can be reset under the
 * next request: that one is sent again once, on a new connection. No answer at all is a failure too.
 */
async function fetchOnce(api: APIRequestContext, request: Fuzzed, retry = true): Promise<APIResponse> {
	try {
		return await api.fetch(BASE_URL + request.path, {
			method: request.method,
			headers: retry ? request.headers : { ...request.headers, connection: 'close' },
			data: request.body === undefined ? undefined : Buffer.from(request.body),
			maxRedirects: 0,
			failOnStatusCode: false,
			timeout: 15_000
		});
	} catch (error) {
		const message = (error as Error).message;
		if (retry && /ECONNRESET|socket hang up|EPIPE/.test(message)) return fetchOnce(api, request, false);
		throw new Error(`no answer (${message.split('\n')[0]}) to\n  ${shown(request)}`);
	}
}

async function send(api: APIRequestContext, request: Fuzzed): Promise<number> {
	const response = await fetchOnce(api, request);
	const status = response.status();
	if (status >= 500) {
		const text = (await response.text()).slice(0, 300);
		throw new Error(`answered ${status} to\n  ${shown(request)}\n  answer: ${text}`);
	}
	await response.dispose();
	return status;
}

/** Sends every request and fails once, listing every request that was answered with a server error. */
async function sendAll(api: APIRequestContext, requests: Fuzzed[]) {
	const failures: string[] = [];
	for (const request of requests) {
		await send(api, request).catch((error: Error) => failures.push(error.message));
	}
	expect(failures, `${failures.length} of ${requests.length} requests:\n${failures.join('\n')}`).toEqual([]);
}

const fuzzOptions = (numRuns: number) => ({
	seed: SEED,
	numRuns,
	// The first failure is printed as it is; FUZZ_SHRINK=1 looks for a smaller one (more requests).
	endOnFailure: process.env.FUZZ_SHRINK !== '1'
});

test.describe.configure({ timeout: Math.max(180_000, (RUNS || 300) * 300) });

test('the route tree is read: every action and API route is fuzzed', () => {
	expect(actionTargets.length).toBeGreaterThan(30);
	expect(actionTargets.map(({ action }) => action)).toContain('default');
	expect(apiRoutes.map((route) => route.segments.join('/'))).toContain('api/v1/practices');
});

test('every action and route refuses each malformed kind of input without a server error', async ({
	request
}) => {
	const sweep: Fuzzed[] = [];
	const origin = { origin: BASE_URL };
	const malformed: { type: string; body: string }[] = [
		{ type: 'text/plain', body: 'hello' },
		{ type: 'application/json', body: '{"a":1}' },
		{
			type: 'multipart/form-data; boundary=AAA',
			body: '--BBB\r\nContent-Disposition: form-data; name="a"\r\n\r\n1'
		},
		{
			type: 'application/x-www-form-urlencoded',
			body: 'constructor=1&__proto__=2&toString=3&hasOwnProperty=4'
		}
	];
	for (const { route, action } of actionTargets) {
		const params = paramNames(route).map((name) => realValues[name]?.[0] ?? 'a');
		const path = pathOf(route, params) + (action === 'default' ? '' : `?/${action}`);
		for (const { type, body } of malformed) {
			sweep.push({ method: 'POST', path, headers: { ...origin, 'content-type': type }, body });
		}
	}
	for (const route of routes.filter((route) => route.page || route.methods.includes('GET'))) {
		const names = paramNames(route);
		const real = names.map((name) => realValues[name]?.[0] ?? 'a');
		sweep.push({ method: 'GET', path: `${pathOf(route, real)}?q=%00`, headers: {} });
		if (names.length) {
			sweep.push({
				method: 'GET',
				path: pathOf(
					route,
					names.map(() => 'a%00')
				),
				headers: {}
			});
			sweep.push({
				method: 'GET',
				path: pathOf(
					route,
					names.map(() => '%0A')
				),
				headers: {}
			});
		}
	}
	sweep.push(
		{ method: 'GET', path: '/sign-in?next=/%09/evil.example', headers: {} },
		{ method: 'GET', path: '/sign-in?next=%0A', headers: {} },
		{ method: 'GET', path: '/sign-in?next=/%0D%0ASet-Cookie:x=1', headers: {} }
	);
	await sendAll(request, sweep);
});

test('generated requests from anyone get no server error', async ({ request }) => {
	await fc.assert(
		fc.asyncProperty(fc.oneof(readRequest(true), postRequest(true, anyBody), apiRequest), async (fuzzed) => {
			await send(request, fuzzed);
		}),
		fuzzOptions(anonymousRuns)
	);
});

test('generated requests from the secretariat get no server error', async ({
	playwright,
	secretariatState
}) => {
	const api = await playwright.request.newContext({ baseURL: BASE_URL, storageState: secretariatState });
	try {
		await fc.assert(
			fc.asyncProperty(
				// Reads anywhere; posts only bodies that cannot be parsed, to things that do not exist.
				fc.oneof(readRequest(true), postRequest(false, unparseableBody)),
				async (fuzzed) => {
					await send(api, fuzzed);
				}
			),
			fuzzOptions(secretariatRuns)
		);
	} finally {
		await api.dispose();
	}
});

test('a return address from a form goes home unless it is a plain path on this site', async ({ request }) => {
	const cases: [string, string][] = [
		['/\t/evil.example', '/'],
		['/\n/evil.example', '/'],
		['/\r\nSet-Cookie: x=1', '/'],
		['//evil.example', '/'],
		['/\\evil.example', '/'],
		['https://evil.example/', '/'],
		['/città', '/'],
		['/practices?theme=housing', '/practices?theme=housing']
	];
	for (const [returnTo, expected] of cases) {
		const response = await request.post('/language', {
			form: { locale: 'en', returnTo },
			// As a browser's form post: with JSON accepted, SvelteKit would answer the redirect as data.
			headers: { origin: BASE_URL, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(returnTo)).toBe(303);
		expect(response.headers().location, JSON.stringify(returnTo)).toBe(expected);
	}
});

test('an import that unpacks to far more than it weighs is refused as too large, and so is a file over 5 MB', async ({
	page
}) => {
	// 60 MiB of zeros in an archive of some 60 KB that says its parts hold a few hundred bytes.
	const bomb = zip([
		{ name: '[Content_Types].xml', data: new Uint8Array(0), method: 0, declaredSize: 0 },
		{ name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(60), declaredSize: 300 }
	]);
	await signIn(page, demo.coordinator, 'Demo Coordinator');
	const upload = async (name: string, buffer: Buffer) => {
		await page.goto('/respond/2024-2026/import');
		await page
			.getByLabel('Spreadsheet file')
			.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
		await page.getByRole('button', { name: 'Upload and save the answers' }).click();
	};

	await upload('answers.xlsx', Buffer.from(bomb));
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('The file is too large: unpacked, it holds more than 50 MB.');
	await expectNoA11yViolations(page);

	await upload('answers.xlsx', Buffer.alloc(7 * 1024 * 1024));
	await expect(summary).toContainText('The file must be smaller than 5 MB');
});
