// Public pages while people autosave: the median time of GET /charter (a page that reads no data) while 50
// signed-in people autosave answers in a loop, divided by its median when the server is idle, in the same run.
// With the embedded database on the request thread, every autosave's queries delayed the page; the goal is
// at most 2×.
//
// How: the built server (`node server.js`, demo data on) runs on a fresh PGlite folder (BENCH_DB=postgres: on
// a throwaway PostgreSQL server instead). 50 sessions sign in as the demo coordinators of Helsinki and Ghent, each
// autosaves its own text answer of its city's open response (POST ?/save, the request the questionnaire's
// autosave sends), as fast as the server answers, taking the revision each save returns. Meanwhile one client
// times /charter one request at a time.
//
// Usage: npx vite build && npm run bench:pglite   (about a minute; BENCH_SECONDS=10 per measurement)
//        BENCH_APP=/path/to/another/checkout runs that checkout's build instead (to compare with older code).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as devalue from 'devalue';
import { startThrowawayCluster } from '../scripts/postgres-cluster.js';
import { median, startBuiltServer } from './support.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench-demo-password';
const CYCLE = '2024-2026';
const SECTION = 'policy-maker';
// The demo accounts that may edit every section of their city's open response (the demo contributor has no
// section assigned): src/lib/server/seed/seed-demo.ts.
const EDITORS = [
	'coordinator.helsinki@demo.integrating-cities.eu',
	'coordinator.ghent@demo.integrating-cities.eu'
];

const usePostgres = process.env.BENCH_DB === 'postgres';
const cluster = usePostgres ? await startThrowawayCluster() : null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-pglite-'));
let server = null;

try {
	server = await startBuiltServer({
		databaseUrl: cluster?.url,
		dataDir,
		cwd: process.env.BENCH_APP,
		env: { DEMO_DATA: 'on', DEMO_PASSWORD: PASSWORD, SIGN_IN_LIMIT: '1000' }
	});
	const { base } = server;
	const people = [];
	for (let index = 0; index < PEOPLE; index++) {
		people.push(await signIn(base, EDITORS[index % EDITORS.length]));
	}
	const fields = await textFields(base, people);

	await timeCharter(base, 2); // warm-up
	const idle = await timeCharter(base, SECONDS);

	let running = true;
	const counts = { saved: 0, refused: 0 };
	const loops = people.map((person, index) =>
		autosaveLoop(base, person, fields[index], counts, () => running)
	);
	await new Promise((resolve) => setTimeout(resolve, 2000));
	const loaded = await timeCharter(base, SECONDS);
	running = false;
	await Promise.all(loops);

	const saves = ((counts.saved + counts.refused) / (SECONDS + 2)).toFixed(1);
	console.log(
		`database: ${usePostgres ? 'PostgreSQL' : 'PGlite'}${process.env.BENCH_APP ? ` (${process.env.BENCH_APP})` : ''}`
	);
	console.log(`/charter p50 idle:           ${idle.p50.toFixed(1)} ms (${idle.count} requests)`);
	console.log(
		`/charter p50, ${PEOPLE} autosaving: ${loaded.p50.toFixed(1)} ms (${loaded.count} requests; about ${saves} autosaves/s, ${counts.refused} of them conflicts between sessions of one account)`
	);
	console.log(`ratio (goal ≤ 2):            ${(loaded.p50 / idle.p50).toFixed(2)}`);
} finally {
	await server?.stop();
	await cluster?.stop();
	rmSync(dataDir, { recursive: true, force: true });
}

/** Median of /charter, requested one at a time for `seconds`. */
async function timeCharter(base, seconds) {
	const times = [];
	const until = performance.now() + seconds * 1000;
	while (performance.now() < until) {
		const started = performance.now();
		const response = await fetch(`${base}/charter`);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`/charter answered ${response.status}`);
		times.push(performance.now() - started);
	}
	return { p50: median(times), count: times.length };
}

/** Signs in with the password form; returns the session cookies. */
async function signIn(base, email) {
	const response = await fetch(`${base}/sign-in?/password`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: PASSWORD, next: '/' })
	});
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
	if (response.status >= 400 || cookies.length === 0)
		throw new Error(`${email} could not sign in (${response.status})`);
	return { email, cookie: cookies.join('; ') };
}

/**
 * Each person's own text answer to save: the section's text fields with their revisions, read from the page
 * as the browser gets it, handed out in turn among the people of the same account.
 */
async function textFields(base, people) {
	const byEmail = new Map();
	for (const person of people) {
		if (byEmail.has(person.email)) continue;
		const response = await fetch(`${base}/respond/${CYCLE}/${SECTION}`, {
			headers: { cookie: person.cookie }
		});
		const html = await response.text();
		if (!response.ok)
			throw new Error(`${person.email}: /respond/${CYCLE}/${SECTION} answered ${response.status}`);
		// Free-text questions of one field (the item's id is the field's name).
		const names = [...html.matchAll(/<textarea[^>]*\sname="([^"_.][^".]*)"/g)].map((match) => match[1]);
		if (names.length === 0)
			throw new Error(`${person.email}: no text answer on /respond/${CYCLE}/${SECTION}`);
		byEmail.set(person.email, { names, next: 0 });
	}
	return people.map((person) => {
		const own = byEmail.get(person.email);
		const name = own.names[own.next++ % own.names.length];
		return { name, item: name, revision: 0 };
	});
}

/** Saves the person's answer again and again, as autosave would after each pause in typing. */
async function autosaveLoop(base, person, field, counts, keepGoing) {
	let round = 0;
	while (keepGoing()) {
		const body = new URLSearchParams();
		body.set(field.name, `Autosaved text ${round++} from ${person.email}`);
		body.set(`__rev.${field.item}`, String(field.revision));
		const response = await fetch(`${base}/respond/${CYCLE}/${SECTION}?/save`, {
			method: 'POST',
			headers: {
				origin: base,
				cookie: person.cookie,
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body
		});
		const answer = await response.json();
		const data = answer.data ? devalue.parse(answer.data) : {};
		// Two people of the same account on the same answer meet conflicts: they take the newer revision.
		const revision = data.revisions?.[field.item] ?? data.conflicts?.[field.item]?.revision;
		if (typeof revision === 'number') field.revision = revision;
		if (answer.type === 'success') counts.saved++;
		else counts.refused++;
	}
}
