import { join } from 'node:path';

/** Where the app under test listens (see playwright.config.ts); E2E_PORT lets two runs share a machine. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;

/** The SMTP sink's port: fixed, because Playwright starts the web server before the global setup. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);

/**
 * Sign-in attempts per minute and address on the test server: every journey signs in from 127.0.0.1, so the
 * limit is raised above what the journeys need, and the rate-limit journey goes past it.
 */
export const SIGN_IN_LIMIT = 40;

/** Password of the demo accounts on the test server. */
export const DEMO_PASSWORD = 'e2e-demo-password-2026';

export const demo = {
	secretariat: 'secretariat@demo.integrating-cities.eu',
	coordinator: 'coordinator.helsinki@demo.integrating-cities.eu',
	contributor: 'contributor.helsinki@demo.integrating-cities.eu',
	ghentCoordinator: 'coordinator.ghent@demo.integrating-cities.eu'
} as const;

/** Names the environment variable that carries this run's temporary folder to the workers. */
export const E2E_DIR_ENV = 'ICM_E2E_DIR';

function runDir(): string {
	const dir = process.env[E2E_DIR_ENV];
	if (!dir) throw new Error(`${E2E_DIR_ENV} is not set: run the journeys with \`npx playwright test\`.`);
	return dir;
}

/** Folder the SMTP sink writes each received message to, as `<timestamp>-<n>.eml`. */
export function mailDir(): string {
	return join(runDir(), 'mail');
}
