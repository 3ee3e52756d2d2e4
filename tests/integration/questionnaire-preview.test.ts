import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterQuestionnaire2026WithUkraine } from '$lib/domain/questionnaire/charter-questionnaire';
import { fill } from '$lib/i18n/question-texts';
import type { AppContext } from '$lib/server/app';
import { load } from '../../src/routes/admin/questionnaires/[version]/preview/+page.server';
import { buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Page = Exclude<Awaited<ReturnType<typeof load>>, void>;

describe(`the questionnaire's preview on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: unknown;
	const version = charterQuestionnaire2026WithUkraine.version;
	const ukraine = charterQuestionnaire2026WithUkraine.modules![0]!;
	// The page's load as SvelteKit calls it: an English-speaking secretariat previewing in `lang`.
	const preview = async (lang: string) =>
		(await load({
			locals: { app, locale: 'en', user: secretariat },
			params: { version },
			url: new URL(`http://localhost/admin/questionnaires/${version}/preview?lang=${lang}`)
		} as never)) as Page;

	beforeAll(async () => {
		app = await createTestApp();
		secretariat = { ...(await buildPerson(app, 'secretariat')), role: 'secretariat' };
	}, 120_000);
	afterAll(async () => {
		await app?.close();
	});

	it('gives the questions’ words in the language previewed, and the page’s own in the reader’s', async () => {
		const french = await preview('fr');
		expect(french.language).toBe('fr');
		expect(french.questionTexts.rating.legend).toBe(
			'Dans quelle mesure votre ville a-t-elle respecté cet engagement ?'
		);
		expect(fill(french.questionTexts.charactersLeft, { count: 12 })).toBe('Encore 12 caractères');
		expect(french.texts.moduleHeadings[ukraine.id]).toBe(`Module thématique : ${ukraine.title.fr}`);
		// The frame stays in the secretariat's own language.
		expect(french.texts.title).toBe('Preview');
		expect(french.texts.backToVersion).toBe(`Back to ${version}`);

		const italian = await preview('it');
		expect(italian.questionTexts.figure.definitions.foreign_born).toBe('Nati all’estero');
		expect(italian.texts.title).toBe('Preview');
	});

	it('falls back to the reader’s language when the one asked is not offered', async () => {
		const page = await preview('xx');
		expect(page.language).toBe('en');
		expect(page.questionTexts.requirement.required).toBe('Required');
		expect(page.texts.moduleHeadings[ukraine.id]).toBe(`Topical module: ${ukraine.title.en}`);
	});
});
