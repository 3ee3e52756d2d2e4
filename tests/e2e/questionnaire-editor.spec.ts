// The secretariat prepares next cycle's questionnaire alone: it copies the current version, adds a topical
// module on receiving people who fled the war in Ukraine with three questions and their French text, sees the
// protected core refuse a removal, previews the questionnaire as a French-speaking city, and opens a cycle with
// it. Ghent's coordinator answers the module (the previous cycle's answers still appear beside the core items)
// and submits; the analysis and a generated report part show the module. Every editor page passes axe.
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const VERSION = 'charter-2028.1';
const EDITOR = `/admin/questionnaires/${VERSION}`;
const CYCLE = 'ukraine-module-2028-2030';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const noProblem = (page: Page) =>
	expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toHaveCount(0);

/** Adds a question to the module's section and lands on its own page. */
async function addQuestion(page: Page, type: string, id: string, label: string) {
	await page.goto(`${EDITOR}/sections/ukraine-reception`);
	await page.getByLabel('Type', { exact: true }).selectOption(type);
	await page.getByLabel('Question id').fill(id);
	await page.getByLabel('Question (English)').fill(label);
	await page.getByRole('button', { name: 'Add question' }).click();
	await expect(page).toHaveURL(`${BASE_URL}${EDITOR}/items/${id}?added=1`);
	await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test.describe.serial('the secretariat edits a questionnaire version with a topical module', () => {
	// Many pages per step, each checked with axe, on a small shared machine.
	test.describe.configure({ timeout: 240_000 });
	test('copies the current version and adds the Ukraine module with three questions', async ({
		secretariatPage: page
	}) => {
		await page.goto('/admin/questionnaires');
		await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire versions' })).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: 'charter-2026.1' })).toContainText('Frozen');
		await expectNoA11yViolations(page);
		await page.getByLabel('Copy of').selectOption('charter-2026.1');
		await page.getByLabel('Name of the new version').fill(VERSION);
		await page.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect(page).toHaveURL(`${BASE_URL}${EDITOR}`);
		await expect(page.getByText('A draft: you can change it')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.getByLabel('Module id').fill('ukraine');
		await page.getByLabel('Module title (English)').fill('Receiving people who fled the war in Ukraine');
		await page.getByRole('button', { name: 'Add module' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');

		await page.getByLabel('Section id').fill('ukraine-reception');
		await page.getByLabel('Section title (English)').fill('Reception of people from Ukraine');
		await page
			.getByLabel('Topical module')
			.selectOption({ label: 'Receiving people who fled the war in Ukraine' });
		await page.getByLabel('Type of its first question').selectOption('choice');
		await page.getByLabel('Id of its first question').fill('ukraine-housing');
		await page.getByLabel('First question (English)').fill('Where are the people received mostly housed?');
		await page.getByRole('button', { name: 'Add section' }).click();
		await expect(page).toHaveURL(`${BASE_URL}${EDITOR}/sections/ukraine-reception`);
		await expectNoA11yViolations(page);

		// The choice's options, one a line; the id is kept, and the page says so.
		await page.getByRole('link', { name: 'Where are the people received mostly housed?' }).click();
		await expect(page.getByRole('group', { name: /still ask the same thing/ })).toBeVisible();
		await page
			.getByLabel('Options')
			.fill('private | Private homes\nreception-centre | Reception centres\nhost-family | Host families');
		await page.getByRole('button', { name: 'Save question' }).click();
		await expect(page.getByRole('status')).toContainText('Saved under the same id ukraine-housing');
		await expectNoA11yViolations(page);

		await addQuestion(page, 'number', 'ukraine-received', 'How many people did the city receive?');
		await page.getByLabel('Unit').fill('people');
		await page.getByLabel('Lowest value').fill('0');
		await page.getByLabel('Whole numbers only').check();
		await page.getByLabel('Ask for the year of the figure').check();
		await page.getByLabel('Ask for the source of the figure').check();
		await page.getByLabel('Cities must answer it').check();
		await page.getByRole('button', { name: 'Save question' }).click();
		await expect(page.getByRole('status')).toContainText('Saved under the same id ukraine-received');
		await expectNoA11yViolations(page);

		await addQuestion(page, 'text', 'ukraine-schooling', 'How are the children from Ukraine schooled?');
		// A limit the validation cannot use is refused, and what was typed stays.
		await page.getByLabel('Most characters').fill('many');
		await page.getByRole('button', { name: 'Save question' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
			'Enter a number.'
		);
		await expect(page.getByLabel('Most characters')).toHaveValue('many');
		await page.getByLabel('Most characters').fill('2000');
		// Asked only of cities whose people are mostly housed by host families.
		await page
			.getByLabel('Shown only when this question…')
			.selectOption({ label: 'Where are the people received mostly housed? (ukraine-housing)' });
		await page.getByLabel('…has one of these values, to show it').fill('host-family');
		await page.getByRole('button', { name: 'Save question' }).click();
		await noProblem(page);
		await expect(page.getByLabel('Shown only when this question…')).toHaveValue('ukraine-housing');
	});

	test('the protected core refuses removing a commitment rating', async ({ secretariatPage: page }) => {
		await page.goto(EDITOR);
		await page
			.locator('#item-c1-rating')
			.getByRole('button', { name: /^Remove/ })
			.click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary).toContainText('commitment 1 (c1-rating) is part of the protected core');
		await expectNoA11yViolations(page);
		await expect(page.locator('#item-c1-rating')).toBeVisible();
	});

	test('fills the module’s French text and previews it as a city in French', async ({
		secretariatPage: page
	}) => {
		await page.goto(`${EDITOR}/translations?lang=fr`);
		await expect(page.getByRole('heading', { level: 1, name: 'Translations: Français' })).toBeVisible();
		await expectNoA11yViolations(page);
		const french: Record<string, string> = {
			'module.ukraine.title': 'Accueil des personnes ayant fui la guerre en Ukraine',
			'section.ukraine-reception.title': 'Accueil des personnes venues d’Ukraine',
			'item.ukraine-housing.label': 'Où les personnes accueillies sont-elles surtout logées ?',
			'item.ukraine-housing.option.private': 'Logements privés',
			'item.ukraine-housing.option.reception-centre': 'Centres d’accueil',
			'item.ukraine-housing.option.host-family': 'Familles d’accueil',
			'item.ukraine-received.label': 'Combien de personnes la ville a-t-elle accueillies ?',
			'item.ukraine-schooling.label': 'Comment les enfants venus d’Ukraine sont-ils scolarisés ?'
		};
		for (const [key, text] of Object.entries(french))
			await page.locator(`textarea[name="text:${key}"]`).fill(text);
		await page.getByRole('button', { name: 'Save translations' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved (8 texts).');
		// The saved page stays on French, now with nothing of the module left to translate.
		await expect(page.getByRole('heading', { level: 1, name: 'Translations: Français' })).toBeVisible();
		await expect(page.locator('textarea[name="text:item.ukraine-housing.label"]')).toHaveCount(0);

		await page.goto(`${EDITOR}/preview?lang=fr`);
		await expect(page.getByRole('heading', { level: 1, name: 'Preview' })).toBeVisible();
		await expect(
			page.getByText('Module thématique : Accueil des personnes ayant fui la guerre en Ukraine')
		).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 3, name: 'Accueil des personnes venues d’Ukraine' })
		).toBeVisible();
		const housing = page.getByRole('group', {
			name: 'Où les personnes accueillies sont-elles surtout logées ?'
		});
		await expect(housing.getByLabel('Familles d’accueil')).toBeVisible();
		const received = page.getByRole('group', {
			name: 'Combien de personnes la ville a-t-elle accueillies ?'
		});
		await expect(received).toContainText('Obligatoire');
		// The question type's own fields speak the previewed language too, not the secretariat's.
		await expect(received.getByLabel('Année de référence')).toBeVisible();
		await expectNoA11yViolations(page);

		// The diff with the version it was copied from names the module and its questions.
		await page.goto(EDITOR);
		await page.getByRole('link', { name: 'Compare with the version it was copied from' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: `From charter-2026.1 to ${VERSION}` })
		).toBeVisible();
		await expect(page.getByText('ukraine: added')).toBeVisible();
		await expect(page.getByText('ukraine-received: added')).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('opens a cycle with the new version, which is then frozen', async ({ secretariatPage: page }) => {
		await page.goto('/admin/cycles/new');
		await page.getByLabel('Name', { exact: true }).fill('Ukraine module 2028–2030');
		await page.getByLabel('Web address').fill(CYCLE);
		await page.getByLabel('Start of the period').fill('2028-07-01');
		await page.getByLabel('End of the period').fill('2030-06-30');
		await page.getByLabel('Questionnaire version').selectOption(VERSION);
		await page.getByLabel('Opening date').fill(day(0));
		await page.getByLabel('Deadline', { exact: true }).fill(day(60));
		await page.getByRole('button', { name: 'Create the draft cycle' }).click();
		await expect(page).toHaveURL(`${BASE_URL}/admin/cycles/${CYCLE}`);
		await page.getByRole('link', { name: 'Open the cycle…' }).click();
		await page.getByRole('button', { name: 'Yes, open the cycle' }).click();
		await expect(page.getByText('The cycle is open. You can now invite the cities.')).toBeVisible();

		await page.goto(`/admin/cycles/${CYCLE}/invite`);
		await page.getByLabel(/^Ghent/).check();
		await page.getByRole('button', { name: 'Send the invitations' }).click();
		await expect(page.getByText('Cities invited: 1.')).toBeVisible();

		await page.goto('/admin/questionnaires');
		const row = page.getByRole('row').filter({ hasText: VERSION });
		await expect(row).toContainText('Frozen');
		await expect(row.getByRole('link', { name: 'Ukraine module 2028–2030' })).toBeVisible();
		await page.goto(EDITOR);
		await expect(page.getByText('Frozen: a cycle uses this version')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add module' })).toHaveCount(0);
	});

	test.describe('Ghent answers the module', () => {
		let ghent: { context: BrowserContext; page: Page };
		test.beforeAll(async ({ browser }) => {
			const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
			ghent = { context, page: await context.newPage() };
			await signIn(ghent.page, demo.ghentCoordinator, 'Demo Coordinator Ghent');
		});
		test.afterAll(async () => ghent.context.close());

		test('answers the three questions, and sees last cycle’s answers beside the core items', async () => {
			const { page } = ghent;
			await page.goto(`/respond/${CYCLE}`);
			await page.getByRole('link', { name: 'Reception of people from Ukraine' }).click();
			// The schooling question waits for the housing answer it depends on, and the page says why.
			await expect(page.getByText('Some questions here are asked only for certain answers.')).toBeVisible();
			await expect(page.locator('[id="ukraine-schooling"]')).toHaveCount(0);
			await page
				.getByRole('group', { name: 'Where are the people received mostly housed?' })
				.getByLabel('Host families')
				.check();
			await page.locator('[id="ukraine-received.value"]').fill('1250');
			await page.locator('[id="ukraine-received.year"]').fill('2029');
			await page.locator('[id="ukraine-received.source"]').fill('City register of arrivals');
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await noProblem(page);
			await page.locator('[id="ukraine-schooling"]').fill('In welcome classes, then in ordinary classes.');
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await noProblem(page);
			await page.reload();
			await expect(page.getByLabel('Host families')).toBeChecked();
			await expect(page.locator('[id="ukraine-received.value"]')).toHaveValue('1250');
			await expect(page.locator('[id="ukraine-schooling"]')).toHaveValue(
				'In welcome classes, then in ordinary classes.'
			);

			// The core items kept their ids, so the previous cycle's answer shows beside them.
			await page.goto(`/respond/${CYCLE}`);
			await page.getByRole('link', { name: 'The city as policy maker' }).click();
			await expect(page.locator('#q-c1-rating').getByText(/^Your answer in /)).toBeVisible();
		});

		test('submits, and the secretariat finds the module in the analysis and in a report part', async ({
			secretariatPage
		}) => {
			const { page } = ghent;
			await page.goto(`/respond/${CYCLE}/city-context`);
			await page.locator('fieldset#q-strategy').getByLabel('No', { exact: true }).check();
			await page.locator('fieldset#q-migrant-definition').getByRole('radio').first().check();
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await noProblem(page);
			for (const [section, numbers] of [
				['policy-maker', [1, 2, 3]],
				['service-provider', [4, 5]],
				['employer', [6, 7, 8]],
				['buyer', [9, 10, 11]]
			] as const) {
				await page.goto(`/respond/${CYCLE}/${section}`);
				for (const number of numbers) {
					await page
						.locator(`fieldset#q-c${number}-rating`)
						.getByLabel('Not at all', { exact: true })
						.check();
				}
				await page.getByRole('button', { name: 'Save', exact: true }).click();
				await noProblem(page);
			}
			await page.goto(`/respond/${CYCLE}/check`);
			await expect(page.getByText('All required questions are answered.')).toBeVisible();
			await page.getByRole('button', { name: 'Submit the response…' }).click();
			await page.getByRole('button', { name: 'Yes, submit the response' }).click();
			await expect(page.getByText('Your response is submitted. Thank you.')).toBeVisible();

			// The analysis summarises the module the secretariat wrote, with Ghent's figure and its source.
			const admin = secretariatPage;
			await admin.goto(`/admin/cycles/${CYCLE}/analysis`);
			await admin.getByRole('link', { name: 'Topical modules' }).click();
			await expect(
				admin.getByRole('heading', { level: 2, name: 'Receiving people who fled the war in Ukraine' })
			).toBeVisible();
			const figures = admin.getByRole('table', { name: /each city’s figure$/ });
			await expect(figures.getByRole('row', { name: /Ghent/ })).toContainText('1,250');
			await expect(figures.getByRole('row', { name: /Ghent/ })).toContainText('City register of arrivals');
			await expect(admin.getByText('In welcome classes, then in ordinary classes.')).toBeVisible();
			await expectNoA11yViolations(admin);

			// The report offers the module as a generated part and places it in the preview.
			await admin.goto(`/admin/cycles/${CYCLE}/report`);
			await admin.getByRole('button', { name: 'Start the report' }).click();
			await admin.getByLabel('Part', { exact: true }).selectOption({ label: 'Topical modules' });
			await admin.getByRole('button', { name: 'Add the part' }).click();
			await expect(admin.getByRole('status')).toHaveText('The section has been added.');
			await admin.getByRole('link', { name: 'Preview the report' }).click();
			await expect(admin.getByRole('heading', { level: 2, name: 'Topical modules' })).toBeVisible();
			await expect(
				admin.getByRole('heading', { level: 3, name: 'Receiving people who fled the war in Ukraine' })
			).toBeVisible();
			await expectNoA11yViolations(admin);
		});
	});
});
