import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const TITLE = 'Evening conversation club in Finnish';

test('the secretariat adds and publishes a practice, a visitor finds it, and it is gone once unpublished', async ({
	secretariatPage,
	page
}) => {
	const admin = secretariatPage;
	await admin.goto('/admin/practices');
	await expect(admin.getByRole('heading', { level: 1, name: 'Good practices' })).toBeVisible();
	await expectNoA11yViolations(admin);

	await admin.getByRole('link', { name: 'Add a practice' }).click();
	await expect(admin.getByRole('heading', { level: 1, name: 'Add a practice' })).toBeVisible();
	await expectNoA11yViolations(admin);

	// A first attempt with the title only: the summary lists what is missing and nothing typed is lost.
	await admin.getByLabel('Title', { exact: true }).fill(TITLE);
	await admin.getByRole('button', { name: 'Save as draft' }).click();
	await expect(admin.getByRole('alert')).toContainText('Choose the city of the practice');
	await expect(admin.getByRole('alert')).toContainText('Choose at least one commitment');
	await expect(admin.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
	await expectNoA11yViolations(admin);

	await admin.getByLabel('City', { exact: true }).selectOption({ label: 'Helsinki' });
	await admin
		.getByLabel('Summary', { exact: true })
		.fill('Volunteers and newcomers meet every Tuesday evening in a library to practise everyday Finnish.');
	await admin.getByRole('group', { name: 'Charter commitments' }).getByLabel(/^4\./).check();
	await admin.getByRole('group', { name: 'Themes' }).getByLabel('Language learning').check();
	await admin.getByRole('button', { name: 'Save as draft' }).click();
	await expect(admin.getByRole('status')).toHaveText(/saved as a draft/);
	await expectNoA11yViolations(admin);

	await admin.getByRole('button', { name: 'Publish' }).click();
	await expect(admin.getByRole('status')).toHaveText(/is published/);
	const address = await admin.getByRole('link', { name: /^\/practices\// }).getAttribute('href');
	expect(address).toBe('/practices/helsinki-evening-conversation-club-in-finnish');

	await page.goto('/practices?q=conversation+club+Finnish');
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
	await expectNoA11yViolations(page);

	await admin.getByRole('button', { name: 'Unpublish' }).click();
	await expect(admin.getByRole('status')).toHaveText(/no longer sees it/);
	await expectNoA11yViolations(admin);

	await page.reload();
	await expect(page.getByRole('status')).toHaveText('0 practices found');
	const gone = await page.goto(address ?? '/');
	expect(gone?.status()).toBe(404);
});
