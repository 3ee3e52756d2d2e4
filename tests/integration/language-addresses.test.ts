import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/lib/domain/locale';
import { localizedPath } from '../../src/lib/domain/locale-path';
import { startBuiltServer, type BuiltServer } from '../factories/built-server';
import { driverUnderTest } from '../factories/test-database';

/**
 * The built app (`node server.js`, with its kept public pages answered before SvelteKit) on its own embedded
 * database: which language a request gets from its address, cookie and browser, and what the answer tells
 * caches and search engines about it.
 */
const onPglite = driverUnderTest === 'pglite';
const ORIGIN = 'http://monitor.test';
const others = locales.filter((locale) => locale !== defaultLocale);

const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const varies = (response: Response) =>
	(response.headers.get('vary') ?? '')
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter(Boolean);

describe.skipIf(!onPglite)('public pages with a language in the address', () => {
	let server: BuiltServer;
	let dataDir: string;

	beforeAll(async () => {
		dataDir = await mkdtemp(path.join(tmpdir(), 'icm-languages-'));
		server = await startBuiltServer('languages', {
			DATABASE_URL: '',
			DATA_DIR: dataDir,
			ORIGIN,
			DEMO_DATA: 'on',
			DEMO_PASSWORD: 'language-addresses-demo',
			LOG_LEVEL: 'warn',
			AUTH_SECRET: '',
			SMTP_URL: ''
		});
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		if (dataDir) await rm(dataDir, { recursive: true, force: true });
	});

	const get = (address: string, headers: Record<string, string> = {}) => server.fetch(address, { headers });

	it('the prefix beats the chosen language, which beats the browser’s', async () => {
		for (const locale of others) {
			// Twice: the second answer comes from the kept page, before SvelteKit, and must say the same.
			for (let i = 0; i < 2; i++) {
				const response = await get(`/${locale}/charter`, { cookie: 'ic_locale=en', 'accept-language': 'en' });
				expect(response.status).toBe(200);
				expect(langOf(await response.text())).toBe(locale);
			}
		}
		const chosen = await get('/charter', { cookie: `ic_locale=${others[0]}`, 'accept-language': 'en' });
		expect(langOf(await chosen.text())).toBe(others[0]);
		const browser = await get('/charter', { 'accept-language': `${others.at(-1)};q=0.9, fi` });
		expect(langOf(await browser.text())).toBe(others.at(-1));
		expect(langOf(await (await get('/charter')).text())).toBe(defaultLocale);
	});

	it('an unknown prefix, English’s own code, or a prefix before a signed-in page is not an address: 404', async () => {
		for (const address of [
			'/xx/charter',
			`/${defaultLocale}/charter`,
			`/${others[0]}/admin`,
			`/${others[0]}/sign-in`
		]) {
			const response = await get(address, { accept: 'text/html' });
			expect(response.status, address).toBe(404);
		}
	});

	it('a page under a prefix gives its data in that language (client navigation, __data.json)', async () => {
		const response = await get(`/${others[0]}/practices/__data.json`, { 'accept-language': 'en' });
		expect(response.status).toBe(200);
		expect(await response.text()).toContain(`"${others[0]}"`);
	});

	it('varies on Accept-Language and Cookie only where they chose the language', async () => {
		for (let i = 0; i < 2; i++) {
			const negotiated = await get('/cities', { 'accept-language': 'en' });
			expect(varies(negotiated)).toEqual(expect.arrayContaining(['accept-language', 'cookie']));
			const addressed = await get(`/${others[0]}/cities`, { 'accept-language': 'en' });
			expect(varies(addressed)).not.toContain('accept-language');
		}
		// Pages with one address for every language vary too, the sign-in page as much as a public one.
		expect(varies(await get('/sign-in'))).toEqual(expect.arrayContaining(['accept-language', 'cookie']));
		// The open data API is the same JSON in every language.
		expect(varies(await get('/api/v1/cities'))).not.toContain('accept-language');
	});

	it('every public page names itself in every language and the default, by absolute address', async () => {
		const html = await (await get(`/${others[0]}/practices?q=housing`)).text();
		const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
			([, hreflang, href]) => ({ hreflang, href })
		);
		expect(alternates).toEqual([
			...locales.map((locale) => ({
				hreflang: locale,
				href: ORIGIN + localizedPath('/practices?q=housing', locale)
			})),
			{ hreflang: 'x-default', href: `${ORIGIN}/practices?q=housing` }
		]);
		// A page whose language is the reader's own choice has none.
		expect(await (await get('/sign-in')).text()).not.toContain('hreflang');
	});

	it('each public page describes itself in its language', async () => {
		const descriptions = new Set<string>();
		for (const locale of locales) {
			const html = await (await get(localizedPath('/charter', locale))).text();
			const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
			expect(description, locale).toBeTruthy();
			descriptions.add(description!);
		}
		expect(descriptions.size).toBe(locales.length);
	});

	it('the language switcher remembers the choice and goes to the same page in that language', async () => {
		const target = others[0]!;
		const query = new URLSearchParams({ locale: target, returnTo: '/practices?q=housing' });
		const switched = await get(`/language?${query}`, { 'sec-fetch-site': 'same-origin' });
		expect(switched.status).toBe(303);
		expect(switched.headers.get('location')).toBe(localizedPath('/practices?q=housing', target));
		expect(switched.headers.get('set-cookie')).toContain(`ic_locale=${target}`);
		// Back to English from a prefixed page: to the root address.
		const back = new URLSearchParams({ locale: defaultLocale, returnTo: `/${target}/practices?q=housing` });
		expect((await get(`/language?${back}`)).headers.get('location')).toBe('/practices?q=housing');
		// Another site may link to a language, but not change the language of the reader's other pages.
		const fromElsewhere = await get(`/language?${query}`, { 'sec-fetch-site': 'cross-site' });
		expect(fromElsewhere.headers.get('location')).toBe(localizedPath('/practices?q=housing', target));
		expect(fromElsewhere.headers.get('set-cookie')).toBeNull();
	});
});
