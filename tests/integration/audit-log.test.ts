import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditFilter } from '$lib/domain/audit-filters';
import type { AppContext } from '$lib/server/app';
import { auditLog } from '$lib/server/db/schema';
import { auditChoices, auditEntries } from '$lib/server/reads/audit-entries';
import * as auditRoute from '../../src/routes/admin/audit/+page.server';
import { buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const filter = (query = '') => parseAuditFilter(new URLSearchParams(query));
const minutes = (count: number) => new Date(Date.UTC(2026, 0, 10, 8, 0) + count * 60_000);

describe(`the audit log on ${driverUnderTest}`, () => {
	let app: AppContext;
	let anna: string;
	let bruno: string;
	const entries = async (query = '') => auditEntries(app.db, filter(query));
	const everything = () => app.db.select().from(auditLog).orderBy(asc(auditLog.id));

	beforeAll(async () => {
		app = await createTestApp();
		anna = (await buildPerson(app, 'secretariat', null, 'anna@example.eu')).id;
		bruno = (await buildPerson(app, 'secretariat', null, 'bruno@example.eu')).id;
		// 120 edits of cities by Anna, one a minute from 10 January 2026, 08:00 UTC.
		await app.db.insert(auditLog).values(
			Array.from({ length: 120 }, (_, index) => ({
				at: minutes(index),
				actorId: anna,
				action: 'city.updated',
				subjectType: 'city',
				subjectId: String(index % 4),
				before: { name: `Name ${index}` },
				after: { name: `Name ${index + 1}` }
			}))
		);
		// 22:30 UTC on 31 March is already 1 April where the secretariat works (Brussels, summer time).
		await app.db.insert(auditLog).values([
			{
				at: new Date('2026-03-31T22:30:00Z'),
				actorId: bruno,
				action: 'response.returned',
				subjectType: 'response',
				subjectId: '7',
				before: { state: 'submitted' },
				after: { state: 'returned' }
			},
			{
				at: new Date('2026-03-31T21:30:00Z'),
				actorId: null,
				action: 'cycle.opened',
				subjectType: 'cycle',
				subjectId: '2',
				before: { status: 'draft' },
				after: { status: 'open' }
			}
		]);
	});
	afterAll(async () => app.close());

	it('shows the newest entries first, 50 a page, and says which entries a page holds', async () => {
		const first = await entries();
		expect(first).toMatchObject({ total: 122, page: 1, pages: 3, first: 1, last: 50 });
		expect(first.entries.map((entry) => entry.action).slice(0, 3)).toEqual([
			'response.returned',
			'cycle.opened',
			'city.updated'
		]);
		expect(first.entries[0]).toMatchObject({ actorName: 'Person bruno@example.eu', subjectId: '7' });
		expect(first.entries[1]).toMatchObject({ actorId: null, actorName: null });
		expect(first.entries[2]?.at).toEqual(minutes(119));

		const second = await entries('page=2');
		expect(second).toMatchObject({ page: 2, first: 51, last: 100 });
		expect(second.entries).toHaveLength(50);
		expect(second.entries[0]?.at).toEqual(minutes(71));

		const last = await entries('page=9');
		expect(last).toMatchObject({ page: 3, first: 101, last: 122 });
		expect(last.entries.at(-1)?.at).toEqual(minutes(0));
	});

	it('filters by action, person, the system, subject type and subject', async () => {
		expect((await entries('action=response.returned')).total).toBe(1);
		expect((await entries(`actor=${anna}`)).total).toBe(120);
		expect((await entries(`actor=${bruno}`)).entries.map((entry) => entry.subjectId)).toEqual(['7']);
		expect((await entries('actor=system')).entries.map((entry) => entry.action)).toEqual(['cycle.opened']);
		expect((await entries('subjectType=city')).total).toBe(120);
		const oneCity = await entries('subjectType=city&subjectId=3');
		expect(oneCity.total).toBe(30);
		expect(oneCity.entries.every((entry) => entry.subjectId === '3')).toBe(true);
		expect((await entries(`action=city.updated&actor=${bruno}`)).total).toBe(0);
	});

	it('filters by days where the secretariat works, both ends included', async () => {
		expect((await entries('from=2026-04-01')).entries.map((entry) => entry.action)).toEqual([
			'response.returned'
		]);
		expect((await entries('to=2026-03-31')).total).toBe(121);
		expect((await entries('from=2026-03-31&to=2026-03-31')).entries).toHaveLength(1);
		expect((await entries('from=2026-01-10&to=2026-01-10')).total).toBe(120);
		expect((await entries('to=2026-01-09')).total).toBe(0);
	});

	it('offers in its filters only the actions, people and subject types present in the log', async () => {
		expect(await auditChoices(app.db)).toEqual({
			actions: ['city.updated', 'cycle.opened', 'response.returned'],
			subjectTypes: ['city', 'cycle', 'response'],
			actors: [
				{ id: anna, name: 'Person anna@example.eu' },
				{ id: bruno, name: 'Person bruno@example.eu' }
			],
			hasSystemEntries: true
		});
	});

	it('cannot be changed: the database refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
		const before = await everything();
		const [oldest] = before;
		if (!oldest) throw new Error('no entries');
		// Functions, so each statement is only sent when its turn comes.
		const attempts: Record<string, () => PromiseLike<unknown>> = {
			'update one': () => app.db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.id, oldest.id)),
			'update all': () => app.db.update(auditLog).set({ actorId: null }),
			'delete one': () => app.db.delete(auditLog).where(eq(auditLog.id, oldest.id)),
			'delete all': () => app.db.delete(auditLog),
			truncate: () => app.db.execute(sql`truncate table audit_log`),
			'update in a transaction': () =>
				app.db.transaction(async (tx) => {
					await tx.update(auditLog).set({ after: null }).where(eq(auditLog.id, oldest.id));
				})
		};
		for (const [name, attempt] of Object.entries(attempts)) {
			expect(await refusal(attempt()), name).toMatch(/audit_log is append-only/);
		}
		expect(await everything()).toEqual(before);
	});

	it('has a viewer without form actions, and no module under src/ changes or removes entries', async () => {
		expect('actions' in auditRoute).toBe(false);
		const offenders: string[] = [];
		const forbidden = [
			/\.(update|delete)\(\s*auditLog\b/,
			/\bupdate\s+"?audit_log"?\s+set\b/i,
			/\bdelete\s+from\s+"?audit_log\b/i,
			/\btruncate\s+(table\s+)?"?audit_log\b/i
		];
		for (const file of await sourceFiles(path.resolve('src'))) {
			const text = await readFile(file, 'utf8');
			if (forbidden.some((pattern) => pattern.test(text))) offenders.push(file);
		}
		expect(offenders).toEqual([]);
	});
});

/** The database's reason for refusing (drizzle wraps it as the cause), or 'accepted' when nothing refused. */
async function refusal(attempt: PromiseLike<unknown>): Promise<string> {
	try {
		await attempt;
		return 'accepted';
	} catch (error) {
		const reasons: string[] = [];
		for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) reasons.push(cause.message);
		return reasons.join(' / ');
	}
}

/** Application code: TypeScript, JavaScript and Svelte files, without tests and without the migrations' SQL. */
async function sourceFiles(dir: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...(await sourceFiles(full)));
		else if (/\.(ts|js|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) found.push(full);
	}
	return found;
}
