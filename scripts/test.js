// The one test command (npm test): unit tests, integration tests on PGlite and on PostgreSQL, browser journeys.
// Usage: node scripts/test.js [unit|integration|postgres|e2e ...]   (no argument runs every step)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { findPostgresBin, startThrowawayCluster } from './postgres-cluster.js';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get install -y postgresql chromium';
// On CI a missing prerequisite must fail the build; a developer's laptop may lack it and still get a useful run.
const IN_CI = process.env.CI === 'true';

/** @typedef {{ status: 'passed' | 'failed' | 'skipped', code?: number, reason?: string }} Outcome */

const STEPS = [
	{
		name: 'unit',
		title: 'Unit tests',
		run: unitStep
	},
	{
		name: 'integration',
		title: 'Integration tests on PGlite',
		run: pgliteStep
	},
	{ name: 'postgres', title: 'Integration tests on PostgreSQL', run: postgresStep },
	{ name: 'e2e', title: 'Browser journeys (Playwright)', run: e2eStep }
];

/** The running commands (a step's, and the build started beside the unit tests), each its own process group. */
const children = new Set();
let interruptedBy = null;
/** @type {Promise<Outcome> | undefined} */
let built;

/** Steps that run the built app: servers started by integration tests (on both databases), and the journeys. */
const NEEDS_BUILD = new Set(['integration', 'postgres', 'e2e']);

/**
 * Builds the app once per run: integration tests on both databases start built servers (languages on PGlite,
 * two-app-servers.test.ts on PostgreSQL) and the browser journeys run the same build, so one build serves all
 * (a build takes a minute or more on two cores).
 */
function buildOnce() {
	built ??= command(['vite', 'build']);
	return built;
}

/**
 * The build runs before the unit tests, never beside them: both compile the messages into src/lib/paraglide,
 * and a build that reads them while vitest writes them again bundled every message into every page (155 KB
 * a page; the JavaScript budget journey caught it). A failed build is reported by the steps that need it.
 */
async function unitStep(selected) {
	if (selected.some((step) => NEEDS_BUILD.has(step.name))) await buildOnce();
	return command(['vitest', 'run', '--project', 'unit']);
}

async function pgliteStep() {
	const build = await buildOnce();
	if (build.status !== 'passed') return build;
	return command(['vitest', 'run', '--project', 'integration'], { TEST_DB: 'pglite' });
}

async function postgresStep() {
	const integration = ['vitest', 'run', '--project', 'integration'];
	if (!process.env.DATABASE_URL && !findPostgresBin())
		return missing('PostgreSQL server binaries (initdb, pg_ctl, postgres)');
	const build = await buildOnce();
	if (build.status !== 'passed') return build;
	if (process.env.DATABASE_URL) {
		console.log('Using the server in DATABASE_URL.');
		return command(integration, { TEST_DB: 'postgres', DATABASE_URL: process.env.DATABASE_URL });
	}

	console.log('Starting a throwaway PostgreSQL server (set DATABASE_URL to use your own instead)...');
	const cluster = await startThrowawayCluster();
	console.log(`PostgreSQL is up at ${cluster.url}`);
	try {
		return await command(integration, { TEST_DB: 'postgres', DATABASE_URL: cluster.url });
	} finally {
		await cluster.stop();
		console.log('Throwaway PostgreSQL server stopped and removed.');
	}
}

async function e2eStep() {
	if (!existsSync(CHROMIUM)) return missing(`Chromium (${CHROMIUM})`);
	const build = await buildOnce();
	if (build.status !== 'passed') return build;
	return command(['playwright', 'test']);
}

/** @returns {Outcome} */
function missing(what) {
	if (IN_CI) {
		console.error(`\nERROR: ${what} not found, and CI=true requires every step to run.`);
		console.error(`Install it on the machine: ${INSTALL_HINT}\n`);
		return { status: 'failed', code: 1, reason: `${what} not found` };
	}
	const line = '!'.repeat(78);
	console.warn(`\n${line}\n!! WARNING: ${what} not found: SKIPPING this step.`);
	console.warn(`!! Install it to run it: ${INSTALL_HINT}\n${line}\n`);
	return { status: 'skipped', reason: `${what} not found; install: ${INSTALL_HINT}` };
}

function redact(value) {
	try {
		const url = new URL(value);
		if (url.password) url.password = '***';
		return url.toString();
	} catch {
		return value;
	}
}

/**
 * Runs `npx <args>` with extra environment variables. @returns {Promise<Outcome>}
 */
function command(args, extraEnv = {}) {
	const shown = Object.entries(extraEnv).map(([key, value]) => `${key}=${redact(value)} `);
	console.log(`$ ${shown.join('')}npx ${args.join(' ')}`);
	return new Promise((resolve) => {
		// Own process group: npx runs the tool under `sh -c`, which does not pass signals on, so an interrupt
		// must reach the whole group to leave no test runner (or browser) behind.
		const child = spawn('npx', args, {
			stdio: 'inherit',
			env: { ...process.env, ...extraEnv },
			detached: true
		});
		children.add(child);
		let finished = false;
		const finish = (/** @type {Outcome} */ outcome) => {
			if (finished) return; // 'error' may come before 'close'
			finished = true;
			children.delete(child);
			resolve(outcome);
		};
		child.on('error', (error) => {
			console.error(`Could not run npx ${args[0]}: ${error.message}`);
			finish({ status: 'failed', code: 127 });
		});
		child.on('close', (code, signal) => {
			const exitCode = signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1);
			finish(exitCode === 0 ? { status: 'passed' } : { status: 'failed', code: exitCode });
		});
	});
}

function parseArgs(argv) {
	const names = STEPS.map((step) => step.name);
	if (argv.some((arg) => arg === '-h' || arg === '--help')) {
		console.log(`Usage: node scripts/test.js [${names.join('|')} ...]\nWithout arguments every step runs.`);
		process.exit(0);
	}
	const unknown = argv.filter((arg) => !names.includes(arg));
	if (unknown.length > 0) {
		console.error(`Unknown step: ${unknown.join(', ')}. Choose from: ${names.join(', ')}.`);
		process.exit(2);
	}
	return argv.length === 0 ? STEPS : STEPS.filter((step) => argv.includes(step.name));
}

function stopGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone; its close event finishes the command.
	}
}

// Let the running suite shut down cleanly (and release the database) before reporting; with no child, just go.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		interruptedBy = signal;
		if (children.size === 0) process.exit(128 + constants.signals[signal]);
		for (const child of children) stopGroup(child, signal);
	});
}

function formatDuration(ms) {
	return ms < 60_000
		? `${(ms / 1000).toFixed(1)}s`
		: `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

async function main() {
	const selected = parseArgs(process.argv.slice(2));
	const results = [];
	let exitCode = 0;

	for (const [index, step] of selected.entries()) {
		if (exitCode !== 0) {
			results.push({ step, status: 'not run' });
			continue;
		}
		console.log(
			`\n${'='.repeat(12)} [${index + 1}/${selected.length}] ${step.name}: ${step.title} ${'='.repeat(12)}`
		);
		const started = Date.now();
		/** @type {Outcome} */
		let outcome;
		try {
			outcome = await step.run(selected);
		} catch (error) {
			console.error(`\n${step.title} could not run:\n${error instanceof Error ? error.message : error}`);
			outcome = { status: 'failed', code: 1 };
		}
		// An interrupted run never counts as a pass, even if the suite exited cleanly.
		if (interruptedBy && outcome.status !== 'failed') {
			outcome = { status: 'failed', code: 128 + constants.signals[interruptedBy] };
		}
		results.push({ step, ...outcome, duration: Date.now() - started });
		if (outcome.status === 'failed') exitCode = outcome.code ?? 1;
	}

	// A build started beside the unit tests is not wanted once the run stops early.
	for (const child of children) stopGroup(child, 'SIGTERM');
	if (built) await built;

	console.log(`\n${'='.repeat(12)} Summary ${'='.repeat(12)}`);
	for (const { step, status, code, duration } of results) {
		const detail = [duration === undefined ? '' : formatDuration(duration), code ? `exit code ${code}` : '']
			.filter(Boolean)
			.join(', ');
		console.log(`  ${step.name.padEnd(12)} ${status.toUpperCase().padEnd(8)} ${detail}`.trimEnd());
	}
	for (const { step, status, reason } of results) {
		if (status === 'skipped') console.log(`SKIPPED: ${step.name} (${step.title}): ${reason}`);
	}
	if (interruptedBy) console.log(`Interrupted by ${interruptedBy}.`);
	// One closing line in the plain form CI tools read: how many steps passed, failed and were skipped.
	const count = (status) => results.filter((result) => result.status === status).length;
	console.log(`steps: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
	process.exitCode = exitCode;
}

await main();
