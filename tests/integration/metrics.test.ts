import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { measureRequests } from '$lib/server/metrics/measure-requests';
import { GET } from '../../src/routes/metrics/+server';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const TOKEN = 'operators-scrape-token-0123456789';

describe(`/metrics on ${driverUnderTest}`, () => {
	let app: AppContext;

	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(() => app?.close());

	/** Asks /metrics as Prometheus would, with the app configured with `token` (or none). */
	async function scrape(token: string | undefined, authorization?: string): Promise<Response> {
		const config = readConfig({ DEMO_DATA: 'off', LOG_LEVEL: 'silent', METRICS_TOKEN: token });
		const headers = authorization ? { authorization } : undefined;
		return Promise.resolve()
			.then(() =>
				GET({
					locals: { app: { ...app, config }, locale: 'en', user: null },
					request: new Request('http://localhost/metrics', { headers })
				} as never)
			)
			.catch((thrown: { status?: number }) => new Response(null, { status: thrown.status ?? 500 }));
	}

	it('does not exist without METRICS_TOKEN, even for someone who sends a token', async () => {
		expect((await scrape(undefined)).status).toBe(404);
		expect((await scrape(undefined, `Bearer ${TOKEN}`)).status).toBe(404);
	});

	it('refuses a request without the token or with a wrong one', async () => {
		const missing = await scrape(TOKEN);
		expect(missing.status).toBe(401);
		expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
		expect(await missing.text()).toBe('');
		expect((await scrape(TOKEN, `Bearer ${TOKEN.slice(0, -1)}`)).status).toBe(401);
		expect((await scrape(TOKEN, `Basic ${TOKEN}`)).status).toBe(401);
	});

	it('gives the token holder request times by route id, database time and connections', async () => {
		// A request to a city's page, as the hooks measure it: counted under the route, not the address.
		const resolve = async () => new Response('page', { status: 200 });
		for (const city of ['ghent', 'helsinki'])
			await measureRequests({
				event: {
					route: { id: '/cities/[slug]' },
					request: new Request(`http://localhost/cities/${city}`),
					url: new URL(`http://localhost/cities/${city}`)
				},
				resolve
			} as never);
		await app.db.execute(sql`select 1`);

		const answer = await scrape(TOKEN, `Bearer ${TOKEN}`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await answer.text();
		expect(text).toContain(
			'http_request_duration_seconds_count{route="/cities/[slug]",method="GET",status="200"} 2'
		);
		expect(text).not.toContain('/cities/ghent');
		const queries = Number(/^db_query_duration_seconds_count (\d+)$/m.exec(text)?.[1]);
		// The migrations and the query above at least.
		expect(queries).toBeGreaterThan(1);
		expect(text).toContain('process_resident_memory_bytes');
		if (driverUnderTest === 'postgres') {
			const open = Number(/^db_pool_connections\{state="total"\} (\d+)$/m.exec(text)?.[1]);
			expect(open).toBeGreaterThanOrEqual(1);
		}
	});
});
