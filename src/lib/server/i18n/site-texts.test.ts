import { describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import { errorTitle } from '$lib/domain/page-title';
import { fillIn } from '$lib/i18n/fill-in';
import { siteTexts } from './site-texts';
import { translator } from './translator';

describe('the frame and error page texts the root layout hands to every page', () => {
	it('are in the reader’s language', () => {
		expect(siteTexts('en', null).nav.cities).toBe('Cities');
		expect(siteTexts('fr', null).nav.cities).toBe('Villes');
		expect(siteTexts('de', null).error.title.notFound).not.toBe(siteTexts('en', null).error.title.notFound);
	});

	it('name the person signed in, and nobody when no one is', () => {
		expect(siteTexts('en', 'Ana López').signedInAs).toContain('Ana López');
		expect(siteTexts('en', null).signedInAs).toBeNull();
	});

	it('differ from the English in every other language, but for the product’s name', () => {
		const english = siteTexts('en', 'Ana');
		for (const locale of locales.filter((locale) => locale !== 'en')) {
			const texts = siteTexts(locale, 'Ana');
			expect(texts.siteName).toBe(english.siteName);
			for (const key of ['charter', 'practices', 'reports'] as const) {
				expect(texts.nav[key], `${locale} ${key}`).not.toBe(english.nav[key]);
			}
			expect(texts.footerAbout, locale).not.toBe(english.footerAbout);
			expect(texts.error.explanation.server, locale).not.toBe(english.error.explanation.server);
		}
	});

	it('give the error summary the "Error: …" title a refused form gets without JavaScript', () => {
		for (const locale of locales) {
			const { pageTitle } = siteTexts(locale, null).errorSummary;
			expect(fillIn(pageTitle, { title: 'Account · ICM' }), locale).toBe(
				errorTitle(translator(locale), 'Account · ICM')
			);
		}
		expect(siteTexts('fr', null).errorSummary.heading).not.toBe(siteTexts('en', null).errorSummary.heading);
	});
});
