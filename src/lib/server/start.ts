import { createAppContext, loadDemoData, type AppContext } from './app';
import { log } from './log';

let starting: Promise<AppContext> | undefined;

/** The one application context of this server process, started on first use. */
export function appContext(): Promise<AppContext> {
	starting ??= start();
	return starting;
}

async function start(): Promise<AppContext> {
	const app = await createAppContext();
	await loadDemoData(app);
	log.info({ database: app.driver }, 'ready');
	// adapter-node emits this after it stops taking requests on SIGINT/SIGTERM; PGlite must be closed or
	// the process never exits.
	process.once('sveltekit:shutdown' as 'beforeExit', () => {
		app.close().catch((error: unknown) => log.error({ err: error }, 'database did not close cleanly'));
	});
	return app;
}
