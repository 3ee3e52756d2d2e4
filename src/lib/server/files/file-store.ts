import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live, by key ('responses/<responseId>/<fileId>'). Commands and routes use only this
 * interface: the app keeps files in its database (database-file-store.ts), so that several app servers share
 * them; an object store (S3 and the like) could replace it without touching them.
 */
export interface FileStore {
	/** Stores the bytes under the key, replacing what was there; a reader never sees half a file. */
	put(key: string, data: Uint8Array): Promise<void>;
	/** The bytes stored under the key, or null when there are none. */
	get(key: string): Promise<Uint8Array | null>;
	/** Forgets the key; removing a missing key is not an error. */
	remove(key: string): Promise<void>;
}

// Segments of letters, digits, '.', '_' and '-' that do not start with a dot: no '..', no hidden files, and
// never the name of a temporary file (those start with a dot), whatever a caller builds a key from.
const keySegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export class InvalidFileKeyError extends Error {
	constructor(key: string) {
		super(`Invalid file key: ${JSON.stringify(key.slice(0, 200))}`);
		this.name = 'InvalidFileKeyError';
	}
}

/** The key's segments, or InvalidFileKeyError when it is not a key any store accepts. */
export function keySegments(key: string): string[] {
	const segments = key.split('/');
	if (key.length > 1000 || !segments.every((segment) => keySegment.test(segment)))
		throw new InvalidFileKeyError(key);
	return segments;
}

/**
 * Files on the local disk under `root`. Installations before decision 0019 kept attachments in
 * <DATA_DIR>/files; they are moved into the database at start (move-disk-files.ts). The folder is made on
 * first write.
 */
export function createDiskFileStore(root: string): FileStore {
	const base = path.resolve(root);

	function pathOf(key: string): string {
		const segments = keySegments(key);
		const target = path.resolve(base, ...segments);
		// The pattern already rules out escapes; this keeps the promise if the pattern is ever loosened.
		if (!target.startsWith(base + path.sep)) throw new InvalidFileKeyError(key);
		return target;
	}

	return {
		async put(key, data) {
			const target = pathOf(key);
			await mkdir(path.dirname(target), { recursive: true });
			// Written beside the target and renamed over it: a rename within one folder is atomic, so a crash
			// leaves either the whole new file or none, plus at worst a stray temporary file.
			const temporary = path.join(
				path.dirname(target),
				`.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`
			);
			const handle = await open(temporary, 'wx');
			try {
				await handle.writeFile(data);
				// Flushed before the rename, or a power cut could leave the new name on an empty file.
				await handle.sync();
			} catch (failure) {
				await handle.close();
				await rm(temporary, { force: true });
				throw failure;
			}
			await handle.close();
			try {
				await rename(temporary, target);
			} catch (failure) {
				await rm(temporary, { force: true });
				throw failure;
			}
		},

		async get(key) {
			try {
				return await readFile(pathOf(key));
			} catch (failure) {
				if ((failure as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw failure;
			}
		},

		async remove(key) {
			await rm(pathOf(key), { force: true });
		}
	};
}

/** The key of a file attached to a response. */
export function responseFileKey(responseId: number, fileId: string): string {
	return `responses/${responseId}/${fileId}`;
}
