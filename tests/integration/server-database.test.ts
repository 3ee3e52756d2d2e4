import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cities } from '$lib/server/db/schema';
import type { DatabaseHandle } from '$lib/server/db';
import { openTestDatabase } from '../factories/test-database';

// Only a PostgreSQL server closes connections on its own; this runs in the PostgreSQL pass only.
describe.skipIf(process.env.TEST_DB !== 'postgres')('a PostgreSQL server closing connections', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await openTestDatabase();
		await database.migrate();
	});
	afterAll(() => database.close());

	it('does not stop the application: the next query opens a new connection', async () => {
		// Several connections, left idle in the pool.
		await Promise.all(Array.from({ length: 4 }, () => database.db.execute(sql`select pg_sleep(0.05)`)));
		const current = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
			rows: { name: string }[];
		};
		const name = current.rows[0]!.name;

		// What a restart or an administrator does: the server ends every connection of the database.
		const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
		await admin.connect();
		const ended = await admin.query(
			'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1',
			[name]
		);
		await admin.end();
		expect(ended.rowCount).toBeGreaterThan(0);
		await new Promise((resolve) => setTimeout(resolve, 200));

		await database.db
			.insert(cities)
			.values({ slug: 'oulu', name: 'Oulu', countryCode: 'FI', latitude: 65, longitude: 25.5 });
		expect((await database.db.select().from(cities)).map((city) => city.name)).toEqual(['Oulu']);
	});
});
