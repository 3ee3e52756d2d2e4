// Fills a database (already migrated and seeded with the demo data by the server) with one open cycle of many
// invited cities, in plain SQL so the fill takes a second: cities across Europe, one coordinator each, responses
// in every state with realistic last activity, required counts and extensions, and a few answers per started
// response. Everything is computed from the row number, so every run fills exactly the same data.

const COUNTRIES = ['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR'];
COUNTRIES.push('HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');

/**
 * @param {import('pg').Client} client
 * @param {{ slug: string, cities: number, answersPerResponse: number }} options
 * @returns {Promise<{ cycleId: number, required: number }>}
 */
export async function fillProgressCycle(client, { slug, cities, answersPerResponse }) {
	// The demo's open cycle carries the current questionnaire: the bench cycle takes the same snapshot.
	const source = await client.query(
		`select questionnaire, questionnaire_version from cycles where questionnaire is not null
		 order by (status = 'open') desc, id desc limit 1`
	);
	const questionnaire = source.rows[0]?.questionnaire;
	if (!questionnaire) throw new Error('no cycle with a questionnaire: is DEMO_DATA on?');
	const ratingItems = questionnaire.sections
		.flatMap((section) => section.items)
		.filter((item) => item.type === 'rating')
		.map((item) => item.id)
		.slice(0, answersPerResponse);
	const required = questionnaire.sections
		.flatMap((section) => section.items)
		.filter((i) => i.required).length;

	await client.query('begin');
	const cycle = await client.query(
		`insert into cycles (slug, name, period_start, period_end, status, opens_on, deadline,
			questionnaire_version, questionnaire)
		 values ($1, 'Benchmark 2024–2026', '2024-07-01', '2026-06-30', 'open', '2026-01-15', '2026-12-31', $2, $3)
		 returning id`,
		[slug, source.rows[0].questionnaire_version, JSON.stringify(questionnaire)]
	);
	const cycleId = cycle.rows[0].id;

	await client.query(
		`insert into cities (slug, name, country_code, population, latitude, longitude, signed_on, signed_on_precision)
		 select 'bench-city-' || lpad(i::text, 4, '0'), 'Bench City ' || lpad(i::text, 4, '0'),
			($1::text[])[1 + (i * 7) % array_length($1::text[], 1)], 50000 + (i * 7919) % 2000000,
			36 + (i * 13) % 30, -9 + (i * 17) % 40, date '2010-02-01' + (i * 3) % 5000, 'day'
		 from generate_series(1, $2::int) as i`,
		[COUNTRIES, cities]
	);
	await client.query(
		`insert into "user" (id, name, email, email_verified, role, city_id, locale)
		 select 'bench-user-' || c.id, 'Coordinator of ' || c.name, c.slug || '@bench.example.eu', true,
			'coordinator', c.id, (array['en', 'fr', 'de'])[1 + c.id % 3]
		 from cities c where c.slug like 'bench-city-%'`
	);
	// Per 20 cities: 4 not started, 7 in progress, 5 submitted, 2 returned, 2 accepted; every 16th extended.
	await client.query(
		`with numbered as (
			select id, row_number() over (order by id) as n from cities where slug like 'bench-city-%'
		), shaped as (
			select id, n, case
				when n % 20 < 4 then 'invited' when n % 20 < 11 then 'in_progress'
				when n % 20 < 16 then 'submitted' when n % 20 < 18 then 'returned' else 'accepted' end as state,
				now() - make_interval(mins => ((n * 7907) % 86400)::int) as active
			from numbered
		)
		insert into responses (cycle_id, city_id, state, invited_at, extended_to, last_activity_at,
			last_activity_by, required_done, required_total, submitted_at, submitted_by)
		select $1, id, state, now() - interval '70 days',
			case when n % 16 = 0 then date '2027-01-31' end,
			case when state <> 'invited' then active end,
			case when state <> 'invited' then 'bench-user-' || id end,
			case state when 'invited' then 0 when 'in_progress' then (n * 11) % $2 when 'returned' then $2 - 1
				else $2 end,
			case when state = 'invited' then 0 else $2 end,
			case when state in ('submitted', 'returned', 'accepted') then active - interval '1 day' end,
			case when state in ('submitted', 'returned', 'accepted') then 'bench-user-' || id end
		from shaped`,
		[cycleId, required]
	);
	await client.query(
		`insert into answers (response_id, item_id, value, revision, updated_by, updated_at)
		 select r.id, item, jsonb_build_object('rating', (array['fully', 'partly', 'not_at_all'])[1 + r.id % 3],
			'evidence', 'Evidence written for the benchmark by ' || r.last_activity_by), 1, r.last_activity_by,
			r.last_activity_at
		 from responses r cross join unnest($2::text[]) as item
		 where r.cycle_id = $1 and r.state <> 'invited'`,
		[cycleId, ratingItems]
	);
	await client.query('commit');
	await client.query('analyze');
	return { cycleId, required };
}

/** The rows the progress page shows, read plainly: the baseline the page's time is compared with. */
export const plainSelect = `
	select c.slug, c.name, c.country_code, r.state, r.required_done, r.required_total, r.extended_to,
		r.last_activity_at, r.last_activity_by, r.submitted_at
	from responses r join cities c on c.id = r.city_id
	where r.cycle_id = $1`;
