import type { APIRequestContext, Page } from '@playwright/test';
import { defaultLocale, locales, type Locale } from '../../src/lib/domain/locale';
import { localizedPath } from '../../src/lib/domain/locale-path';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

/**
 * Public pages have one address per language (`/fr/charter`); the switcher moves between them keeping the
 * query; every page family passes axe in every language; and no interface text on a page in another
 * language is still the English text.
 */

const others = locales.filter((locale) => locale !== defaultLocale);
const SEARCH = '/practices?q=housing';
const searchField = (page: Page) => page.locator('#practice-search input[name="q"]');

/** Real addresses of the demo data: the latest published report and a published practice. */
async function demoAddresses(request: APIRequestContext) {
	const cycles = (await (await request.get('/api/v1/cycles')).json()) as { items: { slug: string }[] };
	const published =
		cycles.items
			.map((cycle) => cycle.slug)
			.sort()
			.at(-1) ?? '2018-2020';
	const practices = (await (await request.get('/api/v1/practices?limit=1')).json()) as {
		items: { slug: string }[];
	};
	return { published, practice: practices.items[0]?.slug ?? 'x' };
}

/** A sample page of each public page family, at its English (root) address. */
async function publicFamilies(request: APIRequestContext): Promise<string[]> {
	const { published, practice } = await demoAddresses(request);
	return [
		'/',
		'/charter',
		'/cities',
		'/cities/helsinki',
		SEARCH,
		`/practices/${practice}`,
		'/reports',
		`/reports/${published}`,
		'/data',
		'/sign-in'
	];
}

/** Signed-in page families, by who may see them. */
const secretariatFamilies = ['/admin', '/admin/cycles/2024-2026', '/admin/people', '/account'];
const coordinatorFamilies = [
	'/respond',
	'/respond/2024-2026',
	'/respond/2024-2026/employer',
	'/peer-learning'
];

/** Chooses the language as the switcher does (the cookie is what signed-in pages read), then opens `path`. */
async function openIn(page: Page, locale: Locale, path: string) {
	await page.goto(`/language?${new URLSearchParams({ locale, returnTo: path })}`);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test('the switcher keeps the page and its query in every language, and the choice is remembered', async ({
	page
}) => {
	await page.goto(SEARCH);
	for (const locale of [...others, defaultLocale]) {
		await page.locator('#language-select').selectOption(locale);
		await page.locator('.language-form button[type="submit"]').click();
		await expect(page).toHaveURL(localizedPath(SEARCH, locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('#language-select')).toHaveValue(locale);
		await expect(searchField(page)).toHaveValue('housing');
		// The header's links lead to the pages in the same language.
		await expect(
			page
				.getByRole('navigation')
				.first()
				.locator(`a[href="${localizedPath('/charter', locale)}"]`)
		).toBeVisible();
		if (locale === defaultLocale) continue;
		// A page with one address for every language (sign-in) shows the language chosen, as signed-in pages do.
		await page.goto('/sign-in');
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await page.goto(localizedPath(SEARCH, locale));
	}
});

test('a shared address opens in its language in a fresh browser, whatever the browser prefers', async ({
	browser
}) => {
	for (const locale of others) {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(localizedPath(SEARCH, locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('#language-select')).toHaveValue(locale);
		await expect(searchField(page)).toHaveValue('housing');
		// Links to the next pages keep the language, as does the search form.
		await expect(page.locator(`a[href="${localizedPath('/cities', locale)}"]`).first()).toBeVisible();
		await expect(page.locator('#practice-search')).toHaveAttribute(
			'action',
			localizedPath('/practices', locale)
		);
		await context.close();
	}
});

/** Opens a public page in a language: at its address in that language, or by choosing it (sign-in). */
async function openPublic(page: Page, locale: Locale, path: string) {
	const address = localizedPath(path, locale);
	if (address === path && locale !== defaultLocale) return openIn(page, locale, path);
	await page.goto(address);
	if ((await page.locator('html').getAttribute('lang')) !== locale) await openIn(page, locale, path);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/**
 * Texts that are the same in English and in another language by right, reviewed one by one: words the other
 * language shares with English. Anything else identical in two languages is an English leftover.
 */
const SAME_AS_ENGLISH: Partial<Record<Locale, readonly string[]>> = {
	fr: ['Sections', 'Population', 'Cycle', 'Cycles', 'Source', 'E-mail', 'Documents', 'Type'],
	de: ['Status', 'Downloads', 'Name'],
	// Italian writes these words as English does (docs/translation-notes/it.md).
	it: ['Home', 'Password', 'E-mail']
};

/**
 * Names, which no language translates: the content's own stored text, read from the product (cities and
 * published cycles from the open data API, the current cycle from the secretariat's list), and the names
 * the reader's language gives countries and months (Intl), which may be spelt as in English.
 */
async function namesIn(locale: Locale, request: APIRequestContext, secretariat: Page): Promise<string[]> {
	const names: string[] = [];
	const countries = new Intl.DisplayNames([locale], { type: 'region' });
	for (let offset = 0; ; offset += 100) {
		const page = (await (await request.get(`/api/v1/cities?limit=100&offset=${offset}`)).json()) as {
			items: { name: string; countryCode: string }[];
		};
		for (const city of page.items) names.push(city.name, countries.of(city.countryCode) ?? city.countryCode);
		if (page.items.length < 100) break;
	}
	const cycles = (await (await request.get('/api/v1/cycles')).json()) as { items: { name: string }[] };
	names.push(...cycles.items.map((cycle) => cycle.name));
	await secretariat.goto('/admin/cycles');
	names.push(...(await secretariat.locator('main a[href^="/admin/cycles/"]').allInnerTexts()));
	const months = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
	for (let month = 0; month < 12; month++) names.push(months.format(Date.UTC(2020, month, 15)));
	// The longest first, so that a name containing another goes as a whole.
	return [...new Set(names.map((name) => name.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * The interface text a reader sees: every visible text node and the labels of controls (`aria-label`,
 * `placeholder`), except what the page marks as not interface text — content in its own language (an element
 * with `lang`, other than `<html>`), names and codes not to be translated (`translate="no"`, `<code>`), what
 * people typed (form fields) — and texts without a word once names, e-mail addresses, numbers and dates are
 * taken out.
 */
async function interfaceTexts(page: Page, locale: Locale, names: readonly string[]): Promise<Set<string>> {
	const texts = await page.evaluate(() => {
		const notInterface =
			'[lang]:not(html), [translate="no"], code, kbd, samp, textarea, input, script, style, noscript, template';
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (!element || !text || element.closest(notInterface)) continue;
			if (!element.checkVisibility({ visibilityProperty: true })) continue;
			found.push(text);
		}
		for (const element of document.body.querySelectorAll('[aria-label], [placeholder]')) {
			if (element.closest(notInterface)) continue;
			for (const name of ['aria-label', 'placeholder']) found.push(element.getAttribute(name)?.trim() ?? '');
		}
		return found;
	});
	const shared = new Set(SAME_AS_ENGLISH[locale] ?? []);
	const words = (text: string) => {
		let rest = text.replace(/\S+@\S+\.\w+/g, ' ');
		for (const name of names) rest = rest.split(name).join(' ');
		return /\p{L}{2,}/u.test(rest);
	};
	return new Set(texts.filter((text) => !shared.has(text) && words(text)));
}

/**
 * Opens `path` in every language, English first, with `open`: each passes axe, and each language other than
 * English shows none of the English page's interface texts (names aside). One walk for both checks: each
 * page is opened once per language. Returns the English leftovers found.
 */
async function checkEveryLanguage(
	page: Page,
	path: string,
	names: ReadonlyMap<Locale, readonly string[]>,
	open: (locale: Locale) => Promise<void>
): Promise<string[]> {
	const leftovers: string[] = [];
	let english = new Set<string>();
	for (const locale of [defaultLocale, ...others]) {
		await open(locale);
		await expectNoA11yViolations(page);
		if (locale === defaultLocale) {
			english = await interfaceTexts(page, defaultLocale, []);
			continue;
		}
		const translated = await interfaceTexts(page, locale, names.get(locale)!);
		leftovers.push(
			...[...translated].filter((text) => english.has(text)).map((text) => `${locale} ${path}: "${text}"`)
		);
	}
	return leftovers;
}

async function namesByLocale(request: APIRequestContext, secretariat: Page) {
	const names = new Map<Locale, string[]>();
	for (const locale of others) names.set(locale, await namesIn(locale, request, secretariat));
	return names;
}

const stillEnglish = (leftovers: string[]) =>
	`${leftovers.length} texts are still in English:\n${leftovers.join('\n')}`;

test('every public page family passes axe in every language, and none still shows English interface text', async ({
	page,
	secretariatPage,
	request
}) => {
	test.setTimeout(300_000);
	const names = await namesByLocale(request, secretariatPage);
	const leftovers: string[] = [];
	for (const path of await publicFamilies(request)) {
		leftovers.push(
			...(await checkEveryLanguage(page, path, names, (locale) => openPublic(page, locale, path)))
		);
	}
	expect(leftovers, stillEnglish(leftovers)).toEqual([]);
});

test('every signed-in page family passes axe in every language, and none still shows English interface text', async ({
	secretariatPage,
	browser,
	request
}) => {
	test.setTimeout(300_000);
	const names = await namesByLocale(request, secretariatPage);
	const coordinatorContext = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
	const coordinator = await coordinatorContext.newPage();
	await signIn(coordinator, demo.coordinator, 'Demo Coordinator');
	const leftovers: string[] = [];
	for (const [page, paths] of [
		[secretariatPage, secretariatFamilies],
		[coordinator, coordinatorFamilies]
	] as const) {
		for (const path of paths) {
			leftovers.push(
				...(await checkEveryLanguage(page, path, names, (locale) => openIn(page, locale, path)))
			);
		}
		await openIn(page, defaultLocale, '/account');
	}
	await coordinatorContext.close();
	expect(leftovers, stillEnglish(leftovers)).toEqual([]);
});
