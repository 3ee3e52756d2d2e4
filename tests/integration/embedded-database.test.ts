import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, workerDataVersionOf } from '$lib/server/db';
import { describeProcess, isLiveOwner, lockFileOf } from '$lib/server/db/pglite-lock';
import { cities } from '$lib/server/db/schema';

// Only the embedded database keeps files of its own; this runs in the PGlite pass only.
describe.skipIf(process.env.TEST_DB === 'postgres')('the embedded database folder', () => {
	const folders: string[] = [];
	const newFolder = () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'icm-pglite-'));
		folders.push(folder);
		return folder;
	};
	afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

	it('keeps data across restarts and refuses a second server on the same folder', async () => {
		const dataDir = newFolder();
		const first = openDatabase({ dataDir });
		await first.migrate();
		await first.db
			.insert(cities)
			.values({ slug: 'oulu', name: 'Oulu', countryCode: 'FI', latitude: 65, longitude: 25.5 });
		// A lock held by a running process on this folder (the test runner's parent stands in for another server).
		writeFileSync(lockFileOf(dataDir), JSON.stringify(describeProcess(process.ppid, dataDir)));
		expect(() => openDatabase({ dataDir })).toThrow(/Another server \(process \d+\)/);
		// Servers before this lock format wrote the bare process id: still refused while that process runs.
		writeFileSync(lockFileOf(dataDir), String(process.ppid));
		expect(() => openDatabase({ dataDir })).toThrow(/Another server/);
		writeFileSync(lockFileOf(dataDir), JSON.stringify(describeProcess(process.pid, dataDir)));
		await first.close();

		const second = openDatabase({ dataDir });
		await second.migrate();
		const rows = await second.db.select().from(cities);
		expect(rows.map((row) => row.name)).toEqual(['Oulu']);
		await second.close();
	}, 300_000);

	it('starts from a copy of a stopped folder whose lock was copied with it', async () => {
		const original = newFolder();
		const first = openDatabase({ dataDir: original });
		await first.migrate();
		await first.db
			.insert(cities)
			.values({ slug: 'tampere', name: 'Tampere', countryCode: 'FI', latitude: 61.5, longitude: 23.8 });
		await first.close();
		// The copy's lock names a live process holding the original folder (as if copied while it ran).
		const copy = newFolder();
		cpSync(original, copy, { recursive: true });
		writeFileSync(lockFileOf(copy), JSON.stringify(describeProcess(process.ppid, original)));
		const reopened = openDatabase({ dataDir: copy });
		await reopened.migrate();
		expect(await reopened.db.select({ name: cities.name }).from(cities)).toEqual([{ name: 'Tampere' }]);
		await reopened.close();
	}, 300_000);

	it('takes over a lock from another machine, an earlier boot or a process id now reused', () => {
		const dataDir = newFolder();
		const live = describeProcess(process.ppid, dataDir);
		expect(isLiveOwner(live, dataDir)).toBe(true);
		// Copied from another machine or container, where process ids mean something else.
		expect(isLiveOwner({ ...live, host: 'another-host' }, dataDir)).toBe(false);
		// The machine restarted since.
		expect(isLiveOwner({ ...live, boot: 'an-earlier-boot' }, dataDir)).toBe(false);
		// The id now belongs to a process that started at another time than the lock's owner.
		expect(isLiveOwner({ ...live, started: '1' }, dataDir)).toBe(false);
		// A process that ended.
		expect(isLiveOwner({ ...live, pid: 2 ** 22 + 1 }, dataDir)).toBe(false);
	});

	it('runs concurrent transactions one after another through the worker, and rolls back a failed one', async () => {
		const handle = openDatabase({ dataDir: newFolder() });
		await handle.migrate();
		const slugs = Array.from({ length: 12 }, (_, index) => `city-${index}`);
		// Each transaction reads the count and writes it back: interleaved, two would read the same count.
		await Promise.all(
			slugs.map((slug) =>
				handle.db.transaction(async (tx) => {
					const [counted] = await tx.select({ count: sql<number>`count(*)::int` }).from(cities);
					const count = counted?.count ?? -1;
					await tx
						.insert(cities)
						.values({ slug, name: `City ${count}`, countryCode: 'FI', latitude: count, longitude: 0 });
				})
			)
		);
		await expect(
			handle.db.transaction(async (tx) => {
				await tx
					.insert(cities)
					.values({ slug: 'lost', name: 'Lost', countryCode: 'FI', latitude: 0, longitude: 0 });
				await tx.execute(sql`select no_such_column from cities`);
			})
		).rejects.toThrow();
		const rows = await handle.db.select({ name: cities.name, latitude: cities.latitude }).from(cities);
		expect(rows.map((row) => row.latitude).sort((a, b) => a - b)).toEqual(slugs.map((_, index) => index));
		expect(rows.some((row) => row.name === 'Lost')).toBe(false);
		await handle.close();
	}, 300_000);

	it('counts committed changes to public data in the worker, not a rolled-back one, by the time the write returns', async () => {
		const handle = openDatabase({ dataDir: newFolder() });
		await handle.migrate();
		const dataVersion = workerDataVersionOf(handle.db)!;
		expect(dataVersion).toBeTypeOf('function');
		const before = await dataVersion();
		await handle.db
			.insert(cities)
			.values({ slug: 'tampere', name: 'Tampere', countryCode: 'FI', latitude: 61.5, longitude: 23.8 });
		const afterInsert = await dataVersion();
		expect(afterInsert).toBeGreaterThan(before);
		await expect(
			handle.db.transaction(async (tx) => {
				await tx.update(cities).set({ name: 'Not kept' });
				await tx.execute(sql`select no_such_column from cities`);
			})
		).rejects.toThrow();
		expect(await dataVersion()).toBe(afterInsert);
		await handle.close();
	}, 300_000);
});
