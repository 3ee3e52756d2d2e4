import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentResults } from '$lib/domain/analysis';
import type { AppContext } from '$lib/server/app';
import { illustrativeMarker } from '$lib/server/seed/illustrative-ratings';
import { publishedCycleResults } from '$lib/server/public/cycle-results';
import { GET as csvRoute } from '../../src/routes/data/[cycle]/annex.csv/+server';
import { GET as xlsxRoute } from '../../src/routes/data/[cycle]/annex.xlsx/+server';
import { buildAnsweredResponse, buildCity, buildCycle, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Handler = typeof csvRoute | typeof xlsxRoute;
const figure = { value: 28.5, year: 2019, source: 'City statistics', definition: 'foreign_born' };
const awkward = 'Says "yes", then\nexplains, on two lines';

/** RFC 4180 as csv-stringify writes it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\n')) field += c;
		else {
			row.push(field);
			field = '';
			if (c === '\n') {
				rows.push(row);
				row = [];
			}
		}
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}

describe(`data annex downloads on ${driverUnderTest}`, () => {
	let app: AppContext;
	const call = (handler: Handler, cycle: string) => {
		const url = new URL(`/data/${cycle}/annex`, 'http://localhost:4173');
		const event = {
			locals: { app, user: null, locale: 'en' },
			url,
			params: { cycle },
			request: new Request(url)
		};
		return handler(event as never);
	};
	const csv = async (cycle: string) => {
		const response = await call(csvRoute, cycle);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		const lines = parseCsv(text.replace(/^\uFEFF/, ''));
		const comments = lines.filter((line) => line[0]!.startsWith('#')).map((line) => line.join(','));
		const [header, ...rows] = lines.filter((line) => !line[0]!.startsWith('#'));
		const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
		return { response, text, comments, records };
	};
	const workbook = async (cycle: string) => {
		const response = await call(xlsxRoute, cycle);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await response.arrayBuffer()) as never);
		return { response, book };
	};

	beforeAll(async () => {
		app = await createTestApp();
		const open = await buildCycle(app, { slug: 'a-open', name: 'Open, answers', cityAnswersPublic: true });
		const closed = await buildCycle(app, { slug: 'a-aggregates' });
		const demo = await buildCycle(app, {
			slug: '2018-2020',
			note: `${illustrativeMarker} made up for the demo.`,
			ratingsIllustrative: true,
			cityAnswersPublic: true
		});
		const hidden = await buildCycle(app, { slug: 'a-hidden', status: 'closed', cityAnswersPublic: true });
		const oslo = await buildCity(app, { slug: 'a-oslo', name: 'Oslo', countryCode: 'NO' });
		const lodz = await buildCity(app, { slug: 'a-lodz', name: 'Łódź', countryCode: 'PL' });
		for (const cycle of [open, closed, demo, hidden]) {
			await buildAnsweredResponse(app, cycle.id, oslo.id, 'accepted', {
				'c1-rating': rating('fully', awkward),
				'c1-examples': 'A one-stop shop, open since 2019',
				'c9-rating': rating('partly'),
				'foreign-born-share': figure
			});
			await buildAnsweredResponse(app, cycle.id, lodz.id, 'accepted', {
				'c1-rating': rating('not_at_all'),
				'c9-rating': rating('partly')
			});
		}
	});
	afterAll(() => app.close());

	it('the CSV is UTF-8 with a BOM, named after the cycle, and its aggregates are the analysis counts', async () => {
		const { response, text, records } = await csv('a-open');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="integrating-cities-a-open-annex.csv"'
		);
		expect(text.charCodeAt(0)).toBe(0xfeff);

		const results = await publishedCycleResults(app.db, 'a-open');
		const expected = commitmentResults(results!.cities);
		const aggregates = records.filter((record) => record.part === 'aggregate');
		expect(aggregates).toHaveLength(11);
		for (const [index, result] of expected.entries()) {
			const row = aggregates[index]!;
			expect(row.commitment).toBe(String(result.commitment));
			expect(row.role).toBe(result.role);
			expect([row.fully, row.partly, row.not_at_all, row.no_answer].map(Number)).toEqual([
				result.counts.fully,
				result.counts.partly,
				result.counts.not_at_all,
				result.counts.noAnswer
			]);
			expect(row.share_fully).toBe(result.shares ? String(result.shares.fully) : '');
		}
		// Hand-checked: commitment 1 one fully, one not at all; commitment 9 two partly.
		expect(aggregates[0]).toMatchObject({ fully: '1', not_at_all: '1', share_fully: '50' });
		expect(aggregates[8]).toMatchObject({ partly: '2', share_partly: '100', no_answer: '0' });
	});

	it('lists each city and item when the cycle made city answers public, with awkward text intact', async () => {
		const { records, comments } = await csv('a-open');
		const cityRows = records.filter((record) => record.part === 'city');
		const oslo = cityRows.filter((record) => record.city_slug === 'a-oslo');
		expect(oslo.map((record) => record.item_id)).toEqual([
			'c1-rating',
			'c1-examples',
			'c9-rating',
			'foreign-born-share'
		]);
		expect(oslo[0]).toMatchObject({ city_name: 'Oslo', country: 'NO', value: 'fully', detail: awkward });
		expect(oslo[1]!.value).toBe('A one-stop shop, open since 2019');
		expect(oslo[3]!.value).toBe('28.5');
		expect(oslo[3]!.detail).toContain('year 2019');
		expect(cityRows.filter((record) => record.city_name === 'Łódź')).toHaveLength(2);
		expect(comments.join('\n')).not.toMatch(/illustrative/i);
	});

	it('leaves the city rows out and says so when only aggregates are public', async () => {
		const { records, comments } = await csv('a-aggregates');
		expect(records.filter((record) => record.part === 'city')).toHaveLength(0);
		expect(records.filter((record) => record.part === 'aggregate')).toHaveLength(11);
		expect(comments.join('\n')).toContain('not public');
	});

	it('says "illustrative" on the first line for the demo cycles', async () => {
		const { text } = await csv('2018-2020');
		expect(text.split('\n')[0]).toMatch(/^\uFEFF# Illustrative/);
	});

	it('answers 404 for a cycle that is not published, or does not exist', async () => {
		for (const handler of [csvRoute, xlsxRoute])
			for (const slug of ['a-hidden', 'nothing'])
				await expect(call(handler, slug)).rejects.toMatchObject({ status: 404 });
	});

	it('the XLSX opens, with the same aggregates and the city sheet only when public', async () => {
		const { response, book } = await workbook('a-open');
		expect(response.headers.get('content-disposition')).toContain('integrating-cities-a-open-annex.xlsx');
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Aggregates', 'Answers by city']);
		const aggregates = book.getWorksheet('Aggregates')!;
		expect(aggregates.getRow(1).getCell(3).value).toBe('fully');
		expect(aggregates.rowCount).toBe(12);
		expect(aggregates.getRow(2).values).toEqual([undefined, 1, 'policy_maker', 1, 0, 1, 0, 50, 0, 50]);
		const answers = book.getWorksheet('Answers by city')!;
		expect(answers.rowCount).toBe(1 + 6);
		const detail = answers.getColumn(6).values.find((value) => value === awkward);
		expect(detail).toBe(awkward);

		const closed = await workbook('a-aggregates');
		expect(closed.book.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Aggregates']);
		expect(String(closed.book.getWorksheet('About')!.getColumn(1).values)).toContain('not public');

		const demo = await workbook('2018-2020');
		expect(String(demo.book.getWorksheet('About')!.getRow(1).getCell(1).value)).toMatch(/^Illustrative/);
	});
});
