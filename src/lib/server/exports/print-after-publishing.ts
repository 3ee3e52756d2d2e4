import type { Database } from '../db';
import type { FileStore } from '../files/file-store';
import { log } from '../log';
import { publishedReport } from '../reads/published-report';
import { printReportInBackground } from './report-pdf';

/** The printing started by the last publication (tests wait for it; nobody else needs to). */
export let lastPrinting: Promise<void> = Promise.resolve();

/**
 * Starts printing a report's PDF in every language right after it was published (decision 9), and returns
 * without waiting for it. The PDFs go to the file store, where every app server finds them. `fetch` is the publishing request's `event.fetch`, which renders the public page
 * inside the process.
 */
export async function printAfterPublishing(
	db: Database,
	files: FileStore,
	fetch: typeof globalThis.fetch,
	slug: string
) {
	try {
		const cycle = await publishedReport(db, slug);
		if (!cycle) return;
		lastPrinting = printReportInBackground({ fetch, files, cycle });
	} catch (error) {
		log.error({ err: error, cycle: slug }, 'report PDF could not be printed in advance');
	}
}
