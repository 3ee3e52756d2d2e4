import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { count, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '$lib/server/app';
import { applicationTables, quoteName, useStableTextForms } from '$lib/server/backup/catalog';
import { filesUnder } from '$lib/server/backup/write-backup';
import { attachFile } from '$lib/server/commands/attach-file';
import { readConfig } from '$lib/server/config';
import { openDatabase, type DatabaseHandle } from '$lib/server/db';
import { answerHistory, auditLog, cycles, reportSections, responses } from '$lib/server/db/schema';
import { createDiskFileStore } from '$lib/server/files/file-store';
import { seedDemo } from '$lib/server/seed/seed-demo';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { pdfBytes } from '../factories/files';
import { driverUnderTest } from '../factories/test-database';
import { adminStatement } from '../factories/postgres-admin';

const run = promisify(execFile);
const LONG = 300_000;

/** A database to restore into or back up from: PGlite in a folder, or a new database on the test server. */
interface Place {
	dataDir: string;
	url?: string;
	open(): DatabaseHandle;
	drop(): Promise<void>;
}

async function newPlace(engine: 'pglite' | 'postgres'): Promise<Place> {
	const dataDir = await mkdtemp(path.join(tmpdir(), 'icm-backup-'));
	if (engine === 'pglite') {
		return {
			dataDir,
			open: () => openDatabase({ dataDir }),
			drop: () => rm(dataDir, { recursive: true, force: true })
		};
	}
	const server = process.env.DATABASE_URL;
	if (!server) throw new Error('TEST_DB=postgres needs DATABASE_URL');
	const name = `icm_backup_${randomBytes(6).toString('hex')}`;
	await adminStatement(server, `create database ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	return {
		dataDir,
		url: url.toString(),
		open: () => openDatabase({ url: url.toString() }),
		async drop() {
			await adminStatement(server, `drop database if exists ${name} with (force)`);
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}

/** `npm run backup` / `npm run restore` as an operator types them, against the place's database. */
function command(place: Place, ...args: string[]) {
	return run('node', ['scripts/backup.js', ...args], {
		env: { ...process.env, DATABASE_URL: place.url ?? '', DATA_DIR: place.dataDir, LOG_LEVEL: 'silent' }
	});
}

/** Every table's rows, each value in PostgreSQL's text form, sorted: two equal databases give equal dumps. */
async function everyRow(handle: DatabaseHandle): Promise<Record<string, string[]>> {
	const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
	const client = await pool.connect();
	try {
		await client.query('begin');
		await useStableTextForms(client);
		const tables: Record<string, string[]> = {};
		for (const table of await applicationTables(client)) {
			const columns = table.columns.map((column) => `${quoteName(column.name)}::text`).join(', ');
			const result = await client.query({
				text: `select ${columns} from ${quoteName(table.name)}`,
				rowMode: 'array'
			});
			tables[table.name] = result.rows.map((row) => JSON.stringify(row)).sort();
		}
		await client.query('commit');
		return tables;
	} finally {
		client.release();
	}
}

async function everyFile(dataDir: string): Promise<Record<string, string>> {
	const root = path.join(dataDir, 'files');
	const files: Record<string, string> = {};
	for (const relative of await filesUnder(root)) {
		files[relative] = (await readFile(path.join(root, relative))).toString('base64');
	}
	return files;
}

describe(`backing up and restoring a database on ${driverUnderTest}`, () => {
	let source: Place;
	let app: AppContext;
	let backupFile: string;
	const places: Place[] = [];

	beforeAll(async () => {
		source = await newPlace(driverUnderTest);
		places.push(source);
		app = await createAppContext({
			database: source.open(),
			config: readConfig({ DEMO_DATA: 'off', ORIGIN: 'http://localhost:4173', LOG_LEVEL: 'silent' }),
			files: createDiskFileStore(path.join(source.dataDir, 'files'))
		});
		// The demo: cities, people, published cycles with their reports, answers with their history.
		await seedDemo(app.db, app.auth, 'backup-test-password');
		// An attachment, stored in the files folder and named in an answer.
		const city = await buildCity(app, { name: 'Aarhus' });
		const { response } = await buildOpenResponse(app, city.id);
		const person = await buildPerson(app, 'coordinator', city.id);
		const attached = await attachFile(
			app.db,
			app.files,
			{ id: person.id, role: 'coordinator', cityId: city.id },
			{
				responseId: response.id,
				itemId: 'documents',
				name: 'Integration strategy.pdf',
				data: pdfBytes('Aarhus strategy')
			}
		);
		expect(attached).toMatchObject({ ok: true });
		backupFile = path.join(source.dataDir, 'backup.icm.gz');
	}, LONG);

	afterAll(async () => {
		await app?.close();
		for (const place of places) await place.drop();
	}, LONG);

	it('has the data a backup must keep', async () => {
		const [published] = await app.db
			.select({ sections: count(reportSections.id) })
			.from(cycles)
			.innerJoin(reportSections, eq(reportSections.cycleId, cycles.id))
			.where(eq(cycles.status, 'published'));
		expect(published?.sections).toBeGreaterThan(0);
		const [history] = await app.db.select({ rows: count() }).from(answerHistory);
		expect(history?.rows).toBeGreaterThan(0);
		expect(Object.keys(await everyFile(source.dataDir))).toHaveLength(1);
	});

	it(
		'backs up while the server runs, and restores every table and file into an empty database',
		async () => {
			// The server keeps answering while the backup is taken.
			const backup = command(source, 'backup', backupFile);
			const during = await app.db.select({ rows: count() }).from(responses);
			expect(during[0]?.rows).toBeGreaterThan(0);
			const { stdout } = await backup;
			expect(stdout).toMatch(
				driverUnderTest === 'pglite' ? /the running server \(process \d+\)/ : /PostgreSQL/
			);
			expect(stdout).toMatch(/Wrote .*backup\.icm\.gz: \d+ rows of \d+ tables, 1 files\./);

			const target = await newPlace(driverUnderTest);
			places.push(target);
			const restored = await command(target, 'restore', backupFile);
			expect(restored.stdout).toMatch(/Restored \d+ rows and 1 files\./);

			const copy = target.open();
			try {
				await copy.migrate();
				expect(await everyRow(copy)).toEqual(await everyRow(openedSource()));
				expect(await everyFile(target.dataDir)).toEqual(await everyFile(source.dataDir));
				// New rows take ids after the restored ones, and the audit log (insert-only) takes new entries.
				const made = await buildCity({ ...app, db: copy.db }, { name: 'Malmö' });
				expect(made.id).toBeGreaterThan(0);
				await copy.db
					.insert(auditLog)
					.values({ action: 'city.created', actorId: null, subjectType: 'city', subjectId: String(made.id) });
			} finally {
				await copy.close();
			}

			// A second restore into the same, now filled, database is refused and changes nothing.
			const again = await command(target, 'restore', backupFile).then(
				() => null,
				(error: { code: number; stderr: string }) => error
			);
			expect(again?.code).toBe(1);
			expect(again?.stderr).toMatch(/Nothing was restored: The database is not empty/);
		},
		LONG
	);

	it.skipIf(driverUnderTest !== 'postgres')(
		'restores a PostgreSQL backup into the embedded database, the same rows and files',
		async () => {
			const target = await newPlace('pglite');
			places.push(target);
			await command(target, 'restore', backupFile);
			const copy = target.open();
			try {
				await copy.migrate();
				expect(await everyRow(copy)).toEqual(await everyRow(openedSource()));
				expect(await everyFile(target.dataDir)).toEqual(await everyFile(source.dataDir));
			} finally {
				await copy.close();
			}
		},
		LONG
	);

	it(
		'refuses a file that is not a backup, with a clear message',
		async () => {
			const target = await newPlace(driverUnderTest);
			places.push(target);
			const notBackup = path.join(target.dataDir, 'notes.txt');
			await writeFile(notBackup, 'just some notes');
			const refused = await command(target, 'restore', notBackup).then(
				() => null,
				(error: { code: number; stderr: string }) => error
			);
			expect(refused?.code).toBe(1);
			expect(refused?.stderr).toMatch(/not a backup of this application/);
		},
		LONG
	);

	/** The source database as the application holds it. */
	function openedSource(): DatabaseHandle {
		return {
			db: app.db,
			driver: app.driver,
			ready: async () => {},
			migrate: async () => {},
			close: async () => {}
		};
	}
});
