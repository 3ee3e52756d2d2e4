import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * What the lock file of a PGlite folder says about the server holding it. A process id alone is not enough:
 * a folder copied to another machine or container (where that id may belong to anything, often process 1),
 * restored after a reboot, or copied next to the original on the same machine names a process that is not
 * its owner. Host, boot, the process's start time and the folder's own path tell those apart.
 */
export interface LockOwner {
	pid: number;
	host?: string;
	/** Linux's boot id: a different one means the machine restarted since. */
	boot?: string;
	/** When the process started (Linux clock ticks since boot): a reused process id has another. */
	started?: string;
	/** The folder the lock was written for: a copy of the folder elsewhere has another path. */
	dir?: string;
	/** Where the running server's database listens (see pglite-worker.js); backup connects there. */
	socket?: string;
}

/** Takes the folder's lock, or refuses if a live server holds it. Returns what releases it. */
export function lockDataDir(dataDir: string, socket?: string): () => void {
	const lockFile = lockFileOf(dataDir);
	const me = describeProcess(process.pid, dataDir, socket);
	try {
		writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
	} catch {
		const owner = readLockOwner(dataDir);
		if (owner && owner.pid !== process.pid && isLiveOwner(owner, dataDir)) {
			throw new Error(
				`Another server (process ${owner.pid}) is using the database in ${path.resolve(dataDir)}. Stop it first, or set DATA_DIR to another folder.`
			);
		}
		writeFileSync(lockFile, JSON.stringify(me));
	}
	return () => rmSync(lockFile, { force: true });
}

export function lockFileOf(dataDir: string): string {
	return path.resolve(dataDir, 'pglite.lock');
}

/** The lock's owner as written, or null without a lock. Older servers wrote only the process id. */
export function readLockOwner(dataDir: string): LockOwner | null {
	let text: string;
	try {
		text = readFileSync(lockFileOf(dataDir), 'utf8').trim();
	} catch {
		return null;
	}
	if (/^\d+$/.test(text)) return { pid: Number(text) };
	try {
		const parsed = JSON.parse(text) as LockOwner;
		return Number.isInteger(parsed.pid) ? parsed : null;
	} catch {
		return null;
	}
}

/** The lock names a process that runs now, on this machine since this boot, and holds this very folder. */
export function isLiveOwner(owner: LockOwner, dataDir: string): boolean {
	if (owner.dir && owner.dir !== path.resolve(dataDir)) return false;
	if (owner.host && owner.host !== hostname()) return false;
	const boot = bootId();
	if (owner.boot && boot && owner.boot !== boot) return false;
	if (!isRunning(owner.pid)) return false;
	const started = startTimeOf(owner.pid);
	if (owner.started && started && owner.started !== started) return false;
	return true;
}

export function describeProcess(pid: number, dataDir: string, socket?: string): LockOwner {
	return {
		pid,
		host: hostname(),
		boot: bootId(),
		started: startTimeOf(pid),
		dir: path.resolve(dataDir),
		socket
	};
}

function bootId(): string | undefined {
	try {
		return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
	} catch {
		return undefined;
	}
}

function startTimeOf(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (in parentheses) may hold spaces; the fields after it are plain. Start time is field 22.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
