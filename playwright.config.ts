// Browser journeys against the built app (`node build`), with its own throwaway database and a real SMTP
// sink. `npm test` (scripts/test.js) builds first; to run these alone: `npx vite build && npx playwright test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import {
	BASE_URL,
	DEMO_PASSWORD,
	E2E_DIR_ENV,
	PORT,
	SIGN_IN_LIMIT,
	SMTP_PORT
} from './tests/e2e/support/env';

// Playwright loads this file in the runner and again in every worker. Only the first load makes the
// folder; the workers (started later, with this environment) find it in E2E_DIR_ENV.
const inherited = process.env[E2E_DIR_ENV];
const runDir = inherited ?? mkdtempSync(join(tmpdir(), 'icm-e2e-'));
if (!inherited) {
	process.env[E2E_DIR_ENV] = runDir;
	// The runner exits after the web server stopped, so the database is closed by then. E2E_KEEP=1 keeps
	// the folder (database and received mail) for a look after a failed run.
	if (process.env.E2E_KEEP !== '1') {
		process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));
	}
}

export default defineConfig({
	testDir: 'tests/e2e',
	// One embedded PGlite database and a 2-core machine: one browser at a time, files in name order.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	globalSetup: './tests/e2e/support/global-setup.ts',
	use: {
		baseURL: BASE_URL,
		locale: 'en-GB',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		// The sign-in limits journey goes past the limit per client address, after which every password sign-in
		// from 127.0.0.1 waits a minute: so it runs after all the other journeys, as their project's teardown.
		// A teardown runs whether or not those journeys passed, and runs alone when its file or project is named
		// (`npx playwright test sign-in-limits.spec.ts`); `--no-deps` leaves it out of a run of other files.
		{ name: 'chromium', testIgnore: 'sign-in-limits.spec.ts', teardown: 'sign-in-limits' },
		{ name: 'sign-in-limits', testMatch: 'sign-in-limits.spec.ts' }
	],
	webServer: {
		command: 'node server.js',
		// Answers only once the database is open and the demo data loaded.
		url: `${BASE_URL}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		// The app logs JSON to stdout; with LOG_LEVEL=warn only problems (and the demo accounts notice) appear.
		stdout: 'pipe',
		stderr: 'pipe',
		// SIGTERM lets adapter-node stop and close PGlite cleanly.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			PORT: String(PORT),
			ORIGIN: BASE_URL,
			DATA_DIR: join(runDir, 'data'),
			DEMO_DATA: 'on',
			DEMO_PASSWORD,
			// The sink (global-setup.ts) listens here; the app connects only when it sends a message.
			SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
			LOG_LEVEL: 'warn',
			SIGN_IN_LIMIT: String(SIGN_IN_LIMIT),
			// Empty means "not set" to the app: a developer's own database or secret must not leak in.
			DATABASE_URL: '',
			AUTH_SECRET: ''
		}
	}
});
