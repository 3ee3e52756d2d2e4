import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { restoreAnswer } from '$lib/server/commands/restore-answer';
import { saveSection } from '$lib/server/commands/save-section';
import { setResponseLanguage } from '$lib/server/commands/set-response-language';
import { answers, auditLog, responses } from '$lib/server/db/schema';
import { answerHistoryOf, responseForCity } from '$lib/server/reads/response-for-city';
import { GET as csvRoute } from '../../src/routes/data/[cycle]/annex.csv/+server';
import { GET as xlsxRoute } from '../../src/routes/data/[cycle]/annex.xlsx/+server';
import {
	buildAnsweredResponse,
	buildCity,
	buildCycle,
	buildOpenResponse,
	buildPerson,
	rating
} from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** What a city writes keeps its language: the response's, or an answer's own, through saves and history. */
describe(`the language of a city's answers on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cycleSlug: string;
	let cityId: number;
	let responseId: number;
	let coordinator: Actor;

	beforeAll(async () => {
		app = await createTestApp();
		const city = await buildCity(app, { name: 'Lyon', countryCode: 'FR' });
		cityId = city.id;
		const open = await buildOpenResponse(app, city.id);
		cycleSlug = open.cycle.slug;
		responseId = open.response.id;
		coordinator = { id: (await buildPerson(app, 'coordinator', city.id)).id, role: 'coordinator', cityId };
	});
	afterAll(async () => app.close());

	async function save(fields: Record<string, string>, writerLocale = 'fr') {
		const view = (await responseForCity(app.db, cycleSlug, cityId))!;
		const section = view.context.definition.sections.find((s) =>
			s.items.some((item) => item.id === 'c1-rating')
		)!;
		const form = new FormData();
		for (const [name, value] of Object.entries(fields)) form.append(name, value);
		return saveSection(app.db, coordinator, view, section, form, writerLocale);
	}
	const revision = async () => (await responseForCity(app.db, cycleSlug, cityId))!.answers['c1-rating'];

	it('takes the first writer’s interface language as the response’s, and keeps it afterwards', async () => {
		const outcome = await save({
			'c1-rating.rating': 'fully',
			'c1-rating.evidence': 'Un guichet unique depuis 2019',
			'__rev.c1-rating': '0',
			'__lang.c1-rating': ''
		});
		expect(outcome).toMatchObject({ saved: 1, errors: {} });
		const view = (await responseForCity(app.db, cycleSlug, cityId))!;
		expect(view.context.language).toBe('fr');
		expect(view.answers['c1-rating']!.language).toBeNull();

		// A colleague reading in German saves later: the response stays French.
		await save(
			{
				'c1-rating.rating': 'fully',
				'c1-rating.evidence': 'Un guichet unique depuis 2019, ouvert à tous',
				'__rev.c1-rating': '1'
			},
			'de'
		);
		expect((await responseForCity(app.db, cycleSlug, cityId))!.context.language).toBe('fr');
	});

	it('saves an answer marked as English with its text, and its history keeps each revision’s language', async () => {
		const before = (await revision())!;
		// Only the language changes: that alone is a new revision.
		const outcome = await save({
			'c1-rating.rating': 'fully',
			'c1-rating.evidence': 'Un guichet unique depuis 2019, ouvert à tous',
			'__rev.c1-rating': String(before.revision),
			'__lang.c1-rating': 'en'
		});
		expect(outcome.saved).toBe(1);
		const after = (await revision())!;
		expect(after).toMatchObject({ language: 'en', revision: before.revision + 1 });

		const history = await answerHistoryOf(app.db, responseId, 'c1-rating');
		expect(history.map((entry) => entry.language)).toEqual(['en', null, null]);

		// An unknown language in the form is not stored: the answer keeps the one it has.
		await save({
			'c1-rating.rating': 'partly',
			'c1-rating.evidence': 'Changed',
			'__rev.c1-rating': String(after.revision),
			'__lang.c1-rating': 'klingon'
		});
		expect((await revision())!).toMatchObject({ language: 'en', value: { rating: 'partly' } });
	});

	it('brings an earlier text back in the language it was written in', async () => {
		const history = await answerHistoryOf(app.db, responseId, 'c1-rating');
		const french = history.find((entry) => entry.revision === 1)!;
		const restored = await restoreAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c1-rating',
			historyId: french.id
		});
		expect(restored.ok).toBe(true);
		expect((await revision())!).toMatchObject({
			language: null,
			value: { evidence: 'Un guichet unique depuis 2019' }
		});
	});

	it('lets the coordinator change the response’s language, and records it in the audit log', async () => {
		const result = await setResponseLanguage(app.db, coordinator, { responseId, language: 'de' });
		expect(result).toEqual({ ok: true });
		const [row] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(row!.language).toBe('de');
		const [entry] = await app.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'response.language_set'), eq(auditLog.subjectId, String(responseId))));
		expect(entry).toMatchObject({ before: { language: 'fr' }, after: { language: 'de' } });

		const contributor: Actor = {
			id: (await buildPerson(app, 'contributor', cityId)).id,
			role: 'contributor',
			cityId
		};
		expect(await setResponseLanguage(app.db, contributor, { responseId, language: 'en' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});
});

describe(`the data annex names the language of each text on ${driverUnderTest}`, () => {
	let app: AppContext;
	const call = async (handler: typeof csvRoute | typeof xlsxRoute, cycle: string) => {
		const url = new URL(`/data/${cycle}/annex`, 'http://localhost:4173');
		const event = {
			locals: { app, user: null, locale: 'en' },
			url,
			params: { cycle },
			request: new Request(url)
		};
		return handler(event as never);
	};

	beforeAll(async () => {
		app = await createTestApp();
		const cycle = await buildCycle(app, { slug: 'lang-annex', cityAnswersPublic: true });
		const lyon = await buildCity(app, { slug: 'lang-lyon', name: 'Lyon', countryCode: 'FR' });
		const response = await buildAnsweredResponse(app, cycle.id, lyon.id, 'accepted', {
			'c1-rating': rating('fully', 'Un guichet unique'),
			'c1-examples': 'A one-stop shop, described in English'
		});
		await app.db.update(responses).set({ language: 'fr' }).where(eq(responses.id, response.id));
		await app.db
			.update(answers)
			.set({ language: 'en' })
			.where(and(eq(answers.responseId, response.id), eq(answers.itemId, 'c1-examples')));
	});
	afterAll(() => app.close());

	it('has a language column in the CSV: the response’s for the evidence, the answer’s own where marked', async () => {
		const text = await (await call(csvRoute, 'lang-annex')).text();
		// Comment lines come first (some quoted); the header is the line that starts with the `part` column.
		const lines = text.replace(/^\uFEFF/, '').split('\n');
		const header = lines.find((line) => line.startsWith('part,'))!.split(',');
		expect(header.at(-1)).toBe('language');
		const cityLines = lines.filter((line) => line.startsWith('city,'));
		expect(cityLines.find((line) => line.includes('c1-rating'))!.endsWith(',fr')).toBe(true);
		expect(cityLines.find((line) => line.includes('c1-examples'))!.endsWith(',en')).toBe(true);
	});

	it('has the same column in the XLSX', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await (await call(xlsxRoute, 'lang-annex')).arrayBuffer()) as never);
		const sheet = book.worksheets.find((one) => one.getRow(1).values.toString().includes('city_slug'))!;
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		const column = header.indexOf('language') + 1;
		expect(column).toBeGreaterThan(0);
		const languages = Object.fromEntries(
			[2, 3].map((index) => [sheet.getRow(index).getCell(4).value, sheet.getRow(index).getCell(column).value])
		);
		expect(languages).toEqual({ 'c1-rating': 'fr', 'c1-examples': 'en' });
	});
});
