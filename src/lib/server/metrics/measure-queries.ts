import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { databaseSeconds, observedPools } from './registry';

type Query = (...args: unknown[]) => unknown;

/**
 * Times every query a node-postgres pool sends: each new connection's `query` is wrapped, which covers the
 * pool's own `query` (drizzle's plain statements) and the connection a transaction holds. The pool's
 * connection counts are read when /metrics is asked.
 */
export function measurePostgresQueries(pool: pg.Pool): void {
	observedPools.add(pool);
	pool.on('connect', (client) => {
		client.query = timed(client.query as Query) as typeof client.query;
	});
}

/** Times every query PGlite runs, also those inside a transaction (which PGlite hands a separate object). */
export function measurePgliteQueries(client: PGlite): void {
	client.query = timed(client.query as Query) as typeof client.query;
	client.exec = timed(client.exec as Query) as typeof client.exec;
	const transaction = client.transaction.bind(client);
	client.transaction = ((work: (tx: Transaction) => Promise<unknown>) =>
		transaction((tx) => {
			tx.query = timed(tx.query as Query) as typeof tx.query;
			tx.exec = timed(tx.exec as Query) as typeof tx.exec;
			return work(tx);
		})) as typeof client.transaction;
}

/**
 * `query` with a stopwatch around it, whichever way it is called: returning a promise (drizzle), with a
 * callback last (the pool's own `query`), or returning an event emitter (a cursor or stream).
 */
function timed(query: Query): Query {
	return function (this: unknown, ...args: unknown[]) {
		const timer = databaseSeconds.startTimer();
		// Called with no argument: prom-client would read anything passed as labels.
		const stop = () => void timer();
		const last = args.at(-1);
		if (typeof last === 'function') {
			args[args.length - 1] = function (this: unknown, ...answer: unknown[]) {
				stop();
				return (last as Query).apply(this, answer);
			};
			return query.apply(this, args);
		}
		const result = query.apply(this, args) as
			| {
					then?: (done: () => void, failed: () => void) => unknown;
					once?: (e: string, f: () => void) => void;
			  }
			| undefined;
		if (typeof result?.then === 'function') result.then(stop, stop);
		else if (typeof result?.once === 'function') {
			result.once('end', stop);
			result.once('error', stop);
		} else stop();
		return result;
	};
}
