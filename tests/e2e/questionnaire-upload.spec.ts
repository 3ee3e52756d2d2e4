// Filling the questionnaire offline in a spreadsheet while a colleague goes on answering on the site: the upload
// saves what nobody changed meanwhile and lets the coordinator choose for the rest.
// Ghent's response to the open 2024–2026 cycle: Helsinki's is the one questionnaire.spec.ts fills and submits.
// two-editors.spec.ts works on Ghent's city context afterwards, so this journey keeps to other answers, and the
// strategy's name it sets is not one that journey types.
import ExcelJS from 'exceljs';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const CYCLE = '/respond/2024-2026';
const PRIORITIES = 'Your city’s priorities for the next period';

/** The downloaded workbook with Answer cells changed, as someone filling it offline would. */
async function fillOffline(bytes: Buffer, cells: Record<string, string>): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	workbook.getWorksheet('Answers')!.eachRow((row) => {
		const field = String(row.getCell(4).value ?? '');
		if (field in cells) row.getCell(5).value = cells[field] ?? '';
	});
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('an upload made from an older download lists what a colleague changed meanwhile, to choose from', async ({
	page,
	browser
}) => {
	await signIn(page, demo.ghentCoordinator, 'Demo Coordinator Ghent');
	await page.goto(`${CYCLE}/import`);
	await expectNoA11yViolations(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the spreadsheet (XLSX)' }).click();
	const file = Buffer.concat(await (await (await downloading).createReadStream()).toArray());

	// Meanwhile a colleague answers on the site (a second window of the same account, without JavaScript).
	const colleague = await browser.newContext({
		baseURL: BASE_URL,
		locale: 'en-GB',
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const other = await colleague.newPage();
	recordDocuments(other);
	await other.goto(`${CYCLE}/priorities`);
	await other.getByLabel(PRIORITIES, { exact: true }).fill('Typed on the site: a new reception law');
	await other.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(other.getByText('Your answers are saved.')).toBeVisible();
	await expectNoA11yViolations(other);

	// The old file changes the same answer, and one nobody touched.
	const filled = await fillOffline(file, {
		'next-priorities': 'Typed offline: language courses became free',
		'strategy-name': 'Ghent, a city of many'
	});
	await page.getByLabel('Spreadsheet file').setInputFiles({
		name: 'ghent-answers.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: filled
	});
	await page.getByRole('button', { name: 'Upload and save the answers' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Answers changed since your spreadsheet was made'
	);
	const notice = page.getByRole('alert').filter({ hasText: 'Some answers were not saved' });
	await expect(notice).toBeFocused();
	await expect(notice).toContainText('Answers saved from the spreadsheet: 1.');
	await expect(notice.getByRole('link', { name: PRIORITIES })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Choose which version to keep' })).toBeVisible();
	const choice = page.getByRole('group', { name: PRIORITIES });
	await expect(choice).toContainText('Typed on the site: a new reception law');
	await expect(choice).toContainText('Saved by Demo Coordinator Ghent on');
	await expect(choice).toContainText('Typed offline: language courses became free');
	await expect(choice.getByLabel('Keep the current answer')).toBeChecked();
	await expectNoA11yViolations(page);

	await choice.getByLabel('Use the answer from the spreadsheet').check();
	await page.getByRole('button', { name: 'Save my choices' }).click();
	await expect(page.getByText('The spreadsheet is uploaded: 2 answers changed.')).toBeVisible();
	await expectNoA11yViolations(page);

	await other.goto(`${CYCLE}/priorities`);
	await expect(other.getByLabel(PRIORITIES, { exact: true })).toHaveValue(
		'Typed offline: language courses became free'
	);
	await other.goto(`${CYCLE}/city-context`);
	await expect(other.getByLabel('Name of the strategy', { exact: true })).toHaveValue(
		'Ghent, a city of many'
	);
	await expectNoA11yViolations(other);
	await colleague.close();
});

test('in French, a refused upload says what is wrong in French: the file, then each row', async ({
	page
}) => {
	await signIn(page, demo.ghentCoordinator, 'Demo Coordinator Ghent');
	// The language is a cookie of this browser: other journeys signed in as Ghent keep English.
	await page.goto(`/language?${new URLSearchParams({ locale: 'fr', returnTo: `${CYCLE}/import` })}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Télécharger le tableur (XLSX)' }).click();
	const file = Buffer.concat(await (await (await downloading).createReadStream()).toArray());

	// No file chosen: the server's message, in French, in the summary and at the field.
	await page.getByRole('button', { name: 'Envoyer et enregistrer les réponses' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Choisissez le fichier du tableur à envoyer');
	await expect(page.locator('#file-error')).toHaveText('Choisissez le fichier du tableur à envoyer');

	// A row that breaks its question's rules: nothing is saved, and the row's problem is said in French.
	const filled = await fillOffline(file, { 'strategy-years': 'x'.repeat(60) });
	await page.getByLabel('Fichier du tableur').setInputFiles({
		name: 'ghent-answers.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: filled
	});
	await page.getByRole('button', { name: 'Envoyer et enregistrer les réponses' }).click();
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Rien n’a été enregistré.');
	await expect(summary).toContainText(/Ligne \d+ \(strategy-years\) : Utilisez 50 caractères au plus/);
	await expect(page.locator('#file-error')).toHaveText(
		'Le tableur contient des erreurs : voir la liste ci-dessus'
	);
	await expectNoA11yViolations(page);
});
