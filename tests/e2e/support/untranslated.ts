import { expect, type Page } from '@playwright/test';
import { commitments, roles } from '../../../src/lib/domain/charter';
import type { Locale } from '../../../src/lib/domain/locale';
import { questionnaireVersions } from '../../../src/lib/domain/questionnaire/versions';
import { readMessageFile } from '../../../src/lib/i18n/message-files';

/** Every object with an English text in a questionnaire definition or the Charter. */
function localizedTexts(value: unknown): Record<string, unknown>[] {
	if (Array.isArray(value)) return value.flatMap(localizedTexts);
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record.en === 'string') return [record];
	return Object.values(record).flatMap(localizedTexts);
}

/**
 * The English texts that must not appear on a page in `locale`: interface messages and questionnaire or
 * Charter texts whose translation differs from the English (so "Integrating Cities Monitor", the same in
 * every language, is not one). Messages with a {placeholder} are left out: filled in, they no longer match.
 * The interface messages are read from messages/<locale>.json, the files translators edit.
 */
function englishOnlyTexts(locale: Exclude<Locale, 'en'>): Set<string> {
	const texts = new Set<string>();
	const english = readMessageFile('en');
	const translated = readMessageFile(locale);
	for (const [key, text] of Object.entries(english)) {
		// A plural message always holds its number; escaped braces are text, as the reader sees them.
		if (typeof text !== 'string' || /(?<!\\)\{/.test(text)) continue;
		if (translated[key] !== text) texts.add(text.replace(/\\([{}\\])/g, '$1').trim());
	}
	const content = [
		...questionnaireVersions,
		...roles.map((role) => role.name),
		...commitments.map((c) => c.text)
	];
	for (const text of localizedTexts(content)) {
		if (typeof text[locale] === 'string' && text[locale] !== text.en) texts.add(String(text.en).trim());
	}
	// Single words such as "No" or "Madrid" can be names or the same word in another language.
	return new Set([...texts].filter((text) => text.includes(' ')));
}

/**
 * Fails when a visible text of the page (a line of an element's text, or an aria-label) is the
 * English interface or questionnaire text while the page is in another language: an untranslated message or
 * a text the page did not pass through the translator.
 */
export async function expectNoEnglishInterfaceText(page: Page, locale: Exclude<Locale, 'en'>): Promise<void> {
	const english = englishOnlyTexts(locale);
	// Through locators, which work with JavaScript off too: the text of every element that carries words.
	const elements = page.locator(
		'main, header, footer, nav, h1, h2, h3, h4, p, li, dt, dd, th, td, caption, label, legend, button, a, option, summary, span, strong, small'
	);
	const labelled = page.locator('[aria-label]');
	const shown = [
		...(await elements.allInnerTexts()).flatMap((text) => text.split('\n')),
		...(await Promise.all((await labelled.all()).map((element) => element.getAttribute('aria-label'))))
	]
		.map((text) => (text ?? '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	expect(
		shown.filter((text) => english.has(text)),
		`English texts on ${page.url()} in ${locale}`
	).toEqual([]);
}
