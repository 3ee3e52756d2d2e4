// The secretariat runs a reporting cycle from start to end: it creates and opens the cycle, invites two
// cities, follows their progress, queries one item of Ghent's submitted response and returns it; Ghent's
// coordinator changes that item, replies and resubmits, all without JavaScript; the secretariat accepts. Each
// step shows on the progress page, and every page passes axe. Then the secretariat closes the cycle, writes
// its report, previews and publishes it, and a visitor reads it and downloads every file it offers.
import type { BrowserContext, Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';
import { waitForMail } from './support/mail';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const CYCLE = '2026-2028';
const PROGRESS = `/admin/cycles/${CYCLE}`;

/** One city's row in the progress table (its name links to the review once the city has started). */
const progressRow = (page: Page, city: string) =>
	page.getByRole('table').getByRole('row').filter({ hasText: city });

async function rate(page: Page, commitment: number, label: 'Fully' | 'Partly' | 'Not at all', evidence = '') {
	await page.locator(`fieldset#q-c${commitment}-rating`).getByLabel(label, { exact: true }).check();
	if (evidence) await page.locator(`[id="c${commitment}-rating.evidence"]`).fill(evidence);
}

async function save(page: Page) {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toHaveCount(0);
}

test.describe.serial('the secretariat runs a reporting cycle', () => {
	let ghent: { context: BrowserContext; page: Page };

	test.beforeAll(async ({ browser }) => {
		// Ghent's coordinator works without JavaScript throughout: every step of the city's side is a plain form.
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'en-GB',
			javaScriptEnabled: false
		});
		ghent = { context, page: await context.newPage() };
		recordDocuments(ghent.page);
		await signIn(ghent.page, demo.ghentCoordinator, 'Demo Coordinator Ghent');
	});
	test.afterAll(async () => ghent.context.close());

	test('the secretariat creates a draft cycle and opens it', async ({ secretariatPage: page }) => {
		await page.goto('/admin/cycles');
		await expectNoA11yViolations(page);
		await page.getByRole('link', { name: 'Create a cycle' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Create a reporting cycle' })).toBeVisible();
		await expectNoA11yViolations(page);

		// A deadline before the opening date is refused with a message, and what was typed stays.
		await page.getByLabel('Name', { exact: true }).fill('2026–2028');
		await page.getByLabel('Start of the period').fill('2026-07-01');
		await page.getByLabel('End of the period').fill('2028-06-30');
		await page.getByLabel('Opening date').fill(day(0));
		await page.getByLabel('Deadline', { exact: true }).fill(day(-1));
		await page.getByRole('button', { name: 'Create the draft cycle' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('The deadline must be after the opening date');
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('2026–2028');
		await expectNoA11yViolations(page);

		await page.getByLabel('Deadline', { exact: true }).fill(day(60));
		await page.getByRole('button', { name: 'Create the draft cycle' }).click();
		await expect(page).toHaveURL(`${BASE_URL}${PROGRESS}`);
		await expect(page.getByText('Draft, not open yet')).toBeVisible();
		await expectNoA11yViolations(page);

		// Opening is on the cycle's page, after a confirmation that says what it does; nothing changes before.
		await page.getByRole('link', { name: 'Open the cycle…' }).click();
		const confirmation = page.getByRole('region', { name: 'Open the cycle?' });
		await expect(confirmation).toContainText('Cities invited so far: 0.');
		await expectNoA11yViolations(page);
		await confirmation.getByRole('link', { name: 'Cancel, change nothing' }).click();
		await expect(page.getByText('Draft, not open yet')).toBeVisible();
		await page.getByRole('link', { name: 'Open the cycle…' }).click();
		await page.getByRole('button', { name: 'Yes, open the cycle' }).click();
		await expect(page.getByText('The cycle is open. You can now invite the cities.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Close the cycle…' })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('the secretariat invites Ghent and Helsinki; both show as not started', async ({
		secretariatPage: page
	}) => {
		await page.goto(`${PROGRESS}/invite`);
		await expectNoA11yViolations(page);
		// Nothing is ticked at first; "select all" and "select none" work as plain forms.
		const boxes = page.getByRole('group', { name: 'Cities to invite' }).getByRole('checkbox');
		expect(await boxes.count()).toBeGreaterThan(10);
		await expect(
			page.getByRole('group', { name: 'Cities to invite' }).getByRole('checkbox', { checked: true })
		).toHaveCount(0);
		await page.getByRole('button', { name: /^Select all/ }).click();
		await expect(page.getByLabel(/^Ghent/)).toBeChecked();
		await expect(page.getByLabel(/^Helsinki/)).toBeChecked();
		await page.getByRole('button', { name: 'Select none' }).click();
		await expect(
			page.getByRole('group', { name: 'Cities to invite' }).getByRole('checkbox', { checked: true })
		).toHaveCount(0);

		// The filter narrows the list by country and by name, and keeps what was ticked.
		await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Belgium' });
		await page.getByRole('button', { name: 'Show matching cities' }).click();
		await expect(page.getByLabel(/^Helsinki/)).toHaveCount(0);
		await page.getByLabel(/^Ghent/).check();
		await expectNoA11yViolations(page);
		await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Any country' });
		await page.getByLabel('Name contains').fill('helsin');
		await page.getByRole('button', { name: 'Show matching cities' }).click();
		await expect(page.getByLabel(/^Ghent/)).toHaveCount(0);
		await expect(page.getByText('Also chosen, though the filter hides them: Ghent.')).toBeVisible();
		await page.getByLabel(/^Helsinki/).check();
		await expectNoA11yViolations(page);
		const sentAt = Date.now();
		await page.getByRole('button', { name: 'Send the invitations' }).click();
		await expect(page.getByText('Cities invited: 2.')).toBeVisible();
		await expectNoA11yViolations(page);

		const mail = await waitForMail(demo.ghentCoordinator, 'Integrating Cities questionnaire 2026–2028', {
			after: sentAt
		});
		expect(mail.links).toContain(`${BASE_URL}/respond/${CYCLE}`);

		await page.goto(PROGRESS);
		await expect(page.getByText('0 of 2 cities submitted')).toBeVisible();
		await expect(progressRow(page, 'Ghent')).toContainText('Not started');
		await expect(progressRow(page, 'Helsinki')).toContainText('Not started');
		await expectNoA11yViolations(page);
	});

	test('Ghent’s coordinator answers everything and submits', async ({ secretariatPage }) => {
		const { page } = ghent;
		await page.goto('/respond');
		await page.getByRole('link', { name: /2026–2028/ }).click();
		await expect(page).toHaveURL(`${BASE_URL}/respond/${CYCLE}`);
		await expectNoA11yViolations(page);

		await page.goto(`/respond/${CYCLE}/city-context`);
		await page.locator('fieldset#q-strategy').getByLabel('No', { exact: true }).check();
		await page.locator('fieldset#q-migrant-definition').getByRole('radio').first().check();
		await save(page);

		// The secretariat sees the work start, with who did it.
		await secretariatPage.goto(PROGRESS);
		await expect(progressRow(secretariatPage, 'Ghent')).toContainText('In progress');
		await expect(progressRow(secretariatPage, 'Ghent')).toContainText('Demo Coordinator Ghent');

		await page.goto(`/respond/${CYCLE}/policy-maker`);
		await rate(page, 1, 'Not at all');
		await rate(page, 2, 'Partly', 'An equality check of new policies');
		await rate(page, 3, 'Not at all');
		await save(page);
		await expectNoA11yViolations(page);
		for (const [section, numbers] of [
			['service-provider', [4, 5]],
			['employer', [6, 7, 8]],
			['buyer', [9, 10, 11]]
		] as const) {
			await page.goto(`/respond/${CYCLE}/${section}`);
			for (const number of numbers) await rate(page, number, 'Not at all');
			await save(page);
		}

		await page.goto(`/respond/${CYCLE}/check`);
		await expect(page.getByText('All required questions are answered.')).toBeVisible();
		// Submitting asks first, saying what happens: read-only afterwards, and the secretariat reviews.
		await page.getByRole('button', { name: 'Submit the response…' }).click();
		const confirmation = page.getByRole('region', { name: 'Submit the response now?' });
		await expect(confirmation).toContainText('the answers become read-only');
		await expect(confirmation).toContainText('the Eurocities secretariat reviews them');
		await expectNoA11yViolations(page);
		await confirmation.getByRole('button', { name: 'Yes, submit the response' }).click();
		await expect(page.getByText('Your response is submitted. Thank you.')).toBeVisible();
		await expectNoA11yViolations(page);

		await secretariatPage.goto(PROGRESS);
		await expect(secretariatPage.getByText('1 of 2 cities submitted')).toBeVisible();
		await expect(progressRow(secretariatPage, 'Ghent')).toContainText('Submitted');
	});

	test('the secretariat queries one item and returns the response', async ({ secretariatPage: page }) => {
		await page.goto(PROGRESS);
		await progressRow(page, 'Ghent').getByRole('link', { name: 'Ghent' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Ghent');
		await expectNoA11yViolations(page);

		const item = page.locator('#item-c2-rating');
		await expect(item).toContainText('An equality check of new policies');
		await item.getByLabel(/Write a query/).fill('The evidence does not say which department runs the check.');
		await item.getByRole('button', { name: /Save query/ }).click();
		await expect(page.getByText('The query is saved as a draft.')).toBeVisible();
		await expectNoA11yViolations(page);

		const returnedAt = Date.now();
		await page.getByRole('button', { name: 'Return to the city (1 query)' }).click();
		await expect(page.getByText('The response is returned to the city with your queries.')).toBeVisible();
		await expectNoA11yViolations(page);
		const mail = await waitForMail(demo.ghentCoordinator, 'The secretariat has questions', {
			after: returnedAt
		});
		expect(mail.links).toContain(`${BASE_URL}/respond/${CYCLE}`);

		await page.goto(PROGRESS);
		await expect(progressRow(page, 'Ghent')).toContainText('Returned for changes');
		await expect(page.getByText('0 of 2 cities submitted')).toBeVisible();
	});

	test('Ghent changes only the queried item, replies and resubmits', async () => {
		const { page } = ghent;
		await page.goto(`/respond/${CYCLE}`);
		await expect(page.getByText('The secretariat has a question on 1 item')).toBeVisible();
		await expect(page.getByText('The evidence does not say which department runs the check.')).toBeVisible();
		await expectNoA11yViolations(page);

		await page
			.getByRole('region', { name: 'The secretariat has a question on 1 item' })
			.getByRole('link')
			.first()
			.click();
		await expect(page.getByText(/only the items it asked about can be changed/)).toBeVisible();
		// Commitment 1 was not queried: it is shown, not editable.
		await expect(page.locator('fieldset#q-c1-rating').getByRole('radio')).toHaveCount(0);
		await page.locator('[id="c2-rating.evidence"]').fill('The equality office of the city runs the check.');
		await page.getByLabel(/Your reply/).fill('The equality office runs it; the evidence now says so.');
		await page.getByRole('button', { name: /Send reply/ }).click();
		await expect(page.getByText('Your reply is sent.')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto(`/respond/${CYCLE}/check`);
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Resubmit the response…' }).click();
		await page.getByRole('button', { name: 'Yes, resubmit the response' }).click();
		await expect(page.getByText(/State of your response: submitted/)).toBeVisible();
	});

	test('the secretariat sees the reply and accepts; the audit log has every step', async ({
		secretariatPage: page
	}) => {
		// Ten pages, most checked with axe: more than the default minute on a busy two-core machine.
		test.setTimeout(150_000);
		await page.goto(`${PROGRESS}/responses/ghent`);
		const item = page.locator('#item-c2-rating');
		await expect(item).toContainText('The equality office of the city runs the check.');
		await expect(item).toContainText('The equality office runs it; the evidence now says so.');

		// Accepted from the progress page, where several submitted responses can be ticked and accepted at once.
		await page.goto(PROGRESS);
		await expect(progressRow(page, 'Helsinki').getByRole('checkbox')).toHaveCount(0);
		await progressRow(page, 'Ghent').getByRole('checkbox', { name: 'Choose Ghent to accept' }).check();
		await page.getByRole('button', { name: 'Accept the chosen responses…' }).click();
		const confirmation = page.getByRole('region', { name: 'Accept these responses?' });
		await expect(confirmation.getByRole('listitem')).toHaveText(['Ghent']);
		await expect(progressRow(page, 'Ghent')).toContainText('Submitted');
		await expectNoA11yViolations(page);
		await confirmation.getByRole('button', { name: 'Yes, accept these responses (1)' }).click();
		await expect(page.getByText('Accepted (1): Ghent.')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto(PROGRESS);
		await expect(progressRow(page, 'Ghent')).toContainText('Accepted');
		await expect(page.getByText('1 of 2 cities submitted')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto('/admin/audit');
		await expectNoA11yViolations(page);
		// Each entry reads as a sentence with names, never action codes or record ids, and its time names the zone.
		for (const [action, sentence] of [
			['cycle.opened', 'Demo Secretariat opened 2026–2028 to the cities.'],
			['response.submitted', 'Demo Coordinator Ghent submitted Ghent’s response to 2026–2028.'],
			['response.returned', 'Demo Secretariat returned Ghent’s response to 2026–2028 with queries.'],
			['response.resubmitted', 'Demo Coordinator Ghent submitted Ghent’s response to 2026–2028 again.'],
			['response.accepted', 'Demo Secretariat accepted Ghent’s response to 2026–2028.']
		]) {
			await page.goto(`/admin/audit?action=${action}`);
			const entry = page.getByRole('table').getByRole('row').filter({ hasText: sentence! }).first();
			await expect(entry).toBeVisible();
			await expect(entry.getByRole('rowheader')).toHaveText(/\d{1,2}:\d{2}.* \(Central European Time\)$/);
			await expect(entry).not.toContainText(action!);
			await expect(entry).not.toContainText(/response \d/);
		}
		// What changed is said in words too, and one link shows everything about the same response, by name.
		await page.goto('/admin/audit?action=response.resubmitted');
		const resubmitted = page
			.getByRole('table')
			.getByRole('row')
			.filter({ hasText: 'Demo Coordinator Ghent submitted Ghent’s response to 2026–2028 again.' })
			.first();
		await expect(resubmitted.getByRole('list', { name: 'Changed fields' })).toHaveText(
			'State: returned for changes → submitted'
		);
		await resubmitted
			// The hidden part of the name is a block of its own, so the name may carry a space before the colon.
			.getByRole('link', { name: /^Entries about this ?: Ghent, 2026–2028$/ })
			.click();
		await expect(page.getByText('Showing the entries about Ghent, 2026–2028.')).toBeVisible();
		const about = page.getByRole('table').getByRole('row');
		await expect(about.filter({ hasText: 'accepted Ghent’s response to 2026–2028.' })).toHaveCount(1);
		await expect(about.filter({ hasText: 'returned Ghent’s response to 2026–2028' })).toHaveCount(1);
		await expect(about.filter({ hasText: 'opened 2026–2028 to the cities' })).toHaveCount(0);
		await expectNoA11yViolations(page);
	});

	test('the secretariat closes the cycle, writes the report, previews it and publishes it', async ({
		secretariatPage: page,
		request
	}) => {
		await page.goto(PROGRESS);
		await page.getByRole('link', { name: 'Close the cycle…' }).click();
		const closing = page.getByRole('region', { name: 'Close the cycle?' });
		await expect(closing).toContainText('Closing stops every city’s editing now');
		await expect(closing).toContainText('Cities that have not submitted (1): Helsinki.');
		await expectNoA11yViolations(page);
		await closing.getByRole('button', { name: 'Yes, close the cycle' }).click();
		await expect(
			page.getByText('The cycle is closed. Cities can no longer edit their answers.')
		).toBeVisible();

		await page.goto(PROGRESS);
		await page.getByRole('link', { name: 'Write and publish the report' }).click();
		await page.getByRole('button', { name: 'Start the report' }).click();
		// Before anything is written, the publish section lists every chapter still to write, not a button.
		const publishing = page.getByRole('region', { name: 'Publish' });
		await expect(publishing.getByRole('link', { name: 'Write the chapter “Introduction”' })).toBeVisible();
		await expect(publishing).toContainText('The report cannot be published yet.');
		await expectNoA11yViolations(page);
		await expect(
			publishing.getByRole('link', { name: 'Write the chapter “Conclusions and next steps”' })
		).toBeVisible();
		await expect(publishing.getByRole('button', { name: 'Publish the report' })).toHaveCount(0);

		// The introduction, in Markdown: a heading, bold text, a list, and HTML that must stay text.
		await page.getByRole('link', { name: /^Introduction\s?: edit the chapter$/ }).click();
		await page
			.getByRole('textbox', { name: 'Text', exact: true })
			.fill(
				'## What Ghent told us\n\nGhent **answered every question** of the cycle.\n\n- Policy\n- Services\n\n<script>alert(1)</script>'
			);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(/^Saved at /);
		await expectNoA11yViolations(page);

		await page.getByRole('link', { name: /^Back to the report of / }).click();
		await page
			.getByRole('navigation', { name: 'Report' })
			.getByRole('link', { name: 'Preview the report' })
			.click();
		await expect(page.getByText('Preview — not published')).toBeVisible();
		const introduction = page.getByRole('region', { name: 'Introduction' });
		await expect(introduction.getByRole('heading', { level: 3, name: 'What Ghent told us' })).toBeVisible();
		await expect(introduction.locator('strong')).toHaveText('answered every question');
		await expect(introduction.getByText('<script>alert(1)</script>')).toBeVisible();
		const cities = page.getByRole('region', { name: 'Participating cities' });
		await expect(cities.getByRole('link', { name: 'Ghent' })).toBeVisible();
		await expectNoA11yViolations(page);
		// Not published yet: the public finds nothing.
		expect((await request.get(`/reports/${CYCLE}`)).status()).toBe(404);

		// The closing chapter is still empty: the publish section names it, linked, before any attempt.
		await page.getByRole('link', { name: 'Back to the report builder' }).click();
		await expect(publishing.getByRole('link', { name: 'Write the chapter “Introduction”' })).toHaveCount(0);
		await expect(publishing.getByRole('button', { name: 'Publish the report' })).toHaveCount(0);
		await expectNoA11yViolations(page);
		await publishing.getByRole('link', { name: 'Write the chapter “Conclusions and next steps”' }).click();
		await page
			.getByRole('textbox', { name: 'Text', exact: true })
			.fill('Ghent will compare its next answers with these.');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(/^Saved at /);

		await page.getByRole('link', { name: /^Back to the report of / }).click();
		await page.getByLabel(/^I have read the preview/).check();
		await page.getByRole('button', { name: 'Publish the report' }).click();
		await expect(page).toHaveURL(`${BASE_URL}/reports/${CYCLE}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026–2028');
		await expectNoA11yViolations(page);
	});

	test('a visitor reads the new report and downloads it as PDF, DOCX, CSV and XLSX', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto('/reports');
		await page.getByRole('heading', { level: 2, name: '2026–2028' }).getByRole('link').click();
		await expect(page.getByRole('heading', { level: 3, name: 'What Ghent told us' })).toBeVisible();
		await expectNoA11yViolations(page);

		// Ghent's profile names the report the cycle fed: publishing gave it the next number and its year.
		const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(
			new Date()
		);
		await page.goto('/cities/ghent');
		await expect(
			page
				.getByRole('region', { name: 'Participation in reporting cycles' })
				.getByRole('link', { name: `Integrating Cities Report no. 8 (${year})` })
		).toHaveAttribute('href', `/reports/${CYCLE}`);
		await expectNoA11yViolations(page);
		await page.goto(`/reports/${CYCLE}`);

		const downloads = page.getByRole('region', { name: 'Downloads' });
		const fetchFile = async (name: RegExp, timeout = 20_000): Promise<[Download, Buffer]> => {
			const downloading = page.waitForEvent('download', { timeout });
			await downloads.getByRole('link', { name }).click();
			const download = await downloading;
			return [download, Buffer.concat(await (await download.createReadStream()).toArray())];
		};

		// The PDF is printed by a headless browser on the server: the first one takes a while.
		const [pdf, pdfBytes] = await fetchFile(/^The report as a PDF file/, 120_000);
		expect(pdf.suggestedFilename()).toBe(`integrating-cities-report-${CYCLE}.pdf`);
		expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdfBytes.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);

		const [docx, docxBytes] = await fetchFile(/^The report as an editable document/);
		expect(docx.suggestedFilename()).toBe(`integrating-cities-report-${CYCLE}.docx`);
		const documentXml = await (await JSZip.loadAsync(docxBytes)).file('word/document.xml')!.async('string');
		expect(documentXml).toContain('answered every question');
		expect(documentXml).toContain('Ghent');

		const [, csvBytes] = await fetchFile(/^Data annex.*\(CSV/);
		const csv = csvBytes.toString('utf8');
		expect(csv).toMatch(/^part,commitment,role,fully,partly,not_at_all/m);
		expect(csv.match(/^aggregate,/gm)).toHaveLength(11);

		const [, xlsxBytes] = await fetchFile(/^Data annex.*\(Excel/);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsxBytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Aggregates');
	});
});
