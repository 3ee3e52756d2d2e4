import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { publishReport } from '$lib/server/commands/publish-report';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { startReport } from '$lib/server/commands/start-report';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import { publishedReportDocument } from '$lib/server/public';
import { GET as docxRoute } from '../../src/routes/reports/[cycle]/report.docx/+server';
import {
	buildAnsweredResponse,
	buildCity,
	buildCycle,
	buildPerson,
	buildPractice,
	rating
} from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const scale = ['fully', 'partly', 'not_at_all'] as const;
const chapterText = 'Eleven commitments & <script>alert(1)</script> five cities';
const figure = (value: number, year: number) => ({
	value,
	year,
	source: 'City statistics',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false
});

describe(`the report as a Word document on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cities: { id: number }[];
	const cityNames = ['Docxville', 'Wordham', 'Łódź-on-Docx'];

	const get = (cycle: string, locale = 'en') => {
		const url = new URL(`/reports/${cycle}/report.docx`, 'http://localhost:4173');
		return docxRoute({
			locals: { app, user: null, locale },
			params: { cycle },
			url,
			request: new Request(url)
		} as never);
	};
	const open = async (response: Response) => JSZip.loadAsync(await response.arrayBuffer());
	const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');
	/** The text of each Word paragraph, its runs joined. */
	const paragraphTexts = (xml: string) =>
		xml
			.split('</w:p>')
			.map((paragraph) =>
				[...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
			);

	const ratingsOf = (i: number, shift: number) =>
		Object.fromEntries(
			Array.from({ length: 11 }, (_, c) => [`c${c + 1}-rating`, rating(scale[(i + c + shift) % 3]!)])
		);

	/** A cycle whose report has its default outline, both chapters written, and the given status after. */
	async function cycleWithReport(slug: string, periodStart: string, publish: boolean) {
		const cycle = await buildCycle(app, {
			slug,
			name: `Reporting period ${slug}`,
			periodStart,
			periodEnd: `${Number(periodStart.slice(0, 4)) + 2}-06-30`,
			status: 'closed',
			cityAnswersPublic: true,
			reportNumber: 9,
			reportYear: 2025
		});
		for (const [i, city] of cities.entries()) {
			const response = await buildAnsweredResponse(app, cycle.id, city.id, 'accepted', {
				...ratingsOf(i, 1),
				'foreign-born-share': figure(10 + i, 2023)
			});
			if (i === 0)
				await buildPractice(app, city.id, {
					title: `One-stop shop of ${slug}`,
					language: 'fr',
					sourceResponseId: response.id
				});
		}
		const person = await buildPerson(app, 'secretariat');
		const secretariat = { id: person.id, role: 'secretariat' as const };
		await startReport(app.db, secretariat, cycle.id, {
			introduction: 'Introduction',
			conclusions: 'Closing'
		});
		for (const chapter of (await reportSectionsOf(app.db, cycle.id)).filter((s) => s.kind === 'chapter')) {
			await saveReportChapter(app.db, secretariat, cycle.id, chapter.id, {
				title: chapter.title ?? '',
				body: `# What cities did\n\n**${chapterText}**, see [the Charter](https://example.eu/charter).`,
				version: chapter.version
			});
		}
		if (publish)
			expect(await publishReport(app.db, secretariat, cycle.id, 'closed')).toMatchObject({ ok: true });
		return cycle;
	}

	beforeAll(async () => {
		app = await createTestApp();
		cities = [];
		for (const [i, name] of cityNames.entries())
			cities.push(await buildCity(app, { slug: `docx-city-${i}`, name, countryCode: ['FI', 'PL', 'DE'][i] }));
		// An earlier published cycle with the same cities, so the report compares with it.
		const earlier = await buildCycle(app, {
			slug: 'docx-2018-2020',
			periodStart: '2018-07-01',
			periodEnd: '2020-06-30'
		});
		for (const [i, city] of cities.entries())
			await buildAnsweredResponse(app, earlier.id, city.id, 'accepted', ratingsOf(i, 0));
		await cycleWithReport('docx-2022-2024', '2022-07-01', true);
		await cycleWithReport('docx-unpublished', '2024-07-01', false);
	});
	afterAll(() => app.close());

	it('downloads a Word file named after the cycle that opens, with the chapter text and the cities', async () => {
		const response = await get('docx-2022-2024');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="integrating-cities-report-docx-2022-2024.docx"'
		);
		const zip = await open(response);
		const xml = await text(zip, 'word/document.xml');
		// The chapter's text, with its HTML as text, its heading under the chapter's Heading 1.
		expect(xml).toContain('Eleven commitments &amp; &lt;script&gt;alert(1)&lt;/script&gt; five cities');
		expect(xml).not.toContain('<script');
		expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?Introduction/);
		expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?What cities did/);
		for (const name of cityNames) expect(xml).toContain(name);
		expect(xml).toContain('Docxville (Finland)');
		expect(paragraphTexts(xml)).toContain('One-stop shop of docx-2022-2024 (Docxville)');
		// The practice's title is in French, its city in the reader's language: Word is told so.
		const titleRun = xml.match(
			/<w:r>(?:(?!<\/w:r>)[\s\S])*?One-stop shop of docx-2022-2024<\/w:t><\/w:r>/
		)![0];
		expect(titleRun).toContain('<w:lang w:val="fr-FR"/>');
		expect(xml).toContain('Reporting period docx-2022-2024');
		expect(xml).toContain('Integrating Cities Report no. 9 (2025)');
		// Real answers: no warning about made-up ratings (the demo's illustrative cycles carry one).
		expect(xml).not.toContain('Illustrative data');
		// The day of publication where the organisation works (Brussels by default), not in UTC.
		const today = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(
			new Date()
		);
		expect(xml).toContain(`Published ${today}`);
		// A real table with a header row for the ratings, and a table of contents field.
		expect(xml).toMatch(/<w:tblHeader\/>[\s\S]*?Gave a rating/);
		// A third of the cities on each rating: 33% each, and the note says why the row makes 99.
		expect(xml).toContain('1 (33%)');
		expect(xml).not.toContain('(34%)');
		expect(xml).toContain('Percentages are rounded, so a row may not add up to 100.');
		expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
		expect(xml).toMatch(/<w:pStyle w:val="TOC1"\/>[\s\S]*?Participating cities/);
		const rels = await text(zip, 'word/_rels/document.xml.rels');
		expect(rels).toContain('https://example.eu/charter');
		expect(rels).toContain('http://localhost:4173/practices/');
	});

	it('holds one PNG picture per chart, each with its text alternative', async () => {
		const report = await publishedReportDocument(app.db, 'docx-2022-2024', 'en');
		const charts = report!.blocks.flatMap((block) =>
			block.kind === 'role-results'
				? [block.svg]
				: block.kind === 'comparison'
					? [block.change?.svg]
					: block.kind === 'indicators'
						? block.indicators.map((indicator) => indicator.figures?.svg)
						: []
		);
		const expected = charts.filter(Boolean).length;
		// Four roles, one indicator, and the change since the earlier published cycle.
		expect(expected).toBe(6);
		const zip = await open(await get('docx-2022-2024'));
		const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'));
		expect(media).toHaveLength(expected);
		for (const path of media) {
			const png = await zip.file(path)!.async('uint8array');
			expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		}
		const xml = await text(zip, 'word/document.xml');
		expect(xml.match(/<wp:docPr [^>]*descr="Bar chart of the ratings/g)).toHaveLength(4);
	});

	it('names itself, asks Word to update its fields, and numbers its pages', async () => {
		const zip = await open(await get('docx-2022-2024'));
		const core = await text(zip, 'docProps/core.xml');
		expect(core).toContain('<dc:title>Reporting period docx-2022-2024</dc:title>');
		expect(core).toContain('<dc:creator>Integrating Cities Monitor</dc:creator>');
		expect(await text(zip, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
		expect(await text(zip, 'word/styles.xml')).toContain('w:lang w:val="en-GB"');
		const footers = await Promise.all(
			Object.keys(zip.files)
				.filter((path) => /^word\/footer\d+\.xml$/.test(path))
				.map((path) => text(zip, path))
		);
		const footer = footers.find((candidate) => candidate.includes('NUMPAGES'))!;
		expect(footer).toContain('PAGE');
		expect(footer).toContain('Page ');
		expect(footer).toContain(' of ');
	});

	it('speaks the reader’s language', async () => {
		const zip = await open(await get('docx-2022-2024', 'fr'));
		const xml = await text(zip, 'word/document.xml');
		expect(xml).toContain('Sommaire');
		expect(xml).toContain('Docxville (Finlande)');
		expect(await text(zip, 'word/styles.xml')).toContain('w:lang w:val="fr-FR"');
	});

	it('answers 404 for a cycle that is not published, or does not exist', async () => {
		for (const slug of ['docx-unpublished', 'no-such-cycle'])
			await expect(get(slug)).rejects.toMatchObject({ status: 404 });
	});
});
