import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { routeSizes } from '../../bench/js-size.js';
import { demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

// Issue 14's budget: no page sends more than 60 KB of compressed JavaScript (gzip, as a proxy compresses on the
// fly), and reading pages send none. The journeys run on the build `bench/js-size.js` reads, so its figures are
// this build's; the browser checks below show that they are what a person's browser downloads.
const BUDGET_BYTES = 60 * 1024;
const READING_PAGES = [
	'/',
	'/charter',
	'/cities',
	'/cities/[slug]',
	'/practices',
	'/reports',
	'/reports/[cycle]',
	'/data'
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every script the page downloaded while loading `path`, with its compressed size. */
async function scriptsOf(page: Page, path: string): Promise<Map<string, number>> {
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname.endsWith('.js') && response.ok()) bodies.set(url.pathname, response.body());
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(
		[...bodies].map(async ([file, body]) => [file, gzipSync(await body).length] as const)
	);
	return new Map(sizes);
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((sum, size) => sum + size, 0);

/** The files the browser fetched that the build's figure leaves out. */
const uncounted = (scripts: Map<string, number>, counted: string[] = []) =>
	[...scripts]
		.filter(([file]) => !counted.some((name) => file.endsWith(name)))
		.map(([f, s]) => `${f} ${kb(s)}`);

test('no page of the build sends more than 60 KB of compressed JavaScript, and reading pages send none', async () => {
	const rows = await routeSizes();
	// Every page of the route tree is counted, not a sample.
	expect(rows.length).toBeGreaterThan(50);
	const over = rows
		.filter((row) => row.gzipBytes > BUDGET_BYTES)
		.map((row) => `${row.route}: ${kb(row.gzipBytes)}`);
	expect(over, 'pages over the 60 KB budget').toEqual([]);
	const scripted = rows.filter((row) => READING_PAGES.includes(row.route) && row.gzipBytes > 0);
	expect(
		scripted.map((row) => row.route),
		'reading pages that send JavaScript'
	).toEqual([]);
});

test('a form page downloads what the build says, within the budget', async ({ page }) => {
	const rows = await routeSizes();
	const built = rows.find((row) => row.route === '/sign-in');
	expect(built?.csr).toBe(true);
	const scripts = await scriptsOf(page, '/sign-in');
	const downloaded = total(scripts);
	// The sign-in form still works as a hydrated page: its button is there and the page has scripts.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(downloaded).toBeGreaterThan(0);
	expect(downloaded).toBeLessThanOrEqual(BUDGET_BYTES);
	// The same files as the build lists: a difference of more than a kilobyte means the figure is not real.
	expect(uncounted(scripts, built?.scripts), 'scripts the build does not count').toEqual([]);
	expect(Math.abs(downloaded - (built?.gzipBytes ?? 0))).toBeLessThan(1024);
});

test('a secretariat form page downloads what the build says, within the budget', async ({
	secretariatPage
}) => {
	const rows = await routeSizes();
	const built = rows.find((row) => row.route === '/admin/people');
	const scripts = await scriptsOf(secretariatPage, '/admin/people');
	const downloaded = total(scripts);
	await expect(secretariatPage.getByRole('heading', { level: 1 })).toBeVisible();
	expect(downloaded).toBeLessThanOrEqual(BUDGET_BYTES);
	expect(uncounted(scripts, built?.scripts), 'scripts the build does not count').toEqual([]);
	expect(Math.abs(downloaded - (built?.gzipBytes ?? 0))).toBeLessThan(1024);
});

// The heaviest page: the answer page, with autosave, the reply threads and every question type's input. Its
// section of good practices has the file upload and the lists; a conflict's panel is loaded only when one arises.
test('the answer page downloads what the build says, within the budget', async ({ page }) => {
	await signIn(page, demo.coordinator, 'Demo Coordinator');
	const rows = await routeSizes();
	const built = rows.find((row) => row.route === '/respond/[cycle]/[section]');
	const scripts = await scriptsOf(page, '/respond/2024-2026/good-practices');
	const downloaded = total(scripts);
	await expect(page.getByRole('heading', { level: 1, name: 'Good practices' })).toBeVisible();
	expect(downloaded).toBeLessThanOrEqual(BUDGET_BYTES);
	expect(uncounted(scripts, built?.scripts), 'scripts the build does not count').toEqual([]);
	expect(Math.abs(downloaded - (built?.gzipBytes ?? 0))).toBeLessThan(1024);
});
