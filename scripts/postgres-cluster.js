// A throwaway PostgreSQL server for the test run: nothing is installed, configured or left behind.
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, chown, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const REQUIRED_BINARIES = ['initdb', 'pg_ctl', 'postgres'];
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function hasServerBinaries(dir) {
	return REQUIRED_BINARIES.every((name) => isExecutable(path.join(dir, name)));
}

/** The directory holding initdb, pg_ctl and postgres, or null when no PostgreSQL server is installed. */
export function findPostgresBin() {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		if (dir && hasServerBinaries(dir)) return dir;
	}
	// Debian keeps server binaries out of PATH, one directory per major version.
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
	for (const version of versions) {
		const dir = path.join(root, version, 'bin');
		if (hasServerBinaries(dir)) return dir;
	}
	return null;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function postgresUserIds() {
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		return { uid, gid };
	} catch {
		throw new Error(
			'Running as root, but there is no "postgres" system user to run the server as ' +
				'(initdb and pg_ctl refuse to run as root). Install the "postgresql" package, which creates it.'
		);
	}
}

/** A single-quoted postgresql.conf string value. */
function confString(value) {
	return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

function tail(file, lines = 30) {
	try {
		return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Starts a private PostgreSQL server on 127.0.0.1 in a fresh temp directory.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startThrowawayCluster() {
	const binDir = findPostgresBin();
	if (!binDir) {
		throw new Error(
			'No PostgreSQL server binaries found (initdb, pg_ctl). Install them: apt-get install -y postgresql'
		);
	}
	// initdb and pg_ctl refuse to run as root, so as root everything runs as the postgres system user.
	const asRoot = process.getuid?.() === 0;
	const owner = asRoot ? postgresUserIds() : null;
	const command = (name, args) =>
		asRoot
			? ['runuser', ['-u', 'postgres', '--', path.join(binDir, name), ...args]]
			: [path.join(binDir, name), args];

	const dir = await mkdtemp(path.join(os.tmpdir(), 'icm-postgres-'));
	const dataDir = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	// cwd is the temp dir so the postgres user never needs access to the caller's working directory.
	const run = (name, args) => execFileAsync(...command(name, args), { cwd: dir });
	const runSync = (name, args) => execFileSync(...command(name, args), { cwd: dir, stdio: 'ignore' });

	let state = 'starting';

	// Synchronous on purpose: signal and crash handlers cannot wait for promises.
	const emergencyStop = () => {
		if (state === 'stopped') return;
		state = 'stopped';
		try {
			if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
				runSync('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
			}
		} catch {
			// Best effort: the process is going down anyway.
		}
		try {
			rmSync(dir, { recursive: true, force: true });
		} catch {
			// Best effort, as above.
		}
	};
	const onSignal = (signal) => {
		emergencyStop();
		// Exit only if nobody else listens; otherwise the caller's own handler decides (e.g. to wait for children).
		if (process.listenerCount(signal) <= 1) process.exit(128 + SIGNALS[signal]);
	};
	const detach = () => {
		for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal);
		process.off('exit', emergencyStop);
		process.off('uncaughtExceptionMonitor', emergencyStop);
	};
	for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal);
	process.on('exit', emergencyStop);
	// The monitor variant cleans up without changing Node's default crash behaviour (also covers unhandled rejections).
	process.on('uncaughtExceptionMonitor', emergencyStop);

	const stop = async () => {
		if (state === 'stopped') return;
		state = 'stopped';
		try {
			if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
				await run('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
			detach();
		}
	};

	try {
		if (owner) await chown(dir, owner.uid, owner.gid);
		await run('initdb', [
			'-D',
			dataDir,
			'-A',
			'trust',
			'-U',
			'postgres',
			'--no-sync',
			'-E',
			'UTF8',
			'--locale=C'
		]);

		// The port is only reserved until the server binds it, so another process may win the race: retry.
		for (let attempt = 1; ; attempt++) {
			const port = await freePort();
			// Settings go into postgresql.conf rather than pg_ctl -o, which passes them through a shell unquoted.
			await appendFile(
				path.join(dataDir, 'postgresql.conf'),
				[
					'',
					'# Throwaway test server: local only, durability traded for speed.',
					"listen_addresses = '127.0.0.1'",
					`port = ${port}`,
					`unix_socket_directories = ${confString(dir)}`,
					'fsync = off',
					'synchronous_commit = off',
					'full_page_writes = off',
					''
				].join('\n')
			);
			try {
				await run('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60']);
				state = 'running';
				return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
			} catch (error) {
				if (attempt >= 3) throw error;
			}
		}
	} catch (error) {
		// execFile's message already carries the command's stderr; the server log explains a failed start.
		const log = tail(logFile);
		const details = [error.message.trim(), log && `Server log (last lines):\n${log}`];
		emergencyStop();
		detach();
		throw new Error(`Could not start a throwaway PostgreSQL server.\n${details.filter(Boolean).join('\n')}`, {
			cause: error
		});
	}
}
