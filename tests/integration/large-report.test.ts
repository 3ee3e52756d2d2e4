import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { load as loadReport } from '../../src/routes/reports/[cycle]/+page.server';
import { load as loadFigures } from '../../src/routes/reports/[cycle]/indicators/[indicator]/+page.server';
import { buildCycle } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const CITIES = 150;

/** City i (1..150) is in COUNTRIES[i % 3] and gave the foreign-born share i; every tenth for another year. */
describe(`the report of a network of ${CITIES} cities on ${driverUnderTest}`, () => {
	let app: AppContext;
	const event = (path: string) => {
		const url = new URL(`http://localhost${path}`);
		const [, , cycle, , indicator] = url.pathname.split('/');
		return { locals: { app, locale: 'en', user: null }, params: { cycle, indicator }, url } as never;
	};
	type Page<L extends (...args: never[]) => unknown> = Exclude<Awaited<ReturnType<L>>, void>;
	const report = async (slug: string) =>
		((await loadReport(event(`/reports/${slug}`))) as Page<typeof loadReport>).report.value;
	const figures = async (path: string) => (await loadFigures(event(path))) as Page<typeof loadFigures>;
	const status = async (path: string) => {
		try {
			await loadFigures(event(path));
			return 200;
		} catch (thrown) {
			return (thrown as { status?: number }).status ?? 500;
		}
	};

	beforeAll(async () => {
		app = await createTestApp();
		const fill = async (slug: string, cityAnswersPublic: boolean) => {
			const cycle = await buildCycle(app, { slug, name: `Large ${slug}`, cityAnswersPublic });
			await app.db.execute(sql`insert into cities (slug, name, country_code, latitude, longitude)
				select ${slug} || '-city-' || i, 'City ' || lpad(i::text, 3, '0'),
					(array['FI', 'DE', 'FR'])[1 + i % 3], 50, 10
				from generate_series(1, ${CITIES}::int) as i`);
			await app.db.execute(sql`insert into responses (cycle_id, city_id, state)
				select ${cycle.id}, id, 'accepted' from cities where slug like ${`${slug}-city-%`}`);
			await app.db.execute(sql`insert into answers (response_id, item_id, value, revision)
				select r.id, 'foreign-born-share', jsonb_build_object('value', substring(c.name from 6)::int,
					'year', case when substring(c.name from 6)::int % 10 = 0 then 2021 else 2023 end,
					'source', 'City statistics', 'definition', 'foreign_born', 'differentDataSet', false,
					'nationalOnly', false), 1
				from responses r join cities c on c.id = r.city_id where r.cycle_id = ${cycle.id}`);
			await app.db.execute(sql`insert into answers (response_id, item_id, value, revision)
				select r.id, 'c1-rating', '{"rating": "fully", "evidence": "A long text"}'::jsonb, 1
				from responses r where r.cycle_id = ${cycle.id}`);
		};
		await fill('large', true);
		await fill('large-closed', false);
	});
	afterAll(async () => app.close());

	it('counts the participating cities by country instead of listing them all', async () => {
		const block = (await report('large')).blocks.find((b) => b.kind === 'participating-cities');
		expect(block?.kind === 'participating-cities' && block.byCountry).toEqual([
			{ countryCode: 'DE', country: 'Germany', count: 50 },
			{ countryCode: 'FI', country: 'Finland', count: 50 },
			{ countryCode: 'FR', country: 'France', count: 50 }
		]);
	});

	it('summarises each indicator as the distribution of its comparable figures, without a chart', async () => {
		const block = (await report('large')).blocks.find((b) => b.kind === 'indicators');
		if (block?.kind !== 'indicators') throw new Error('no indicators part');
		const [share] = block.indicators;
		expect(share).toMatchObject({ id: 'foreign-born-share', cities: 150, notComparable: 15, figures: null });
		// The 135 comparable figures are 1..150 without the multiples of ten.
		const comparable = Array.from({ length: 150 }, (_, i) => i + 1).filter((value) => value % 10 !== 0);
		expect(share?.summary).toEqual({
			mostCommonYear: 2023,
			mostCommonDefinitionName: expect.any(String),
			distribution: {
				comparable: 135,
				lowest: 1,
				lowerQuartile: comparable[33]! + 0.5 * (comparable[34]! - comparable[33]!),
				median: comparable[67],
				upperQuartile: comparable[100]! + 0.5 * (comparable[101]! - comparable[100]!),
				highest: 149
			},
			href: '/reports/large/indicators/foreign-born-share'
		});
	});

	it('lists every city’s figure on the linked pages, fifty a page, each city on exactly one page', async () => {
		const first = await figures('/reports/large/indicators/foreign-born-share');
		expect(first.paging).toMatchObject({ page: 1, pages: 3, first: 1, last: 50, total: 150 });
		expect(first.points[0]).toMatchObject({ cityName: 'City 150', marks: ['**'] });
		const pages = await Promise.all(
			[1, 2, 3].map((page) => figures(`/reports/large/indicators/foreign-born-share?page=${page}`))
		);
		const names = pages.flatMap((page) => page.points.map((point) => point.cityName));
		expect(names).toHaveLength(150);
		expect(new Set(names).size).toBe(150);
		expect(first.footnotes.map((note) => note.mark)).toEqual(['**']);
		// An old link past the end shows the last page.
		const beyond = await figures('/reports/large/indicators/foreign-born-share?page=40');
		expect(beyond.paging.page).toBe(3);
	});

	it('shows no city’s figure of a cycle that keeps city answers private, nor an indicator nobody gave', async () => {
		const closed = (await report('large-closed')).blocks.find((b) => b.kind === 'indicators');
		expect(closed?.kind === 'indicators' && closed.indicators[0]).toMatchObject({
			cities: 150,
			figures: null,
			summary: null
		});
		expect(await status('/reports/large-closed/indicators/foreign-born-share')).toBe(404);
		expect(await status('/reports/large/indicators/no-such-indicator')).toBe(404);
		expect(await status('/reports/no-such-cycle/indicators/foreign-born-share')).toBe(404);
	});
});
