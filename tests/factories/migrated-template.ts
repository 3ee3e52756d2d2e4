import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { migrationsFolder, openDatabase } from '../../src/lib/server/db/client';
import { adminStatement } from './postgres-admin';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A file holding a migrated, empty PGlite folder (dumpDataDir), when the tests run on PGlite. */
		pgliteTemplate: string;
		/** The migrated, empty database that every test database is copied from, on PostgreSQL. */
		postgresTemplate: string;
	}
}

/**
 * Vitest global setup of the integration tests: migrates one empty database before any test file runs, and
 * every test database starts as a copy of it (test-database.ts). Migrating a new in-memory PGlite costs each
 * file seconds of WebAssembly; a copy loads in about one. On PostgreSQL, `create database … template …`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (process.env.TEST_DB === 'postgres') return postgresTemplate(project);

	const client = new PGlite('memory://');
	await migrate(drizzle(client), { migrationsFolder });
	const dump = await client.dumpDataDir('none');
	await client.close();
	const file = path.join(
		tmpdir(),
		`icm-pglite-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`
	);
	await writeFile(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	project.provide('postgresTemplate', '');
	return () => rm(file, { force: true });
}

async function postgresTemplate(project: TestProject): Promise<() => Promise<void>> {
	const serverUrl = process.env.DATABASE_URL;
	if (!serverUrl) throw new Error('TEST_DB=postgres needs DATABASE_URL (scripts/test.js sets it)');
	const name = `icm_template_${randomBytes(6).toString('hex')}`;
	await adminStatement(serverUrl, `create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = openDatabase({ url: url.toString() });
	try {
		await handle.migrate();
	} finally {
		// A template is copied only while nobody is connected to it.
		await handle.close();
	}
	project.provide('postgresTemplate', name);
	project.provide('pgliteTemplate', '');
	return () => adminStatement(serverUrl, `drop database if exists ${name} with (force)`);
}
