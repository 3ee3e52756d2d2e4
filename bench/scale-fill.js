// Fills a migrated database (the demo loaded, for the secretariat's account and a questionnaire to copy) with
// a network of many cities over ten cycles for bench/scale.js: nine published cycles and the last one open,
// every city invited to each, with its ratings (evidence included), indicator figures and good practices.
// Plain set-based SQL (generate_series, INSERT … SELECT), so ten thousand cities fill in a minute or two
// rather than hours. Everything is computed from row numbers, so every run fills exactly the same data.

const COUNTRIES = ['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR'];
COUNTRIES.push('HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');
const TOPICS = ['language courses', 'housing support', 'job coaching', 'welcome centre', 'health mediators'];
TOPICS.push('school mentoring', 'migrant council', 'diversity training', 'legal advice', 'digital guide');
const THEMES = ['language-learning', 'housing', 'employment', 'education', 'health', 'participation'];
const TRENDS = ['structured-policies', 'mainstreaming', 'specific-groups', 'low-threshold-access'];

export const SCALE_PREFIX = 'scale';

/**
 * @param {import('pg').Client} client
 * @param {{ cities: number, cycles: number, log?: (line: string) => void }} options
 * @returns {Promise<{ published: string[], open: string, citySlug: string }>}
 */
export async function fillScale(client, { cities, cycles, log = () => {} }) {
	const source = await client.query(
		`select questionnaire, questionnaire_version from cycles where questionnaire is not null
		 order by (status = 'open') desc, id desc limit 1`
	);
	const questionnaire = source.rows[0]?.questionnaire;
	if (!questionnaire) throw new Error('no cycle with a questionnaire: is DEMO_DATA on?');
	const items = questionnaire.sections.flatMap((section) => section.items);
	const indicatorItems = items.filter((item) => item.type === 'indicator').map((item) => item.id);
	const required = items.filter((item) => item.required).length;
	// The row triggers that raise the public data version (migration 0010) would update its one row once per
	// inserted response and answer: a million updates of one row, most of the fill's time. They are off while
	// the fill runs, and the version is raised once at the end, as the triggers would have.
	const rowTriggers = [
		['responses', 'responses_data_version'],
		['answers', 'answers_data_version']
	];
	for (const [table, trigger] of rowTriggers)
		await client.query(`alter table ${table} disable trigger ${trigger}`);
	try {
		return await fill();
	} finally {
		for (const [table, trigger] of rowTriggers)
			await client.query(`alter table ${table} enable trigger ${trigger}`);
		await client.query(`update data_version set version = version + 1 where id = 1`);
		await client.query(`select pg_notify('icm_data_version', '')`);
	}

	async function fill() {
		const step = async (what, text, values) => {
			const started = Date.now();
			const result = await client.query(text, values);
			log(`  ${what}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		};

		await step(
			'cities',
			`insert into cities (slug, name, country_code, population, latitude, longitude, signed_on, signed_on_precision)
		 select '${SCALE_PREFIX}-city-' || lpad(i::text, 5, '0'), 'Scale City ' || lpad(i::text, 5, '0'),
			($1::text[])[1 + (i * 7) % array_length($1::text[], 1)], 20000 + (i * 7919) % 2000000,
			36 + (i * 13) % 30, -9 + (i * 17) % 40,
			case when i % 9 <> 0 then date '2010-02-01' + (i * 3) % 5000 end, 'day'
		 from generate_series(1, $2::int) as i`,
			[COUNTRIES, cities]
		);
		// Cycles two years apart, the last one open; the earlier ones published, with city answers public.
		await step(
			'cycles',
			`insert into cycles (slug, name, period_start, period_end, report_number, report_year, status,
			opens_on, deadline, questionnaire_version, questionnaire, city_answers_public, published_at)
		 select '${SCALE_PREFIX}-' || (2006 + 2 * n), 'Scale ' || (2006 + 2 * n) || '–' || (2008 + 2 * n),
			make_date(2006 + 2 * n, 7, 1), make_date(2008 + 2 * n, 6, 30), 100 + n, 2009 + 2 * n,
			case when n = $1 then 'open' else 'published' end,
			case when n = $1 then current_date - 60 end, case when n = $1 then current_date + 120 end,
			$2, $3, true, case when n < $1 then make_date(2009 + 2 * n, 3, 1) end
		 from generate_series(1, $1::int) as n`,
			[cycles, source.rows[0].questionnaire_version, JSON.stringify(questionnaire)]
		);
		// Every city invited to every cycle; the open cycle's responses in every state, as on a Tuesday in April.
		await step(
			'responses',
			`insert into responses (cycle_id, city_id, state, invited_at, submitted_at, last_activity_at,
			required_done, required_total)
		 select y.id, c.id,
			case when y.status = 'published' then 'accepted'
				else (array['invited', 'in_progress', 'in_progress', 'submitted', 'returned', 'accepted'])[1 + c.id % 6]
			end,
			y.period_end - 200, y.period_end - 100 + (c.id % 90),
			case when y.status = 'published' or c.id % 6 <> 0 then now() - make_interval(mins => c.id % 50000) end,
			case when y.status = 'published' then $1 else (c.id * 11) % ($1 + 1) end, $1
		 from cycles y cross join cities c
		 where y.slug like '${SCALE_PREFIX}-%' and c.slug like '${SCALE_PREFIX}-city-%'`,
			[required]
		);
		// Eleven ratings with a sentence of evidence for each response that has started.
		await step(
			'ratings',
			`insert into answers (response_id, item_id, value, revision)
		 select r.id, 'c' || k || '-rating', jsonb_build_object(
			'rating', (array['fully', 'partly', 'not_at_all'])[1 + (r.id * 7 + k * 3) % 3],
			'evidence', 'What the city did on commitment ' || k || ' during the period, with its partners.'), 1
		 from responses r join cycles y on y.id = r.cycle_id cross join generate_series(1, 11) as k
		 where y.slug like '${SCALE_PREFIX}-%' and r.state <> 'invited'`
		);
		// Indicator figures from two cities in three; every seventh for another year, every eleventh national.
		await step(
			'indicator figures',
			`insert into answers (response_id, item_id, value, revision)
		 select r.id, item, jsonb_build_object('value', round(((r.id * 37 + length(item)) % 400) / 10.0, 1),
			'year', extract(year from y.period_end)::int - case when r.id % 7 = 0 then 2 else 0 end,
			'source', 'City statistics', 'definition', 'foreign_born', 'differentDataSet', false,
			'nationalOnly', r.id % 11 = 0), 1
		 from responses r join cycles y on y.id = r.cycle_id cross join unnest($1::text[]) as item
		 where y.slug like '${SCALE_PREFIX}-%' and r.state <> 'invited' and r.id % 3 <> 0`,
			[indicatorItems.slice(0, 3)]
		);
		// One good practice per city, published, tagged from small vocabularies so facets have something to count.
		await step(
			'practices',
			`insert into practices (slug, city_id, title, summary, language, commitments, trends, themes, status,
			start_year, ongoing)
		 select '${SCALE_PREFIX}-practice-' || c.id, c.id,
			initcap(($1::text[])[1 + c.id % 10]) || ' in ' || c.name,
			'The city offers ' || ($1::text[])[1 + c.id % 10] || ' to newcomers together with local partners, ' ||
				'free of charge and in several languages, and evaluates the results each year.',
			'en', array[1 + c.id % 11, 1 + (c.id + 4) % 11, 4], array[($2::text[])[1 + c.id % 4]],
			array[($3::text[])[1 + c.id % 6]], 'published', 2010 + c.id % 14, c.id % 2 = 0
		 from cities c where c.slug like '${SCALE_PREFIX}-city-%'`,
			[TOPICS, TRENDS, THEMES]
		);
		await client.query('analyze');
		const slugs = Array.from({ length: cycles }, (_, i) => `${SCALE_PREFIX}-${2008 + 2 * i}`);
		return {
			published: slugs.slice(0, -1),
			open: slugs.at(-1),
			citySlug: `${SCALE_PREFIX}-city-${String(Math.ceil(cities / 2)).padStart(5, '0')}`
		};
	}
}
