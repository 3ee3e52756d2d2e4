import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { publishReport } from '$lib/server/commands/publish-report';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { startReport } from '$lib/server/commands/start-report';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import { reportDocumentForSecretariat, type ReportBlock } from '$lib/server/report/report-document';
import { publishedReportDocument } from '$lib/server/public';
import { GET as cityRoute } from '../../src/routes/api/v1/cities/[slug]/+server';
import { GET as cycleRoute } from '../../src/routes/api/v1/cycles/[slug]/+server';
import { GET as indicatorsRoute } from '../../src/routes/api/v1/cycles/[slug]/indicators/+server';
import { GET as resultsRoute } from '../../src/routes/api/v1/cycles/[slug]/results/+server';
import { GET as cyclesRoute } from '../../src/routes/api/v1/cycles/+server';
import { load as loadProfile } from '../../src/routes/cities/[slug]/+page.server';
import { GET as csvRoute } from '../../src/routes/data/[cycle]/annex.csv/+server';
import { GET as xlsxRoute } from '../../src/routes/data/[cycle]/annex.xlsx/+server';
import { load as loadReport } from '../../src/routes/reports/[cycle]/+page.server';
import { GET as docxRoute } from '../../src/routes/reports/[cycle]/report.docx/+server';
import { GET as pdfRoute } from '../../src/routes/reports/[cycle]/report.pdf/+server';
import { load as loadReports } from '../../src/routes/reports/+page.server';
import { callApi } from '../factories/api';
import { buildAnsweredResponse, buildCity, buildCycle, buildPerson, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Route = (event: never) => unknown;

const slug = 'pub-2022-2024';
const marker = 'MARKER-7f3c unpublished narrative';
const scale = ['fully', 'partly', 'not_at_all'] as const;
const figure = (value: number, year: number) => ({
	value,
	year,
	source: 'City statistics',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false
});

/** City i's rating of commitment c: every rating occurs, and the last city leaves commitment 11 blank. */
const ratingOf = (city: number, commitment: number) =>
	city === 5 && commitment === 11 ? null : scale[(city * 2 + commitment) % 3]!;

describe(`a published report and the API agree, and nothing leaks before on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cycleId: number;
	let secretariat: { id: string; role: 'secretariat' };
	const event = (params: Record<string, string>, path = '/') => {
		const url = new URL(path, 'http://localhost:4173');
		return { locals: { app, user: null, locale: 'en' }, params, url, request: new Request(url) } as never;
	};
	/** A page load or file route's status: SvelteKit's error() throws `{ status }`. */
	const statusOf = async (route: Route, params: Record<string, string>) => {
		try {
			const answer = await route(event(params));
			return answer instanceof Response ? answer.status : 200;
		} catch (thrown) {
			if (thrown && typeof thrown === 'object' && 'status' in thrown) return thrown.status as number;
			throw thrown;
		}
	};
	const api = (route: Route, path: string) =>
		callApi(app, route as never, path, { slug }) as Promise<{ status: number; body: Body }>;

	beforeAll(async () => {
		app = await createTestApp();
		const cycle = await buildCycle(app, {
			slug,
			name: 'Reporting period 2022–2024',
			periodStart: '2022-07-01',
			periodEnd: '2024-06-30',
			status: 'closed',
			cityAnswersPublic: true
		});
		cycleId = cycle.id;
		const countries = ['FI', 'NO', 'SE', 'DE', 'FR', 'BE'];
		for (const [i, countryCode] of countries.entries()) {
			const city = await buildCity(app, { slug: `pub-city-${i}`, name: `Pubtown ${i}`, countryCode });
			const values: Record<string, unknown> = {};
			for (let c = 1; c <= 11; c++) {
				const value = ratingOf(i, c);
				if (value) values[`c${c}-rating`] = rating(value, `Evidence ${i}/${c}`);
			}
			// Four cities give a figure; the last of them for another year, so it carries a mark.
			if (i < 4) values['foreign-born-share'] = figure(10 + i * 5, i === 3 ? 2021 : 2023);
			await buildAnsweredResponse(app, cycle.id, city.id, i % 2 ? 'submitted' : 'accepted', values);
		}
		// Invited, never answered: not a responding city, in the report or in the API.
		const silent = await buildCity(app, { slug: 'pub-silent', name: 'Silenttown' });
		await buildAnsweredResponse(app, cycle.id, silent.id, 'invited', {});

		const person = await buildPerson(app, 'secretariat');
		secretariat = { id: person.id, role: 'secretariat' };
		await startReport(app.db, secretariat, cycle.id, {
			introduction: 'Introduction',
			conclusions: 'Closing'
		});
		const chapters = (await reportSectionsOf(app.db, cycle.id)).filter((s) => s.kind === 'chapter');
		for (const chapter of chapters) {
			const saved = await saveReportChapter(app.db, secretariat, cycle.id, chapter.id, {
				title: chapter.title ?? '',
				body: `# What cities did\n\n${marker}: six cities answered.`,
				version: chapter.version
			});
			expect(saved).toMatchObject({ ok: true, changed: true });
		}
	});
	afterAll(() => app.close());

	it('shows nothing of the closed cycle to the public before publication', async () => {
		expect(await publishedReportDocument(app.db, slug, 'en')).toBeNull();
		// The secretariat's preview does see it (the data is there, so the 404s below are real refusals).
		const preview = await reportDocumentForSecretariat(app.db, slug, 'en');
		expect(preview?.blocks.find((block) => block.kind === 'chapter')).toMatchObject({
			markdown: expect.stringContaining(marker)
		});

		for (const [route, path] of [
			[resultsRoute, `/api/v1/cycles/${slug}/results`],
			[indicatorsRoute, `/api/v1/cycles/${slug}/indicators`],
			[cycleRoute, `/api/v1/cycles/${slug}`]
		] as const) {
			const answer = await api(route, path);
			expect(answer.status, path).toBe(404);
			expect(JSON.stringify(answer.body)).not.toContain('Pubtown');
		}
		expect(await statusOf(csvRoute, { cycle: slug })).toBe(404);
		expect(await statusOf(xlsxRoute, { cycle: slug })).toBe(404);
		// Every page and export of the report, the PDF refused before any browser starts.
		for (const route of [loadReport, docxRoute, pdfRoute])
			expect(await statusOf(route, { cycle: slug })).toBe(404);

		const list = await callApi(app, cyclesRoute, '/api/v1/cycles?limit=100');
		expect((list.body as Body).items.map((c: Body) => c.slug)).not.toContain(slug);
		const reports = (await loadReports(event({}))) as Body;
		expect(JSON.stringify(reports)).not.toContain(slug);
		const profile = (await loadProfile(event({ slug: 'pub-city-0' }))) as Body;
		expect(profile.ratings).toEqual([]);
		expect(JSON.stringify(profile)).not.toContain(slug);
	});

	it('publishes the report with its chapter', async () => {
		expect(await publishReport(app.db, secretariat, cycleId, 'closed')).toMatchObject({ ok: true });
		const page = (await loadReport(event({ cycle: slug }))) as {
			report: { value: { blocks: ReportBlock[] } };
		};
		const chapter = page.report.value.blocks.find((block) => block.kind === 'chapter');
		expect(chapter && 'html' in chapter && chapter.html).toContain(`<h3>What cities did</h3>`);
		expect(chapter && 'html' in chapter && chapter.html).toContain(marker);
		// The PDF (a browser printing the page) is left to the browser journey.
		for (const route of [csvRoute, xlsxRoute, docxRoute])
			expect(await statusOf(route, { cycle: slug })).toBe(200);
		for (const [route, path] of [
			[resultsRoute, `/api/v1/cycles/${slug}/results`],
			[indicatorsRoute, `/api/v1/cycles/${slug}/indicators`],
			[cycleRoute, `/api/v1/cycles/${slug}`]
		] as const)
			expect((await api(route, path)).status, path).toBe(200);
		const list = await callApi(app, cyclesRoute, '/api/v1/cycles?limit=100');
		expect((list.body as Body).items.map((c: Body) => c.slug)).toContain(slug);
		expect(JSON.stringify(await loadReports(event({})))).toContain(slug);
		const profile = (await loadProfile(event({ slug: 'pub-city-0' }))) as Body;
		// The cycle had no report number: publishing gives it the next one and the year of publication, which
		// the city's profile names in its "Report" column.
		const year = Number(
			new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date())
		);
		expect(profile.participation).toEqual([
			expect.objectContaining({ slug, reportNumber: 1, reportYear: year })
		]);
		expect(profile.ratings).toEqual([
			expect.objectContaining({
				slug,
				cityAnswersPublic: true,
				ratings: expect.objectContaining({ 1: 'partly', 2: 'not_at_all' })
			})
		]);
	});

	it('counts the same ratings per role and commitment in the report as in the results API', async () => {
		const report = (await publishedReportDocument(app.db, slug, 'en'))!;
		const { body } = await api(resultsRoute, `/api/v1/cycles/${slug}/results`);
		const roleBlocks = report.blocks.flatMap((block) => (block.kind === 'role-results' ? [block] : []));
		expect(roleBlocks.map((block) => block.role)).toEqual(body.roles.map((role: Body) => role.role));
		for (const block of roleBlocks) {
			const apiRole = body.roles.find((role: Body) => role.role === block.role);
			expect(block.result.total, block.role).toEqual(apiRole.counts);
			expect(block.result.commitments.map((c) => c.commitment)).toEqual(apiRole.commitments);
			for (const commitment of block.result.commitments) {
				const apiCommitment = body.commitments.find((c: Body) => c.commitment === commitment.commitment);
				expect(commitment.counts, `commitment ${commitment.commitment}`).toEqual(apiCommitment.counts);
				expect(commitment.shares).toEqual(apiCommitment.shares);
			}
		}
		// Known by construction: commitment 1 is rated fully, partly, not at all twice each; 11 has one blank.
		expect(body.commitments[0].counts).toEqual({
			fully: 2,
			partly: 2,
			not_at_all: 2,
			answered: 6,
			noAnswer: 0
		});
		expect(body.commitments[10].counts).toMatchObject({ answered: 5, noAnswer: 1 });
	});

	it('lists the same responding cities in the report as in the API', async () => {
		const report = (await publishedReportDocument(app.db, slug, 'en'))!;
		const participating = report.blocks.find((block) => block.kind === 'participating-cities');
		const rate = report.blocks.find((block) => block.kind === 'response-rate');
		const reported =
			participating && 'cities' in participating ? participating.cities.map((c) => c.slug) : [];
		const expected = [0, 1, 2, 3, 4, 5].map((i) => `pub-city-${i}`);
		expect([...reported].sort()).toEqual(expected);

		const results = (await api(resultsRoute, `/api/v1/cycles/${slug}/results`)).body;
		expect(results.participation.responding).toBe(reported.length);
		expect(rate && 'current' in rate && rate.current.responding).toBe(results.participation.responding);
		expect(results.cities.map((c: Body) => c.slug).sort()).toEqual(expected);

		const cycle = (await api(cycleRoute, `/api/v1/cycles/${slug}`)).body;
		expect(cycle.cities.map((c: Body) => c.slug).sort()).toEqual(expected);
		expect(cycle.participants).toBe(reported.length);
		const list = (await callApi(app, cyclesRoute, '/api/v1/cycles?limit=100')).body as Body;
		expect(list.items.find((c: Body) => c.slug === slug).participants).toBe(reported.length);
		// The city that never answered did not take part, for the API either.
		const silent = await callApi(app, cityRoute, '/api/v1/cities/pub-silent', { slug: 'pub-silent' });
		expect((silent.body as Body).cycles).toEqual([]);
	});

	it('gives the same indicator figures and marks in the report as in the indicators API', async () => {
		const report = (await publishedReportDocument(app.db, slug, 'en'))!;
		const block = report.blocks.find((b) => b.kind === 'indicators');
		const indicators = block && 'indicators' in block ? block.indicators : [];
		const { body } = await api(indicatorsRoute, `/api/v1/cycles/${slug}/indicators?limit=100`);
		expect(indicators.map((indicator) => indicator.id)).toEqual(body.items.map((item: Body) => item.id));
		expect(block && 'cityFiguresPublic' in block && block.cityFiguresPublic).toBe(true);
		for (const indicator of indicators) {
			const item = body.items.find((candidate: Body) => candidate.id === indicator.id);
			expect([indicator.cities, indicator.notComparable]).toEqual([item.cities, item.notComparable]);
			const points = indicator.figures!.series.points;
			expect(points.map((p) => [p.citySlug, p.figure.value, p.figure.year, p.marks])).toEqual(
				item.values.map((v: Body) => [v.city.slug, v.value, v.year, v.marks])
			);
			expect(indicator.figures!.footnotes.map((f) => f.mark)).toEqual(
				item.footnotes.map((f: Body) => f.mark)
			);
		}
		// Known: four cities gave the share, largest first; the 2021 figure (the others are 2023) is marked `**`.
		const share = indicators.find((indicator) => indicator.id === 'foreign-born-share')!;
		expect(share.figures!.series.points.map((p) => [p.figure.value, p.marks])).toEqual([
			[25, ['**']],
			[20, []],
			[15, []],
			[10, []]
		]);
	});
});
