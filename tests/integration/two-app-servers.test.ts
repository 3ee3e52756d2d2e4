import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverUnderTest } from '../factories/test-database';
import { startBuiltServer, type BuiltServer } from '../factories/built-server';

/**
 * Two real app servers (the built app, `node server.js`) on one fresh PostgreSQL database, started at the
 * same moment, each with its own empty DATA_DIR: behind a load balancer, a person's requests land on either.
 * They share nothing but the database, so whatever a request needs must be there.
 */
const onPostgres = driverUnderTest === 'postgres';
if (!onPostgres)
	console.log(
		'SKIPPED two-app-servers.test.ts: two servers cannot share one PGlite database; it runs in the PostgreSQL step of npm test (TEST_DB=postgres).'
	);

/** The address both servers answer for, as a load balancer in front of them would have it. */
const PUBLIC_ORIGIN = 'http://monitor.test';
const DEMO_PASSWORD = 'two-servers-demo-password';
const METRICS_TOKEN = randomBytes(24).toString('base64url');
const CYCLE = '/respond/2024-2026';
const coordinator = 'coordinator.helsinki@demo.integrating-cities.eu';
const contributor = 'contributor.helsinki@demo.integrating-cities.eu';

describe.skipIf(!onPostgres)('two app servers on one PostgreSQL', () => {
	let admin: pg.Client;
	let databaseUrl: string;
	let databaseName: string;
	let folders: string[] = [];
	let a: BuiltServer;
	let b: BuiltServer;

	beforeAll(async () => {
		const serverUrl = process.env.DATABASE_URL!;
		databaseName = `icm_two_servers_${randomBytes(5).toString('hex')}`;
		admin = new pg.Client({ connectionString: serverUrl });
		await admin.connect();
		await admin.query(`create database ${databaseName}`);
		const url = new URL(serverUrl);
		url.pathname = `/${databaseName}`;
		databaseUrl = url.toString();
		folders = [await mkdtemp(path.join(tmpdir(), 'icm-a-')), await mkdtemp(path.join(tmpdir(), 'icm-b-'))];
		const env = (dataDir: string) => ({
			DATABASE_URL: databaseUrl,
			DATA_DIR: dataDir,
			ORIGIN: PUBLIC_ORIGIN,
			DEMO_DATA: 'on',
			DEMO_PASSWORD,
			METRICS_TOKEN,
			LOG_LEVEL: 'info',
			// Not set: the session secret is the one the first server stores in the database.
			AUTH_SECRET: '',
			SMTP_URL: ''
		});
		// Both at the same moment, as an orchestrator starts the replicas of a new version.
		[a, b] = await Promise.all([
			startBuiltServer('A', env(folders[0]!)),
			startBuiltServer('B', env(folders[1]!))
		]);
	}, 300_000);

	afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await admin?.query(`drop database if exists ${databaseName} with (force)`);
		await admin?.end();
		await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
	});

	it('ran the migrations and loaded the demo data once: the second server waited for the first', async () => {
		const journal = JSON.parse(readFileSync('src/lib/server/db/migrations/meta/_journal.json', 'utf8')) as {
			entries: unknown[];
		};
		const database = new pg.Client({ connectionString: databaseUrl });
		await database.connect();
		try {
			const migrations = await database.query(
				'select hash, count(*)::int as times from drizzle.__drizzle_migrations group by hash'
			);
			expect(migrations.rows).toHaveLength(journal.entries.length);
			expect(migrations.rows.every((row: { times: number }) => row.times === 1)).toBe(true);
		} finally {
			await database.end();
		}

		const ready = [a, b].map((server) => server.logs.find((line) => line.msg === 'database ready'));
		expect(ready.map((line) => line?.migrationsApplied).sort()).toEqual([0, journal.entries.length]);
		const [first, second] = ready[0]?.migrationsApplied === 0 ? [b, a] : [a, b];
		expect(second.logs.some((line) => line.msg?.startsWith('another app server is starting'))).toBe(true);
		const waited = second.logs.find((line) => line.msg === 'the other app server has started; starting now');
		console.log(
			`server ${second.name} waited ${String(waited?.waitedMs)} ms for server ${first.name}'s start`
		);
		expect(first.logs.some((line) => line.msg?.startsWith('another app server is starting'))).toBe(false);
		// The demo accounts are created by one of them only (the other finds them).
		expect(first.output).toContain('Demo accounts created');
		expect(second.output).not.toContain('Demo accounts created');
		for (const server of [a, b]) expect((await server.fetch('/healthz')).status).toBe(200);
	});

	it('lets a person sign in on one server, upload on the other, and download from the first', async () => {
		const cookie = await signIn(a, coordinator, DEMO_PASSWORD);
		expect(cookie).toMatch(/icm\.session_token=/);

		// A PDF with bytes of every value: any re-encoding on the way would change it.
		const content = Buffer.concat([
			Buffer.from('%PDF-1.4\n% two servers\n'),
			Buffer.from(Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
			Buffer.from('\n%%EOF\n')
		]);
		const form = new FormData();
		form.append('file', new Blob([content], { type: 'application/pdf' }), 'shared-strategy.pdf');
		const upload = await b.fetch(`${CYCLE}/good-practices?/upload&item=documents`, {
			method: 'POST',
			body: form,
			headers: { cookie, origin: PUBLIC_ORIGIN, accept: 'text/html' }
		});
		expect(upload.status).toBe(303);
		expect(upload.headers.get('location')).toContain('notice=uploaded');

		const page = await a.fetch(`${CYCLE}/good-practices`, { headers: { cookie, accept: 'text/html' } });
		expect(page.status).toBe(200);
		const html = await page.text();
		const link = new RegExp(`href="(${CYCLE}/files/[A-Za-z0-9_-]+)"[^>]*>\\s*shared-strategy\\.pdf`).exec(
			html
		);
		expect(link, 'the section page on A lists the file uploaded through B').not.toBeNull();

		const download = await a.fetch(link![1]!, { headers: { cookie } });
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('application/pdf');
		expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
	});

	it('counts failed sign-ins on both servers together', async () => {
		// Five failures on one account within a quarter-hour stop it (sign-in-limits.ts): three on A, two on B.
		for (const server of [a, a, a, b, b]) {
			const refused = await passwordSignIn(server, contributor, 'not-the-password');
			expect(refused.status).toBe(401);
		}
		// The right password, on either server, is now refused as too many attempts.
		for (const server of [a, b]) {
			const limited = await passwordSignIn(server, contributor, DEMO_PASSWORD);
			expect(limited.status).toBe(429);
		}
	});

	it('shows each server its own requests at /metrics, by route', async () => {
		const unauthorised = await a.fetch('/metrics');
		expect(unauthorised.status).toBe(401);
		const scrape = async (server: BuiltServer) => {
			const answer = await server.fetch('/metrics', {
				headers: { authorization: `Bearer ${METRICS_TOKEN}` }
			});
			expect(answer.status).toBe(200);
			return answer.text();
		};
		const [onA, onB] = [await scrape(a), await scrape(b)];
		expect(onA).toMatch(
			/http_request_duration_seconds_count\{route="\/respond\/\[cycle\]\/\[section\]",method="GET",status="200"\} 1/
		);
		expect(onB).toMatch(
			/http_request_duration_seconds_count\{route="\/respond\/\[cycle\]\/\[section\]",method="POST",status="303"\} 1/
		);
		expect(onB).not.toContain('good-practices');
		expect(Number(/^db_pool_connections\{state="total"\} (\d+)$/m.exec(onA)?.[1])).toBeGreaterThan(0);
	});
});

async function passwordSignIn(server: BuiltServer, email: string, password: string) {
	return server.fetch('/sign-in?/password', {
		method: 'POST',
		body: new URLSearchParams({ email, password }),
		headers: { origin: PUBLIC_ORIGIN, accept: 'text/html' }
	});
}

/** Signs in through the sign-in form, as a browser without JavaScript does; answers the cookies it got. */
async function signIn(server: BuiltServer, email: string, password: string): Promise<string> {
	const answer = await passwordSignIn(server, email, password);
	expect(answer.status).toBe(303);
	return answer.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');
}
