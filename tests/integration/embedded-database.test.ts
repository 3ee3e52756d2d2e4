import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';

// Only the embedded database keeps files of its own; this runs in the PGlite pass only.
describe.skipIf(process.env.TEST_DB === 'postgres')('the embedded database folder', () => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-pglite-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('keeps data across restarts and refuses a second server on the same folder', async () => {
		const first = openDatabase({ dataDir });
		await first.migrate();
		const { cities } = await import('$lib/server/db/schema');
		await first.db
			.insert(cities)
			.values({ slug: 'oulu', name: 'Oulu', countryCode: 'FI', latitude: 65, longitude: 25.5 });
		// A lock held by a running process (this one stands in for another server).
		const { writeFileSync } = await import('node:fs');
		writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.ppid));
		expect(() => openDatabase({ dataDir })).toThrow(/Another server/);
		writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.pid));
		await first.close();

		const second = openDatabase({ dataDir });
		await second.migrate();
		const rows = await second.db.select().from(cities);
		expect(rows.map((row) => row.name)).toEqual(['Oulu']);
		await second.close();
	});
});
