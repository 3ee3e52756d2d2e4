// What a phone user and a keyboard user meet, beyond what axe checks: every page family at 320 CSS pixels
// without sideways scrolling (WCAG 1.4.10), and a long section tabbed through at 1280×720 without the focused
// element hidden under the sticky save bar (2.4.11, 2.4.7). Both only read the demo data.
import { request as http, type Browser, type Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, DEMO_PASSWORD, demo } from './support/env';
import { expect, signIn, submitPassword, test } from './support/fixtures';
import { parameterValues, paths, ROUTES, walk } from './support/route-tree';

const NARROW = { width: 320, height: 640 };

async function personPage(browser: Browser, email: string | null, name: string, viewport = NARROW) {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', viewport });
	const page = await context.newPage();
	if (email) await signIn(page, email, name);
	return { context, page };
}

/** How far the document scrolls sideways, and the elements that stick out of the viewport (for the report). */
async function sidewaysOverflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const root = document.documentElement;
		if (root.scrollWidth <= root.clientWidth) return null;
		const wide = [...document.body.querySelectorAll('*')]
			.filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
			.filter(
				(element) =>
					!element.parentElement ||
					element.parentElement.getBoundingClientRect().right <= root.clientWidth + 1
			)
			.slice(0, 3)
			.map((element) => {
				const classes = element.getAttribute('class');
				return `${element.tagName.toLowerCase()}${classes ? '.' + classes.split(/\s+/).join('.') : ''}`;
			});
		return `${root.scrollWidth} px wide in ${root.clientWidth} (${wide.join(', ')})`;
	});
}

test('every page family fits 320 CSS pixels without sideways scrolling', async ({ browser }) => {
	test.setTimeout(900_000);
	const secretariat = await personPage(browser, demo.secretariat, 'Demo Secretariat');
	const coordinator = await personPage(browser, demo.coordinator, 'Demo Coordinator');
	const visitor = await personPage(browser, null, '');

	// The parameters come from the demo data, as for the access walk (support/route-tree.ts).
	const api = async (email: string) => {
		const context = await http.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
		const response = await context.post('/sign-in?/password', {
			headers: { accept: 'text/html' },
			form: { email, password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		return context;
	};
	const secretariatApi = await api(demo.secretariat);
	const coordinatorApi = await api(demo.coordinator);
	const values = await parameterValues(secretariatApi, coordinatorApi);
	await secretariatApi.dispose();
	await coordinatorApi.dispose();

	// Every page of the route tree (not endpoints, not token pages that only say "not found"), as the person
	// who may open it; the long indicators section as well as the first section.
	const visits: string[] = [];
	for (const route of walk(ROUTES, [], 0)) {
		if (!route.page || route.id.includes('[token]') || route.id === '/sign-out') continue;
		visits.push(...paths(route, values));
	}
	visits.push('/respond/2024-2026/indicators', '/cities?country=Finland', '/practices?page=2');

	const problems: string[] = [];
	for (const path of [...new Set(visits)]) {
		const { page } = path.startsWith('/admin')
			? secretariat
			: /^\/(respond|peer-learning|account)/.test(path)
				? coordinator
				: visitor;
		const response = await page.goto(path);
		if (!response || response.status() >= 400) continue;
		const overflow = await sidewaysOverflow(page);
		if (overflow) problems.push(`${path}: ${overflow}`);
		// At this width axe also sees the table boxes that scroll, which must be reachable by keyboard.
		try {
			await expectNoA11yViolations(page);
		} catch (error) {
			problems.push(`${path}: ${String(error).split('\n').slice(0, 6).join(' ')}`);
		}
	}
	for (const person of [secretariat, coordinator, visitor]) await person.context.close();
	expect(problems, `${problems.length} pages scroll sideways at 320 px`).toEqual([]);
});

test('tabbing through the long indicators section never hides the focused element', async ({ browser }) => {
	test.setTimeout(180_000);
	const { context, page } = await personPage(browser, demo.coordinator, 'Demo Coordinator', {
		width: 1280,
		height: 720
	});
	await page.goto('/respond/2024-2026/indicators');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoA11yViolations(page);

	const covered: string[] = [];
	let stops = 0;
	for (let press = 0; press < 400; press++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const box = element.getBoundingClientRect();
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			const top = document.elementFromPoint(x, y);
			const name =
				element.id ||
				element.getAttribute('name') ||
				element.textContent?.trim().slice(0, 40) ||
				element.tagName.toLowerCase();
			const hidden = !top || !(top === element || element.contains(top));
			return {
				inFooter: !!element.closest('footer'),
				name: `${element.tagName.toLowerCase()} ${name}`,
				covered: hidden
					? `under ${top ? top.tagName.toLowerCase() + '.' + (top.getAttribute('class') ?? '') : 'nothing'}`
					: null
			};
		});
		if (!focus || focus.inFooter) break;
		stops++;
		if (focus.covered) covered.push(`${focus.name}: ${focus.covered}`);
	}
	await context.close();
	expect(stops, 'tab stops on the section page').toBeGreaterThan(30);
	expect(covered, `${covered.length} of ${stops} tab stops are hidden`).toEqual([]);
});

test('the map has no tab stops: from the map’s heading the keyboard goes straight to the filter', async ({
	page
}) => {
	await page.goto('/cities');
	await expectNoA11yViolations(page);
	// The map is one image; the cities' links are in the table, which its text alternative names.
	expect(await page.locator('.city-map a').count()).toBe(0);
	await expect(page.locator('img.city-map')).toHaveAttribute('alt', /table below/);
	await page.getByRole('heading', { name: 'Map of the cities' }).evaluate((heading) => {
		heading.setAttribute('tabindex', '-1');
		(heading as HTMLElement).focus();
	});
	await page.keyboard.press('Tab');
	await expect(page.getByRole('searchbox')).toBeFocused();
});

test('a refused submit without JavaScript moves focus to the message and says “Error:” in the title', async ({
	browser
}) => {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', javaScriptEnabled: false });
	const page = await context.newPage();
	recordDocuments(page);
	await page.goto('/sign-in');
	await submitPassword(page, demo.ghentCoordinator, DEMO_PASSWORD);
	await page.goto('/respond/2024-2026/check');
	await expect(page).toHaveTitle(/^Check your answers/);
	// Submitting is confirmed first; the refusal comes from the confirmation's button.
	await page.getByRole('button', { name: 'Submit the response' }).click();
	await page.getByRole('button', { name: 'Yes, submit the response' }).click();
	const message = page.locator('.error-summary', { hasText: 'Before you can submit' });
	await expect(message).toBeFocused();
	await expect(page).toHaveTitle(/^Error: Check your answers/);
	await expectNoA11yViolations(page);
	// Each link lands on the one element that has its id.
	const targets = await message
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
	expect(targets.length).toBeGreaterThan(0);
	await context.close();
});

test('the people page’s invitation says what to do, at the field and in the title', async ({
	secretariatPage
}) => {
	const page = secretariatPage;
	await page.goto('/admin/people');
	await expect(page).toHaveTitle(/^People/);
	await page.getByRole('button', { name: 'Send invitation' }).click();
	const summary = page.locator('.error-summary');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Enter the person’s name' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
		/Enter the person’s name/
	);
	await expect(page).toHaveTitle(/^Error: People/);
	await expectNoA11yViolations(page);
});

test('two views of one list have different titles', async ({ page }) => {
	await page.goto('/practices');
	await expect(page).toHaveTitle(/^Good practices · /);
	await page.goto('/practices?page=2');
	await expect(page).toHaveTitle(/^Good practices, page 2 · /);
	await page.goto('/cities?country=FI');
	await expect(page).toHaveTitle(/^Signatories and responding cities: Finland · /);
	await expectNoA11yViolations(page);
});

test('the cycle invitation’s error shows at the list of cities, not only in the summary', async ({
	secretariatPage
}) => {
	const page = secretariatPage;
	await page.goto('/admin/cycles/2024-2026/invite');
	const boxes = page.locator('input[name="city"]');
	// Nobody is invited by this journey: every box is unticked, and checked to be, before sending.
	for (const box of await boxes.all()) await box.uncheck();
	await expect(page.locator('input[name="city"]:checked')).toHaveCount(0);
	await page.getByRole('button', { name: 'Send the invitations' }).click();
	await expect(page.locator('.error-summary')).toBeFocused();
	const cities = page.getByRole('group', { name: 'Cities to invite' });
	await expect(cities).toHaveAccessibleDescription(/Tick at least one city to invite/);
	await expect(page.locator('#cities-error')).toHaveText('Tick at least one city to invite');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoA11yViolations(page);
});
