import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createAppContext, type AppContext } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { openDatabase, type DatabaseHandle } from '$lib/server/db';
import { adminStatement } from './postgres-admin';

/** The migrated, empty PGlite folder made once for the run (migrated-template.ts), read once per test file. */
let pgliteTemplate: Blob | undefined;

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or (TEST_DB=postgres) a new database
 * on the PostgreSQL server the test script started. Both run the same tests: the storage contract. Each
 * starts as a copy of the one database migrated before the run (migrated-template.ts); the app's own
 * migrate() then finds nothing left to do, as it would on a server already up to date.
 */
export async function openTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
	if (process.env.TEST_DB !== 'postgres') {
		pgliteTemplate ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
		return openDatabase({ dataDir: 'memory://', startFrom: pgliteTemplate });
	}

	const serverUrl = process.env.DATABASE_URL;
	if (!serverUrl) throw new Error('TEST_DB=postgres needs DATABASE_URL (scripts/test.js sets it)');
	const name = `icm_test_${randomBytes(6).toString('hex')}`;
	const template = inject('postgresTemplate');
	await adminStatement(serverUrl, `create database ${name} template ${template}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = openDatabase({ url: url.toString() });
	return {
		...handle,
		/** Where it is, so a test can open it a second time, as another app server would. */
		url: url.toString(),
		async close() {
			await handle.close();
			await adminStatement(serverUrl, `drop database if exists ${name} with (force)`);
		}
	};
}

export const TEST_PASSWORD = 'integration-test-password';

/**
 * The application context on a fresh database, as a server would build it, without demo data; or on the
 * `database` given (another app server's view of a test's PostgreSQL database).
 */
export async function createTestApp(
	options: { signInAttemptsPerMinute?: number; database?: DatabaseHandle } = {}
): Promise<AppContext> {
	const database = options.database ?? (await openTestDatabase());
	return createAppContext({
		database,
		config: readConfig({
			DEMO_DATA: 'off',
			ORIGIN: 'http://localhost:4173',
			LOG_LEVEL: 'silent',
			// A folder that does not exist: at start the app moves <DATA_DIR>/files into the database, and a test
			// must never take the files of a developer's own ./data.
			DATA_DIR: path.join(tmpdir(), `icm-test-${randomBytes(6).toString('hex')}`)
		}),
		signInAttemptsPerMinute: options.signInAttemptsPerMinute
	});
}

export const driverUnderTest = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
