// The secretariat sets when reminders go by themselves on the open demo cycle's remind page: a mistyped number
// is refused with the error summary, a schedule is saved and the page lists each city's next reminder, and
// clearing it leaves the demo as it was. (That the scheduler sends them at their time, once each, with the clock
// moved, is tested against the database in tests/integration/scheduled-reminders.test.ts.)
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const REMIND = '/admin/cycles/2024-2026/remind';

test('the secretariat schedules reminders and sees what goes next', async ({ secretariatPage: page }) => {
	await page.goto(REMIND);
	const section = page.getByRole('region', { name: 'Reminders sent by themselves' });
	await expect(section).toBeVisible();
	await expect(section.getByText('No reminder is scheduled')).toBeVisible();
	await expect(section.getByText('None has been sent yet.')).toBeVisible();
	await expectNoA11yViolations(page);

	const before = page.getByLabel('Days before the deadline');
	await before.fill('14, two');
	await page.getByRole('button', { name: 'Save the schedule' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: /Enter whole numbers of days/ })).toHaveAttribute(
		'href',
		'#before'
	);
	await expect(before).toHaveValue('14, two');
	await expect(before).toHaveAttribute('aria-invalid', 'true');
	await expectNoA11yViolations(page);

	await before.fill('14, 3');
	await page.getByLabel('On the day of the deadline').check();
	await page.getByLabel('Days after the deadline').fill('1');
	await page.getByRole('button', { name: 'Save the schedule' }).click();
	await expect(page.getByText('Schedule saved: 4 reminder dates for each city.')).toBeVisible();
	await expect(
		section.getByText(
			'Now set: 14 days before the deadline; 3 days before the deadline; on the day of the deadline; the day after the deadline.'
		)
	).toBeVisible();
	const upcoming = section.getByRole('table', { name: 'Next scheduled reminder of each city' });
	await expect(upcoming.getByRole('row').nth(1)).toContainText('14 days before the deadline');
	await expect(page.getByLabel('Days before the deadline')).toHaveValue('14, 3');
	await expectNoA11yViolations(page);

	// Cleared again, so the demo's other journeys meet no scheduled reminders.
	await page.getByLabel('Days before the deadline').fill('');
	await page.getByLabel('On the day of the deadline').uncheck();
	await page.getByLabel('Days after the deadline').fill('');
	await page.getByRole('button', { name: 'Save the schedule' }).click();
	await expect(page.getByText('Schedule saved: no reminder goes by itself.')).toBeVisible();
	await expect(section.getByText('No reminder is scheduled')).toBeVisible();
});
