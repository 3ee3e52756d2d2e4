import { expectNoA11yViolations } from './support/axe';
import { BASE_URL, DEMO_PASSWORD, demo } from './support/env';
import { expect, linkForm, passwordForm, signIn, submitPassword, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

test('a signed-out visitor to the secretariat pages is sent to sign in first', async ({ page }) => {
	await page.goto('/admin');
	await expect(page).toHaveURL('/sign-in?next=%2Fadmin');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the secretariat signs in with a password', async ({ page }) => {
	await page.goto('/sign-in');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await expectNoA11yViolations(page);

	const form = passwordForm(page);
	await form.getByLabel('E-mail address').fill(demo.secretariat);
	await form.getByLabel('Password').fill(DEMO_PASSWORD);
	await form.getByRole('button', { name: 'Sign in', exact: true }).click();

	await expect(page).toHaveURL('/');
	await expect(page.getByText('Signed in as Demo Secretariat')).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Secretariat' })).toHaveAttribute('href', '/admin');
	await expect(nav.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
	await expectNoA11yViolations(page);
});

// FIXME(app bug): /admin answers 500 "Sorry, something went wrong on our side". In adminCities
// (src/lib/server/reads/admin-overview.ts) the people count's subquery renders as
// `(select count(*)::int from "user" where "city_id" = "id")`: the unqualified "id" binds to user.id (text),
// not cities.id, and PostgreSQL fails with "operator does not exist: integer = text".
test('the secretariat overview lists the cities and confirms a saved one', async ({ secretariatPage }) => {
	const page = secretariatPage;
	await page.goto('/');
	await expectNoA11yViolations(page);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Secretariat' }).click();
	await expect(page).toHaveURL('/admin');
	await expect(page.getByRole('heading', { level: 1, name: 'Secretariat' })).toBeVisible();
	await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(44);
	await expect(page.getByRole('rowheader', { name: 'Helsinki' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Edit Helsinki' }).click();
	await expect(page).toHaveURL('/admin/cities/helsinki');
	await expect(page.getByRole('heading', { level: 1, name: 'Edit Helsinki' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page).toHaveURL('/admin?saved=Helsinki');
	await expect(page.getByRole('status').filter({ hasText: 'Helsinki is saved.' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the secretariat edits a city, correcting a mistake on the way', async ({ secretariatPage }) => {
	const page = secretariatPage;
	await page.goto('/admin/cities/helsinki');
	await expect(page.getByRole('heading', { level: 1, name: 'Edit Helsinki' })).toBeVisible();
	await expect(page.getByLabel('City name')).toHaveValue('Helsinki');
	await expectNoA11yViolations(page);

	// A new population, and a latitude off the globe.
	await page.getByLabel('Population').fill('675000');
	await page.getByLabel('Latitude').fill('95');
	await page.getByRole('button', { name: 'Save' }).click();

	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeVisible();
	await expect(summary).toBeFocused();
	const toLatitude = summary.getByRole('link', { name: 'Enter a latitude between -90 and 90' });
	await expect(toLatitude).toHaveAttribute('href', '#latitude');
	const latitude = page.getByLabel('Latitude');
	await expect(latitude).toHaveAttribute('aria-invalid', 'true');
	await expect(latitude).toHaveAccessibleDescription(/Enter a latitude between -90 and 90/);
	await expect(page.locator('#latitude-error')).toHaveText('Enter a latitude between -90 and 90');
	// Nothing typed is lost.
	await expect(latitude).toHaveValue('95');
	await expect(page.getByLabel('Population')).toHaveValue('675000');
	await expect(page.getByLabel('City name')).toHaveValue('Helsinki');
	await expect(page.getByLabel('Longitude')).toHaveValue('24.94');
	await expectNoA11yViolations(page);

	await toLatitude.click();
	await expect(page).toHaveURL(/#latitude$/);
	await expect(latitude).toBeFocused();
	await latitude.fill('60.17');
	await page.getByRole('button', { name: 'Save' }).click();

	// Back on the overview, which confirms the save (checked in the test above, blocked by the /admin bug).
	// The browser keeps the #latitude of the error summary's link across the redirect.
	await expect(page).toHaveURL(/\/admin\?saved=Helsinki(#latitude)?$/);

	await page.goto('/cities/helsinki');
	const population = page
		.locator('.facts div')
		.filter({ has: page.getByText('Population', { exact: true }) });
	// The figure the secretariat typed, followed by the note that says its source is not recorded.
	await expect(population.locator('dd')).toHaveText(/^675,000\b/);
	await expectNoA11yViolations(page);
});

test('a wrong password is refused and signs nobody in', async ({ page }) => {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	await submitPassword(page, demo.secretariat, 'this-is-not-the-password');

	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(
		'The e-mail address or the password is not right. Check both and try again.'
	);
	// The address is kept; the password is not sent back.
	await expect(passwordForm(page).getByLabel('E-mail address')).toHaveValue(demo.secretariat);
	await expect(passwordForm(page).getByLabel('Password')).toHaveValue('');
	await expectNoA11yViolations(page);

	await expect(page.getByText(/Signed in as/)).toHaveCount(0);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })
	).toBeVisible();
	const cookies = await page.context().cookies();
	expect(cookies.filter((cookie) => cookie.name.includes('session_token'))).toEqual([]);
	await page.goto('/admin');
	await expect(page).toHaveURL('/sign-in?next=%2Fadmin');
	await expectNoA11yViolations(page);
});

test('a city coordinator cannot open the secretariat pages', async ({ page }) => {
	await signIn(page, demo.coordinator, 'Demo Coordinator');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Secretariat' })).toHaveCount(0);

	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1, name: 'You cannot open this page' })).toBeVisible();
	await expect(page.getByText('Your account does not give access to this page.')).toBeVisible();
	await expectNoA11yViolations(page);

	const edit = await page.goto('/admin/cities/helsinki');
	expect(edit?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1, name: 'You cannot open this page' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the secretariat invites a city contributor, who joins through the e-mailed link', async ({
	page,
	secretariatPage
}) => {
	const secretariat = secretariatPage;
	await secretariat.goto('/admin/people');
	await expect(secretariat.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
	await expectNoA11yViolations(secretariat);

	const invite = secretariat.getByRole('region', { name: 'Invite a person' });
	await invite.getByLabel('Name', { exact: true }).fill('Aino Virtanen');
	await invite.getByLabel('E-mail address').fill('aino@example.fi');
	await invite.getByRole('radio', { name: 'city contributor' }).check();
	await invite.getByLabel('City', { exact: true }).selectOption({ label: 'Tampere' });
	const sent = Date.now();
	await invite.getByRole('button', { name: 'Send invitation' }).click();

	await expect(
		secretariat.getByRole('status').filter({ hasText: 'An invitation is on its way to aino@example.fi.' })
	).toBeVisible();
	const row = secretariat.getByRole('row', { name: /Aino Virtanen/ });
	await expect(row).toContainText('city contributor (invitation sent)');
	await expect(row).toContainText('Tampere');
	await expectNoA11yViolations(secretariat);

	const mail = await waitForMail('aino@example.fi', 'Your invitation to Integrating Cities Monitor', {
		after: sent
	});
	expect(mail.text).toContain('Hello Aino Virtanen');
	const invitation = linkIn(mail, '/invitation/');

	// Aino, in her own browser.
	await page.goto(invitation);
	await expect(page.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
	await expect(
		page.getByText('You are invited to Integrating Cities Monitor as city contributor for Tampere.')
	).toBeVisible();
	await expect(page.getByText('aino@example.fi')).toBeVisible();
	await expect(page.getByLabel('Your name')).toHaveValue('Aino Virtanen');
	await expectNoA11yViolations(page);

	await page.getByLabel('New password', { exact: true }).fill('sauna by the lake 2026');
	await page.getByLabel('New password again').fill('sauna by the lake 2062');
	await page.getByRole('button', { name: 'Create my account' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Enter the same password twice' })).toHaveAttribute(
		'href',
		'#confirm'
	);
	await expect(page.getByLabel('New password again')).toHaveAccessibleDescription(
		'Enter the same password twice'
	);
	await expectNoA11yViolations(page);

	await page.getByLabel('New password', { exact: true }).fill('sauna by the lake 2026');
	await page.getByLabel('New password again').fill('sauna by the lake 2026');
	await page.getByRole('button', { name: 'Create my account' }).click();
	// Signed in at once, on her questionnaires: no second sign-in.
	await expect(page).toHaveURL('/respond?welcome');
	await expect(
		page.getByRole('status').filter({ hasText: 'Your account is ready and you are signed in.' })
	).toBeVisible();
	await expect(page.getByText('Signed in as Aino Virtanen')).toBeVisible();
	await expectNoA11yViolations(page);

	// The link works once.
	await page.goto(invitation);
	await expect(page.getByRole('alert')).toHaveText(
		'This invitation has expired or was already used. Ask the Eurocities secretariat for a new one.'
	);
	await expect(page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);
	await expectNoA11yViolations(page);

	await secretariat.reload();
	await expect(secretariat.getByRole('row', { name: /Aino Virtanen/ })).toContainText('city contributor');
	await expect(secretariat.getByRole('row', { name: /Aino Virtanen/ })).not.toContainText('invitation sent');
	await expectNoA11yViolations(secretariat);
});

test('a coordinator signs in with an e-mailed link, then signs out', async ({ page }) => {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	const form = linkForm(page);
	await form.getByLabel('E-mail address').fill(demo.coordinator);
	const sent = Date.now();
	await form.getByRole('button', { name: 'Send me a sign-in link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `If an account exists for ${demo.coordinator}` })
	).toBeVisible();
	await expectNoA11yViolations(page);

	const mail = await waitForMail(demo.coordinator, 'Your sign-in link', { after: sent });
	const link = linkIn(mail, '/api/auth/magic-link/verify?');
	await page.goto(link);
	await expect(page).toHaveURL('/');
	await expect(page.getByText('Signed in as Demo Coordinator')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL('/sign-in?reason=signed-out');
	await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);
	await expectNoA11yViolations(page);

	// The link worked once; a second use says so.
	await page.goto(link);
	await expect(page.getByRole('alert')).toHaveText(
		'This sign-in link has expired or was already used. Ask for a new one.'
	);
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);
	await expectNoA11yViolations(page);
});

// Aino joined through the invitation journey above; the demo accounts keep their password for later journeys.
test('a contributor who forgot the password chooses a new one by e-mail', async ({ page }) => {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Forgotten your password?' }).click();
	await expect(page).toHaveURL('/forgot-password');
	await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('E-mail address').fill('aino@example.fi');
	const sent = Date.now();
	await page.getByRole('button', { name: 'Send me a reset link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'If an account exists for aino@example.fi' })
	).toBeVisible();
	await expectNoA11yViolations(page);

	const mail = await waitForMail('aino@example.fi', 'Reset your password', { after: sent });
	await page.goto(linkIn(mail, '/api/auth/reset-password/'));
	await expect(page).toHaveURL(/\/reset-password\?token=/);
	await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('New password', { exact: true }).fill('a brand new contributor password');
	await page.getByLabel('New password again').fill('a brand new contributor password');
	await page.getByRole('button', { name: 'Save new password' }).click();
	await expect(page).toHaveURL('/sign-in?reason=reset');
	await expect(
		page.getByRole('status').filter({ hasText: 'Your password is saved. Sign in with it now.' })
	).toBeVisible();
	await expectNoA11yViolations(page);

	await submitPassword(page, 'aino@example.fi', 'a brand new contributor password');
	await expect(page.getByText('Signed in as Aino Virtanen')).toBeVisible();
	await expectNoA11yViolations(page);
});

test('a new password signs the person out everywhere else, and keeps this browser signed in', async ({
	page,
	browser
}) => {
	const password = 'a brand new contributor password';
	await page.goto('/sign-in');
	await submitPassword(page, 'aino@example.fi', password);
	await expect(page.getByText('Signed in as Aino Virtanen')).toBeVisible();
	// Aino is also signed in on another computer.
	const elsewhere = await browser.newPage({ baseURL: BASE_URL });
	await elsewhere.goto('/sign-in');
	await submitPassword(elsewhere, 'aino@example.fi', password);
	await expect(elsewhere.getByText('Signed in as Aino Virtanen')).toBeVisible();

	await page.getByRole('link', { name: 'Your account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
	await expectNoA11yViolations(page);
	const change = page.getByRole('form', { name: 'Change your password' });
	await change.getByLabel('Current password').fill('not my password at all');
	await change.getByLabel('New password', { exact: true }).fill('the third contributor password');
	await change.getByLabel('New password again').fill('the third contributor password');
	await change.getByRole('button', { name: 'Save new password' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('The current password is not right.');
	await expectNoA11yViolations(page);

	await change.getByLabel('Current password').fill(password);
	await change.getByLabel('New password', { exact: true }).fill('the third contributor password');
	await change.getByLabel('New password again').fill('the third contributor password');
	await change.getByRole('button', { name: 'Save new password' }).click();
	await expect(page.getByRole('status')).toContainText('Your new password is saved');
	await expectNoA11yViolations(page);
	await page.reload();
	await expect(page.getByText('Signed in as Aino Virtanen')).toBeVisible();

	// The other computer's session has ended.
	await elsewhere.reload();
	await expect(elsewhere.getByText(/Signed in as/)).toHaveCount(0);
	await elsewhere.close();
	// The old password no longer works; the new one does.
	const fresh = await browser.newPage({ baseURL: BASE_URL });
	await fresh.goto('/sign-in');
	await submitPassword(fresh, 'aino@example.fi', password);
	await expect(fresh.getByRole('alert')).toContainText('The e-mail address or the password is not right.');
	await submitPassword(fresh, 'aino@example.fi', 'the third contributor password');
	await expect(fresh.getByText('Signed in as Aino Virtanen')).toBeVisible();
	await fresh.close();
});

test('a form sent from another site is refused, even with a valid session', async ({ secretariatPage }) => {
	const page = secretariatPage;
	await page.goto('/admin/cities/helsinki');
	await expect(page.getByRole('heading', { level: 1, name: 'Edit Helsinki' })).toBeVisible();
	await expectNoA11yViolations(page);
	const current = {
		name: await page.getByLabel('City name').inputValue(),
		countryCode: await page.getByLabel('Country code').inputValue(),
		population: await page.getByLabel('Population').inputValue(),
		signedOn: await page.getByLabel('Date of signing').inputValue(),
		latitude: await page.getByLabel('Latitude').inputValue(),
		longitude: await page.getByLabel('Longitude').inputValue()
	};

	// As a browser would send it: a form post (SvelteKit answers `Accept: */*` with JSON instead).
	const forged = await page.request.post('/admin/cities/helsinki', {
		form: { ...current, name: 'Hacked', population: '1' },
		headers: { Origin: 'http://evil.example', Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);

	// The same session from the site itself is accepted (the unchanged values are saved again)...
	const genuine = await page.request.post('/admin/cities/helsinki', {
		form: current,
		headers: { Origin: BASE_URL, Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(genuine.status()).toBe(303);
	expect(genuine.headers()['location']).toBe('/admin?saved=Helsinki');

	// ...and the forged one changed nothing.
	await page.goto('/cities/helsinki');
	await expect(page.getByRole('heading', { level: 1, name: 'Helsinki' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.goto('/admin/cities/helsinki');
	await expect(page.getByLabel('City name')).toHaveValue(current.name);
	await expect(page.getByLabel('Population')).toHaveValue(current.population);
	await expectNoA11yViolations(page);
});
