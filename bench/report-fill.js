// Fills a migrated, empty database with one published cycle of many cities for bench/report.js, in plain SQL
// so the fill takes seconds: every city accepted, with a rating (and evidence) on all eleven commitments,
// free-text examples on every third commitment, three indicator figures (some not comparable), one good
// practice per tenth city promoted from its response, and a report outline with two written chapters.
// Everything is computed from the row number, so every run fills exactly the same data.

const COUNTRIES = ['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR'];
COUNTRIES.push('HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');
const TRENDS = ['structured-policies', 'mainstreaming', 'specific-groups', 'low-threshold-access'];

const chapter = (heading, sentences) =>
	`# ${heading}\n\n${Array.from({ length: sentences }, (_, i) => `Sentence ${i + 1} of the narrative, with **emphasis** and a [link](https://example.org/${i}).`).join(' ')}\n\n- one point\n- another point\n`;

/**
 * @param {import('pg').Client} client
 * @param {{ slug: string, cities: number, questionnaire: any, outline: { kind: string, title: string | null }[] }} options
 * @returns {Promise<{ cycleId: number, indicatorItems: string[] }>}
 */
export async function fillReportCycle(client, { slug, cities, questionnaire, outline }) {
	const items = questionnaire.sections.flatMap((section) => section.items);
	const indicatorItems = items
		.filter((item) => item.type === 'indicator')
		.map((item) => item.id)
		.slice(0, 3);

	await client.query('begin');
	const cycle = await client.query(
		`insert into cycles (slug, name, period_start, period_end, report_number, report_year, status,
			questionnaire_version, questionnaire, city_answers_public, published_at)
		 values ($1, 'Benchmark 2022–2024', '2022-07-01', '2024-06-30', 9, 2025, 'published', $2, $3, true, now())
		 returning id`,
		[slug, questionnaire.version, JSON.stringify(questionnaire)]
	);
	const cycleId = cycle.rows[0].id;
	await client.query(
		`insert into cities (slug, name, country_code, population, latitude, longitude, signed_on, signed_on_precision)
		 select 'bench-city-' || lpad(i::text, 4, '0'), 'Bench City ' || lpad(i::text, 4, '0'),
			($1::text[])[1 + (i * 7) % array_length($1::text[], 1)], 50000 + (i * 7919) % 2000000,
			36 + (i * 13) % 30, -9 + (i * 17) % 40, date '2010-02-01' + (i * 3) % 4000, 'day'
		 from generate_series(1, $2::int) as i`,
		[COUNTRIES, cities]
	);
	await client.query(
		`insert into responses (cycle_id, city_id, state, invited_at, submitted_at)
		 select $1, id, 'accepted', timestamp '2024-01-15', timestamp '2024-05-01' + (id % 60) * interval '1 day'
		 from cities where slug like 'bench-city-%'`,
		[cycleId]
	);
	// Ratings: a spread that depends on the city and the commitment, and one city in 25 leaves one blank.
	await client.query(
		`insert into answers (response_id, item_id, value, revision)
		 select r.id, 'c' || c || '-rating', jsonb_build_object(
			'rating', (array['fully', 'partly', 'not_at_all'])[1 + (r.id * 7 + c * 3) % 3],
			'evidence', 'Evidence for commitment ' || c || ' written for the benchmark.'), 1
		 from responses r cross join generate_series(1, 11) as c
		 where r.cycle_id = $1 and not (r.id % 25 = 0 and c = 11)`,
		[cycleId]
	);
	await client.query(
		`insert into answers (response_id, item_id, value, revision)
		 select r.id, 'c' || c || '-examples', to_jsonb('What the city did on commitment ' || c || ': ' ||
			repeat('a programme with partners, ', 8)), 1
		 from responses r cross join generate_series(1, 11, 3) as c where r.cycle_id = $1`,
		[cycleId]
	);
	// Indicator figures from two cities in three; every seventh uses another year, every eleventh a national figure.
	await client.query(
		`insert into answers (response_id, item_id, value, revision)
		 select r.id, item, jsonb_build_object('value', round(((r.id * 37 + length(item)) % 400) / 10.0, 1),
			'year', case when r.id % 7 = 0 then 2021 else 2023 end, 'source', 'City statistics',
			'definition', 'foreign_born', 'differentDataSet', false, 'nationalOnly', r.id % 11 = 0), 1
		 from responses r cross join unnest($2::text[]) as item where r.cycle_id = $1 and r.id % 3 <> 0`,
		[cycleId, indicatorItems]
	);
	await client.query(
		`insert into practices (slug, city_id, title, summary, language, commitments, trends, themes,
			source_response_id, status)
		 select 'bench-practice-' || r.id, r.city_id, 'Practice of city ' || r.city_id,
			'A practice written for the benchmark.', 'en', array[1 + r.id % 11, 1 + (r.id + 4) % 11],
			array[($2::text[])[1 + r.id % 4]], array['housing'], r.id, 'published'
		 from responses r where r.cycle_id = $1 and r.id % 10 = 0`,
		[cycleId, TRENDS]
	);
	let chapters = 0;
	for (const [index, section] of outline.entries()) {
		const body = section.kind === 'chapter' ? chapter(`Chapter ${++chapters}`, 40) : '';
		await client.query(
			`insert into report_sections (cycle_id, position, kind, title, body) values ($1, $2, $3, $4, $5)`,
			[cycleId, (index + 1) * 10, section.kind, section.title, body]
		);
	}
	await client.query('commit');
	await client.query('analyze');
	return { cycleId, indicatorItems };
}

/** The baseline: the plain SQL aggregate of the cycle's ratings, one row per commitment and rating. */
export const plainAggregate = `
	select a.item_id, a.value->>'rating' as rating, count(*)::int as n
	from answers a join responses r on r.id = a.response_id
	where r.cycle_id = $1 and r.state in ('submitted', 'accepted') and a.item_id like 'c%-rating'
	group by a.item_id, a.value->>'rating'`;
