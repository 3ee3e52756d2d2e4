import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { createDatabaseFileStore } from '$lib/server/files/database-file-store';
import { InvalidFileKeyError, type FileStore } from '$lib/server/files/file-store';
import { moveDiskFilesIntoDatabase } from '$lib/server/files/move-disk-files';
import { createTestApp, driverUnderTest, openTestDatabase } from '../factories/test-database';

const everyByte = Uint8Array.from({ length: 256 * 4 }, (_, index) => index % 256);

describe(`files kept in the database on ${driverUnderTest}`, () => {
	let app: AppContext;
	let store: FileStore;

	beforeAll(async () => {
		app = await createTestApp();
		store = createDatabaseFileStore(app.db);
	});
	afterAll(() => app?.close());

	it('keeps bytes under a key exactly, replaces them, and forgets them', async () => {
		const key = 'responses/7/abc_DEF-123';
		expect(await store.get(key)).toBeNull();
		await store.put(key, everyByte);
		expect(Buffer.from((await store.get(key))!).equals(Buffer.from(everyByte))).toBe(true);
		await store.put(key, Uint8Array.of(4));
		expect(Array.from((await store.get(key)) ?? [])).toEqual([4]);
		await store.remove(key);
		await store.remove(key);
		expect(await store.get(key)).toBeNull();
	});

	it('is the store the app uses, so a file one server stores another reads', async () => {
		await app.files.put('responses/9/shared', Uint8Array.of(9, 8, 7));
		const secondServer = createDatabaseFileStore(app.db);
		expect(Array.from((await secondServer.get('responses/9/shared')) ?? [])).toEqual([9, 8, 7]);
	});

	it('refuses the keys the disk store refuses', async () => {
		for (const key of ['../secret', '/etc/passwd', 'a//b', '', '.hidden'])
			await expect(store.put(key, Uint8Array.of(1)), key).rejects.toBeInstanceOf(InvalidFileKeyError);
		await expect(store.get('../x')).rejects.toBeInstanceOf(InvalidFileKeyError);
	});
});

describe(`attachments an older version kept on disk move into the database at start, on ${driverUnderTest}`, () => {
	let dataDir: string;

	beforeAll(async () => {
		dataDir = await mkdtemp(path.join(tmpdir(), 'icm-old-files-'));
	});
	afterAll(() => rm(dataDir, { recursive: true, force: true }));

	async function oldFiles() {
		const folder = path.join(dataDir, 'files', 'responses', '12');
		await mkdir(folder, { recursive: true });
		await writeFile(path.join(folder, 'strategy'), everyByte);
		await writeFile(path.join(folder, 'scan'), Uint8Array.of(1, 2, 3));
		// Left by an upload that was interrupted: not an attachment.
		await writeFile(path.join(folder, '.scan.1a2b.tmp'), Uint8Array.of(0));
	}

	it('moves every file once, keeps the old folder under a new name, and a second start changes nothing', async () => {
		await oldFiles();
		const database = await openTestDatabase();
		const config = readConfig({ DEMO_DATA: 'off', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
		const app = await createAppContext({ database, config });
		try {
			const strategy = await app.files.get('responses/12/strategy');
			expect(Buffer.from(strategy!).equals(Buffer.from(everyByte))).toBe(true);
			expect(Array.from((await app.files.get('responses/12/scan')) ?? [])).toEqual([1, 2, 3]);
			expect(await readdir(dataDir)).toEqual(['files-moved-to-database']);

			// Nothing left to move: the next start finds no folder.
			expect(await moveDiskFilesIntoDatabase(app.db, dataDir)).toEqual({ moved: 0, keptAt: null });

			// A start interrupted after copying but before renaming: the next one finishes without doubling
			// anything or overwriting what was stored since.
			await app.files.put('responses/12/scan', Uint8Array.of(5));
			await oldFiles();
			const again = await moveDiskFilesIntoDatabase(app.db, dataDir);
			expect(again.moved).toBe(0);
			expect(Array.from((await app.files.get('responses/12/scan')) ?? [])).toEqual([5]);
			expect((await readdir(dataDir)).sort()).toEqual([
				'files-moved-to-database',
				'files-moved-to-database-2'
			]);
		} finally {
			await app.close();
		}
	});
});
