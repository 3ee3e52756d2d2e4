// The product in Italian: a visitor switches the interface to Italiano and reads the public pages and the
// report's PDF; the secretariat, in Italian, invites a coordinator for Genoa, whose invitation e-mail is in
// Italian; the coordinator fills in and submits Genoa's questionnaire of the open demo cycle in Italian.
// Every page on the way is checked with axe. The journeys run in this order and share Genoa's response.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL } from './support/env';
import { expect, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

const CYCLE = '/respond/2024-2026';
const GENOA_COORDINATOR = 'coordinatrice@comune.genova.example';

/** Chooses Italiano in the header's language form, as a reader without Italian in their browser would. */
async function switchToItalian(page: Page) {
	await page.locator('#language-select').selectOption({ label: 'Italiano' });
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	await expect(page.getByRole('button', { name: 'Cambia lingua' })).toBeVisible();
}

/** The rating radios and evidence box of one commitment on a section page. */
function commitment(page: Page, number: number) {
	return {
		rate: (label: 'Pienamente' | 'In parte' | 'Per niente') =>
			page.locator(`fieldset#q-c${number}-rating`).getByLabel(label, { exact: true }).check(),
		evidence: page.locator(`[id="c${number}-rating.evidence"]`)
	};
}

test.describe.serial('Integrating Cities Monitor in Italian', () => {
	/** Genoa's new coordinator, signed in: the invitation journey makes the account, the next one uses it. */
	let genoaCoordinator: Awaited<ReturnType<BrowserContext['storageState']>>;

	test('a visitor switches to Italiano and reads the public pages in Italian', async ({ page }) => {
		// Six pages, each checked with axe: more than the default minute on a busy two-core machine.
		test.setTimeout(150_000);
		await page.goto('/');
		await switchToItalian(page);
		// The same page at its Italian address.
		await expect(page).toHaveURL('/it');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Città impegnate per le pari opportunità di tutti i residenti'
		);
		await expect(page.getByRole('navigation', { name: 'Navigazione principale' })).toContainText(
			'Buone pratiche'
		);
		await expectNoA11yViolations(page);

		// The choice is remembered on the next pages.
		await page.goto('/charter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'it');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'La Carta: quattro ruoli, undici impegni'
		);
		await expect(page.getByText('Impegno 1', { exact: true })).toBeVisible();
		await expect(
			page.getByText(
				'Comunicare attivamente il nostro impegno per le pari opportunità di tutte le persone che vivono in città'
			)
		).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto('/cities');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Città firmatarie e città che hanno risposto'
		);
		// Dates are written as Italian readers write them.
		await expect(page.getByRole('row', { name: /Genoa/ })).toContainText('gennaio 2013');
		await expectNoA11yViolations(page);

		await page.goto('/cities/genoa');
		await expect(
			page.getByRole('heading', { name: 'Partecipazione ai cicli di rendicontazione' })
		).toBeVisible();
		await expect(page.getByText('Italia', { exact: true })).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto('/practices');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buone pratiche');
		await expect(page.getByText('Gruppo destinatario', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Risultati', exact: true })).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto('/reports/2018-2020');
		await expect(page.getByRole('heading', { name: 'Download' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'La città come datore di lavoro' })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('the report’s PDF, downloaded in Italian, is printed in Italian', async ({ page }) => {
		test.setTimeout(150_000);
		await page.goto('/reports/2018-2020');
		await switchToItalian(page);
		const downloading = page.waitForEvent('download', { timeout: 120_000 });
		await page
			.getByRole('link', {
				name: 'Il rapporto come file PDF, da stampare o condividere (PDF, scarica un file)'
			})
			.click();
		const bytes = Buffer.concat(await (await (await downloading).createReadStream()).toArray());
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

		const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
		const pages: string[] = [];
		for (let number = 1; number <= pdf.numPages; number++) {
			const content = await (await pdf.getPage(number)).getTextContent();
			pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
		}
		const text = pages.join(' ').replace(/\s+/g, ' ');
		expect(text).toContain('La città come datore di lavoro');
		expect(text).toContain('Città partecipanti');
		// Each role table's totals row, in Italian and not in English.
		expect(text.match(/Tutti gli impegni di questo ruolo/g)).toHaveLength(4);
		expect(text).not.toContain('All commitments of this role');
	});

	test('the secretariat, in Italian, invites Genoa’s coordinator, whose e-mail is in Italian', async ({
		secretariatPage: secretariat,
		browser
	}) => {
		await secretariat.goto('/admin/people');
		await switchToItalian(secretariat);
		await expect(secretariat.getByRole('heading', { level: 1, name: 'Persone' })).toBeVisible();
		await expectNoA11yViolations(secretariat);

		const invite = secretariat.getByRole('region', { name: 'Invita una persona' });
		await invite.getByLabel('Nome', { exact: true }).fill('Giulia Rossi');
		await invite.getByLabel('Indirizzo e-mail').fill(GENOA_COORDINATOR);
		await invite.getByRole('radio', { name: 'coordinatore della città' }).check();
		await invite.getByLabel('Città', { exact: true }).selectOption({ label: 'Genoa' });
		const sent = Date.now();
		await invite.getByRole('button', { name: 'Invia l’invito' }).click();
		await expect(
			secretariat.getByRole('status').filter({ hasText: `Un invito è in arrivo a ${GENOA_COORDINATOR}.` })
		).toBeVisible();
		await expectNoA11yViolations(secretariat);

		const mail = await waitForMail(GENOA_COORDINATOR, 'Il tuo invito a Integrating Cities Monitor', {
			after: sent
		});
		expect(mail.text).toContain('Buongiorno Giulia Rossi');
		expect(mail.text).toContain(
			'la segreteria di Eurocities ti invita a Integrating Cities Monitor come coordinatore della città.'
		);
		expect(mail.text).toContain('Scegli qui la tua password (il link vale 14 giorni)');

		// Giulia, in her own browser, which asks for Italian: no switching needed.
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'it-IT' });
		const page = await context.newPage();
		await page.goto(linkIn(mail, '/invitation/'));
		await expect(page.getByRole('heading', { level: 1, name: 'Accetta l’invito' })).toBeVisible();
		await expect(
			page.getByText('Sei invitato a Integrating Cities Monitor come coordinatore della città per Genoa.')
		).toBeVisible();
		await expectNoA11yViolations(page);
		await page.getByLabel('Nuova password', { exact: true }).fill('focaccia al porto 2026');
		await page.getByLabel('Ripeti la nuova password').fill('focaccia al porto 2026');
		await page.getByRole('button', { name: 'Crea il mio account' }).click();
		await expect(page).toHaveURL('/respond?welcome');
		await expect(page.getByText('Il tuo account è pronto e hai effettuato l’accesso.')).toBeVisible();
		await expect(page.getByText('Accesso effettuato come Giulia Rossi')).toBeVisible();
		await expectNoA11yViolations(page);
		genoaCoordinator = await context.storageState();
		await context.close();
	});

	test('Genoa’s coordinator fills in and submits the questionnaire in Italian', async ({ browser }) => {
		test.setTimeout(120_000);
		// Without JavaScript, as every form must work; axe checks the markup each page received.
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'it-IT',
			javaScriptEnabled: false,
			storageState: genoaCoordinator
		});
		const page = await context.newPage();
		recordDocuments(page);

		await page.goto(CYCLE);
		await expect(page.getByRole('heading', { name: 'Sezioni' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'La città come datore di lavoro' })).toBeVisible();
		await expectNoA11yViolations(page);

		await page.getByRole('link', { name: 'Contesto della città e strategia di integrazione' }).click();
		await expect(page.locator('fieldset#q-strategy legend')).toContainText(
			'La tua città ha una strategia di integrazione?'
		);
		await page.locator('fieldset#q-strategy').getByLabel('No', { exact: true }).check();
		await page
			.locator('fieldset#q-migrant-definition')
			.getByLabel('Nati all’estero', { exact: true })
			.check();
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		await expect(page.getByText('Le tue risposte sono salvate.')).toBeVisible();
		await expectNoA11yViolations(page);

		// A rating without its evidence: the error summary and the message are in Italian.
		await page.goto(`${CYCLE}/policy-maker`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('La città come decisore politico');
		await commitment(page, 1).rate('In parte');
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'C’è un problema' });
		await expect(summary).toBeVisible();
		await expect(
			summary.getByRole('link', { name: 'Fornisci le evidenze a sostegno della tua valutazione' })
		).toBeVisible();
		await expectNoA11yViolations(page);
		await commitment(page, 1).evidence.fill('Campagna del sindaco «Genova città di tutti»');
		for (const number of [2, 3]) await commitment(page, number).rate('Per niente');
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		await expect(page.getByText('Le tue risposte sono salvate.')).toBeVisible();

		for (const [section, numbers] of [
			['service-provider', [4, 5]],
			['employer', [6, 7, 8]],
			['buyer', [9, 10, 11]]
		] as const) {
			await page.goto(`${CYCLE}/${section}`);
			for (const number of numbers) await commitment(page, number).rate('Per niente');
			await page.getByRole('button', { name: 'Salva', exact: true }).click();
			await expect(page.getByText('Le tue risposte sono salvate.')).toBeVisible();
		}
		await expectNoA11yViolations(page);

		await page.goto(`${CYCLE}/check`);
		await expect(page.getByRole('heading', { level: 1, name: 'Controlla le risposte' })).toBeVisible();
		await expect(page.getByText('Tutte le domande obbligatorie hanno una risposta.')).toBeVisible();
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Invia la risposta…' }).click();
		await expect(page.getByRole('heading', { name: 'Inviare ora la risposta?' })).toBeVisible();
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Sì, invia la risposta' }).click();
		await expect(page.getByText('La tua risposta è stata inviata. Grazie.')).toBeVisible();
		await expect(page.getByText('Stato della tua risposta: inviata')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto(`${CYCLE}/policy-maker`);
		await expect(page.getByText(/Non può più essere modificata/)).toBeVisible();
		await expect(page.getByText('Campagna del sindaco «Genova città di tutti»')).toBeVisible();
		await expectNoA11yViolations(page);
		await context.close();
	});
});
