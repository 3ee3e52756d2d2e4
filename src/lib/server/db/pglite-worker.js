// The embedded database (PGlite) on its own thread, served over a Unix socket in PostgreSQL's wire protocol.
// The request thread talks to it through node-postgres exactly as it talks to a PostgreSQL server, so a slow
// query no longer holds up the rendering of pages that need no data.
//
// Plain JavaScript, not bundled: the server starts it as a worker_threads Worker by its path (see client.ts).
// Messages from the parent: { type: 'close' }, { type: 'data-version', id }. To the parent: { type: 'ready' },
// { type: 'closed' }, { type: 'data-version', id, count }.
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

if (!parentPort) throw new Error('pglite-worker.js runs as a worker thread (see client.ts)');
const parent = parentPort;
const { dataDir, socketPath } = workerData;
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': not inside a transaction block

const NOTIFICATION_RESPONSE = 0x41; // 'A'

const db = await PGlite.create(dataDir);
// Changes to public data notify on this channel (migration 0010). The one session listens, so each committed
// change adds a notification to the answer of the statement that committed it; the relay counts them before it
// sends that answer on. The request thread asks for the count by message, so a public page never waits for
// the database behind other people's saves to learn whether its kept copy is current (decision 21).
await db.exec('LISTEN icm_data_version');
let dataVersion = 0;

/**
 * @typedef {object} Connection
 * @property {net.Socket} socket
 * @property {Buffer} buffer bytes received that do not make a whole message yet
 * @property {Buffer[]} ready whole messages not yet run
 * @property {boolean} started whether the startup message has come
 * @property {boolean} closed
 */
/**
 * PGlite has one session. Many connections share it safely because a connection keeps it from its first
 * message until PGlite answers "ready, idle" (ReadyForQuery 'I'): an extended-protocol exchange or a whole
 * transaction is never interleaved with another connection's statements. Waiting connections queue in order.
 */
/** @type {Connection | null} */
let owner = null;
/** @type {Connection[]} */
const waiting = [];
let running = false;

/**
 * One client connection: the bytes received but not yet complete, and complete messages not yet run.
 * @param {net.Socket} socket
 */
function attach(socket) {
	/** @type {Connection} */
	const connection = { socket, buffer: Buffer.alloc(0), ready: [], started: false, closed: false };
	socket.setNoDelay(true);
	socket.on('data', (/** @type {Buffer} */ data) => {
		connection.buffer = Buffer.concat([connection.buffer, data]);
		splitMessages(connection);
		if (connection.ready.length > 0) schedule(connection);
	});
	socket.on('error', () => socket.destroy());
	socket.on('close', () => {
		connection.closed = true;
		connection.ready = [];
		const at = waiting.indexOf(connection);
		if (at >= 0) waiting.splice(at, 1);
		// A connection that dropped inside a transaction must not leave it open for the next one.
		if (owner === connection) {
			owner = null;
			enqueueWork(async () => {
				if (db.isInTransaction()) await db.exec('ROLLBACK');
			});
		}
	});
}

/** @param {Connection} connection */
function splitMessages(connection) {
	for (;;) {
		const { buffer } = connection;
		if (!connection.started) {
			// The first message has no type byte: length, then the protocol code.
			if (buffer.length < 8) return;
			const length = buffer.readInt32BE(0);
			if (buffer.length < length) return;
			const code = buffer.readInt32BE(4);
			connection.buffer = buffer.subarray(length);
			if (code === SSL_REQUEST) {
				connection.socket.write('N'); // no TLS on a local socket; the client goes on in clear
				continue;
			}
			if (code === CANCEL_REQUEST) {
				connection.socket.end();
				return;
			}
			if (code !== PROTOCOL_3) {
				connection.socket.destroy();
				return;
			}
			connection.started = true;
			connection.ready.push(buffer.subarray(0, length));
			continue;
		}
		if (buffer.length < 5) return;
		const length = 1 + buffer.readInt32BE(1);
		if (buffer.length < length) return;
		const message = buffer.subarray(0, length);
		connection.buffer = buffer.subarray(length);
		if (message[0] === TERMINATE) {
			connection.socket.end();
			return;
		}
		connection.ready.push(message);
	}
}

/** @param {Connection} connection */
function schedule(connection) {
	if (owner !== connection && !waiting.includes(connection)) waiting.push(connection);
	drain();
}

/** Work that must run between two connections' turns (a rollback for a dropped connection). */
/** @type {(() => Promise<unknown>)[]} */
const chores = [];
/** @param {() => Promise<unknown>} work */
function enqueueWork(work) {
	chores.push(work);
	drain();
}

async function drain() {
	if (running) return;
	running = true;
	try {
		for (;;) {
			const chore = chores.shift();
			if (chore) {
				await chore().catch(() => {});
				continue;
			}
			const next = owner ?? waiting.shift();
			if (!next) break;
			if (next.ready.length === 0) {
				// The owner is inside a transaction and has not sent its next statement yet: wait for it.
				if (owner) break;
				continue;
			}
			owner = next;
			const messages = Buffer.concat(next.ready);
			next.ready = [];
			let answer;
			try {
				answer = await db.execProtocolRaw(messages);
			} catch (error) {
				// PGlite answers SQL errors in the protocol; a throw here means the connection's bytes were unusable.
				console.error('the embedded database refused a message', error);
				owner = null;
				next.socket.destroy();
				continue;
			}
			dataVersion += notificationsIn(answer);
			if (!next.closed && answer.length > 0) next.socket.write(answer);
			if (endsIdle(answer) || next.closed) {
				owner = null;
				if (next.ready.length > 0 && !next.closed) waiting.push(next);
			}
		}
	} finally {
		running = false;
	}
}

/** How many NotificationResponse messages an answer holds (only the data version's channel is listened to). */
/** @param {Uint8Array} answer */
function notificationsIn(answer) {
	let count = 0;
	for (let at = 0; at + 5 <= answer.length;) {
		if (answer[at] === NOTIFICATION_RESPONSE) count++;
		const length = Buffer.from(answer.buffer, answer.byteOffset + at + 1, 4).readUInt32BE(0);
		at += 1 + length;
	}
	return count;
}

/** The answer ends with ReadyForQuery 'I': the connection holds no transaction and no half-done exchange. */
/** @param {Uint8Array} answer */
function endsIdle(answer) {
	const at = answer.length - 6;
	return at >= 0 && answer[at] === READY_FOR_QUERY && answer[at + 5] === IDLE;
}

rmSync(socketPath, { force: true });
const sockets = new Set();
const server = net.createServer((socket) => {
	sockets.add(socket);
	socket.on('close', () => sockets.delete(socket));
	attach(socket);
});
server.listen(socketPath, () => {
	// Only the user running the server may connect: PGlite itself asks for no password.
	chmodSync(socketPath, 0o600);
	parent.postMessage({ type: 'ready' });
});

parent.on('message', async (message) => {
	if (message?.type === 'data-version') {
		parent.postMessage({ type: 'data-version', id: message.id, count: dataVersion });
		return;
	}
	if (message?.type !== 'close') return;
	server.close();
	for (const socket of sockets) socket.destroy();
	// Whatever statement is running finishes first: PGlite closes through its own lock.
	await db.close();
	rmSync(socketPath, { force: true });
	parent.postMessage({ type: 'closed' });
});
