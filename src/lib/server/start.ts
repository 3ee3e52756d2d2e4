import { createAppContext, type AppContext } from './app';
import { log } from './log';
import { startReminderTimer } from './reminders/scheduler';

let starting: Promise<AppContext> | undefined;

/** The one application context of this server process, started on first use. */
export function appContext(): Promise<AppContext> {
	starting ??= start();
	return starting;
}

async function start(): Promise<AppContext> {
	// Migrates and loads the demo data too, one app server at a time (createAppContext).
	const app = await createAppContext();
	log.info({ database: app.driver }, 'ready');
	// Scheduled reminders go from the server process itself, checked every minute (decision: reminders on a
	// schedule). Without ORIGIN the links in them point at the default local address.
	const stopReminders = startReminderTimer({
		db: app.db,
		mailer: app.mailer,
		origin: app.config.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`
	});
	// adapter-node emits this after it stops taking requests on SIGINT/SIGTERM; PGlite must be closed or
	// the process never exits.
	process.once('sveltekit:shutdown' as 'beforeExit', () => {
		stopReminders();
		app.close().catch((error: unknown) => log.error({ err: error }, 'database did not close cleanly'));
	});
	return app;
}
