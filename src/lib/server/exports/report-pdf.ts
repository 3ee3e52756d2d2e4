import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Route } from 'playwright-core';
import { locales, type Locale } from '$lib/domain/locale';
import { reportPath } from '$lib/domain/report/report-links';
import { translator } from '$lib/server/i18n/translator';
import { LOCALE_COOKIE } from '../auth';
import type { FileStore } from '../files/file-store';
import { log } from '../log';
import { jobRuns } from '../metrics/registry';
import { boundedCache, oneAtATime } from './one-at-a-time';
import { contentsPages, pdfOutline } from './pdf-outline';
import { numberContentsScript, vectorisePatternsScript } from './print-patterns';

/**
 * The report as PDF: headless Chromium prints the public report page with its print stylesheet. Chromium
 * never reaches the server over the network: it "loads" the page from an address that does not exist, and
 * every request it makes there is answered in-process by SvelteKit's `event.fetch`.
 */

const ORIGIN = 'http://report.invalid';
/** Component stylesheets of the build, the one thing `event.fetch` does not serve (adapter-node's sirv does). */
const BUILT_CSS = /^\/_app\/immutable\/assets\/[\w.-]+\.css$/;

/** SvelteKit's `event.fetch`: renders pages and serves static files without leaving the process. */
type AppFetch = typeof globalThis.fetch;

export interface ReportPdfRequest {
	fetch: AppFetch;
	/** Where printed PDFs are kept for every app server (the database's file store). */
	files: FileStore;
	cycle: { slug: string; name: string; publishedAt: Date | null };
	locale: Locale;
}

const printing = oneAtATime();
// A published report no longer changes, so its PDF is kept: in the file store, where the app server that
// printed it at publication leaves it for all the others, and the last few in this process's memory too.
const printed = boundedCache<Uint8Array<ArrayBuffer>>(24);

/**
 * The PDF's key: the publication's time is in it, so a report published again (after being withdrawn) is
 * printed anew. Cycle slugs are lower-case letters, digits and dashes (cycle-forms.ts): valid key segments.
 */
export const reportPdfKey = (cycle: ReportPdfRequest['cycle'], locale: Locale) =>
	`report-pdfs/${cycle.slug}/${locale}-${cycle.publishedAt?.getTime() ?? 'draft'}.pdf`;

/** The PDF already printed for this published report and language, if any (nothing is printed here). */
export async function keptReportPdf(
	files: FileStore,
	cycle: ReportPdfRequest['cycle'],
	locale: Locale
): Promise<Uint8Array<ArrayBuffer> | undefined> {
	const key = reportPdfKey(cycle, locale);
	const inMemory = printed.get(key);
	if (inMemory) return inMemory;
	const stored = await files.get(key);
	if (!stored) return undefined;
	const pdf = new Uint8Array(stored) as Uint8Array<ArrayBuffer>;
	printed.set(key, pdf);
	return pdf;
}

/**
 * Prints a just-published report in every interface language, one after the other, without holding up the
 * request that published it: the first reader then finds the PDF ready. Errors are logged, never thrown; a
 * language that failed is printed when a reader first asks for it, as before.
 */
export function printReportInBackground(request: Omit<ReportPdfRequest, 'locale'>): Promise<void> {
	return Promise.all(
		locales.map((locale) =>
			reportPdf({ ...request, locale }).catch((error: unknown) => {
				log.error(
					{ err: error, cycle: request.cycle.slug, locale },
					'report PDF could not be printed in advance'
				);
			})
		)
	).then(() => undefined);
}

export async function reportPdf({
	fetch,
	files,
	cycle,
	locale
}: ReportPdfRequest): Promise<Uint8Array<ArrayBuffer>> {
	const kept = await keptReportPdf(files, cycle, locale);
	if (kept) return kept;
	return printing(async () => {
		// A request that waited in the queue may find the PDF the previous one (or another server) made.
		const done = await keptReportPdf(files, cycle, locale);
		if (done) return done;
		const started = performance.now();
		const pdf = await printPage(fetch, reportPath(cycle.slug), locale, cycle.name).catch((failure) => {
			jobRuns.inc({ job: 'report-pdf', outcome: 'failed' });
			throw failure;
		});
		jobRuns.inc({ job: 'report-pdf', outcome: 'done' });
		log.info(
			{ cycle: cycle.slug, locale, ms: Math.round(performance.now() - started), bytes: pdf.byteLength },
			'report PDF printed'
		);
		// Two servers printing the same report at once both store it: the same bytes, the last one stays.
		await files.put(reportPdfKey(cycle, locale), pdf);
		printed.set(reportPdfKey(cycle, locale), pdf);
		return pdf;
	});
}

async function printPage(fetch: AppFetch, path: string, locale: Locale, title: string) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.route('**/*', (route) => answer(route, fetch, locale));
		const response = await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`The report page answered ${response?.status()} for ${path}`);
		// The charts' stripes and dots as vectors: printed as they are, each pattern becomes a bitmap (megabytes).
		await page.evaluate(vectorisePatternsScript);
		const print = () =>
			page.pdf({
				format: 'A4',
				printBackground: true,
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: footer(title, locale),
				margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
				outline: true,
				tagged: true
			});
		let pdf = await print();
		// The contents get page numbers: Chromium cannot compute them (no target-counter), so the PDF's own
		// outline says where each heading landed, the numbers are written in, and the page is printed again. The
		// contents page ends with a page break, so the numbers cannot move what follows; a second check catches
		// a contents list that grew onto another page.
		const entries = await page.locator('.report-contents li > a').allTextContents();
		for (let pass = 0; entries.length > 0 && pass < 2; pass++) {
			const pages = contentsPages(entries, pdfOutline(pdf));
			const changed = await page.evaluate(`(${numberContentsScript})(${JSON.stringify(pages)})`);
			if (!changed) break;
			pdf = await print();
		}
		return new Uint8Array(pdf) as Uint8Array<ArrayBuffer>;
	} finally {
		await browser.close();
	}
}

/** Answers one of Chromium's requests from the app itself; anything outside the fake origin is refused. */
async function answer(route: Route, fetch: AppFetch, locale: Locale) {
	const request = route.request();
	const url = new URL(request.url());
	if (url.origin !== ORIGIN || request.method() !== 'GET') return route.abort();
	const local = url.pathname + url.search;
	// Anonymous, in the asked language: the PDF is the public page, whoever asks for it.
	const response = await fetch(local, {
		credentials: 'omit',
		headers: { cookie: `${LOCALE_COOKIE}=${locale}`, 'accept-language': locale }
	});
	if (!response.ok && BUILT_CSS.test(url.pathname)) {
		const css = await builtAsset(url.pathname);
		if (css) return route.fulfill({ status: 200, contentType: 'text/css', body: css });
	}
	return route.fulfill({
		status: response.status,
		contentType: response.headers.get('content-type') ?? undefined,
		body: Buffer.from(await response.arrayBuffer())
	});
}

let clientDir: string | null | undefined;

/** Reads a built stylesheet from adapter-node's `client` folder, found by walking up from this module. */
async function builtAsset(pathname: string): Promise<Buffer | null> {
	if (clientDir === undefined) {
		clientDir = null;
		for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
			if (existsSync(join(dir, 'client', '_app', 'immutable'))) {
				clientDir = join(dir, 'client');
				break;
			}
		}
	}
	return clientDir ? readFile(join(clientDir, pathname)).catch(() => null) : null;
}

/** "Report name — Page 3 of 40" at the foot of every page, in the reader's language. */
function footer(title: string, locale: Locale): string {
	const pages = translator(locale)('reports.pdf.footer', {
		page: '<span class="pageNumber"></span>',
		total: '<span class="totalPages"></span>'
	});
	return (
		'<div style="font-size: 8pt; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between; color: #333;">' +
		`<span>${escapeHtml(title)}</span><span>${pages}</span></div>`
	);
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
