import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What this app server tells Prometheus at /metrics (decision 0019). Each process counts its own requests
 * and queries: Prometheus scrapes every server and adds them up, so nothing here is shared.
 */
export const registry = new Registry();

// The process's CPU, memory, event-loop delay and garbage collection, as every Node exporter names them.
collectDefaultMetrics({ register: registry });

export const requestSeconds = new Histogram({
	name: 'http_request_duration_seconds',
	help: 'Time to answer a request, by route (its SvelteKit route id, never the raw path), method and status.',
	labelNames: ['route', 'method', 'status'] as const,
	buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
	registers: [registry]
});

export const databaseSeconds = new Histogram({
	name: 'db_query_duration_seconds',
	help: 'Time from sending a query to the database until its answer (or error) arrived.',
	buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
	registers: [registry]
});

/** The pools whose connections /metrics counts (node-postgres; PGlite has no pool). */
export const observedPools = new Set<{ totalCount: number; idleCount: number; waitingCount: number }>();

new Gauge({
	name: 'db_pool_connections',
	help: 'Database connections this server holds open: all of them, and those idle in the pool.',
	labelNames: ['state'] as const,
	registers: [registry],
	collect() {
		let total = 0;
		let idle = 0;
		for (const pool of observedPools) {
			total += pool.totalCount;
			idle += pool.idleCount;
		}
		this.set({ state: 'total' }, total);
		this.set({ state: 'idle' }, idle);
	}
});

new Gauge({
	name: 'db_pool_waiting_queries',
	help: 'Queries waiting for a free database connection (the pool is full).',
	registers: [registry],
	collect() {
		let waiting = 0;
		for (const pool of observedPools) waiting += pool.waitingCount;
		this.set(waiting);
	}
});

export const jobRuns = new Counter({
	name: 'job_runs_total',
	help: 'Background jobs run by this server: the reminder scheduler each minute, report PDFs printed.',
	labelNames: ['job', 'outcome'] as const,
	registers: [registry]
});

export const remindersSent = new Counter({
	name: 'reminders_sent_total',
	help: 'Scheduled reminders this server took and sent (one per city and schedule point).',
	registers: [registry]
});
