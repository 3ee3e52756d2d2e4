import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskFileStore, InvalidFileKeyError, type FileStore } from './file-store';

describe('the disk file store', () => {
	let root: string;
	let store: FileStore;

	beforeAll(async () => {
		root = await mkdtemp(path.join(tmpdir(), 'icm-files-'));
		store = createDiskFileStore(path.join(root, 'files'));
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it('keeps bytes under a key, replaces them, and forgets them', async () => {
		const key = 'responses/7/abc_DEF-123';
		expect(await store.get(key)).toBeNull();
		await store.put(key, Uint8Array.of(1, 2, 3));
		expect(Array.from((await store.get(key)) ?? [])).toEqual([1, 2, 3]);
		await store.put(key, Uint8Array.of(4));
		expect(Array.from((await store.get(key)) ?? [])).toEqual([4]);
		await store.remove(key);
		await store.remove(key);
		expect(await store.get(key)).toBeNull();
	});

	it('leaves no temporary file behind', async () => {
		await store.put('responses/8/file', new Uint8Array(100_000));
		expect(await readdir(path.join(root, 'files', 'responses', '8'))).toEqual(['file']);
	});

	it('refuses keys that could leave its folder or hide a file', async () => {
		for (const key of [
			'../secret',
			'responses/../../etc/passwd',
			'/etc/passwd',
			'a//b',
			'a\\b',
			'',
			'.hidden',
			'a/..'
		])
			await expect(store.put(key, Uint8Array.of(1)), key).rejects.toBeInstanceOf(InvalidFileKeyError);
		await expect(store.get('../x')).rejects.toBeInstanceOf(InvalidFileKeyError);
		await expect(store.remove('/x')).rejects.toBeInstanceOf(InvalidFileKeyError);
	});
});
