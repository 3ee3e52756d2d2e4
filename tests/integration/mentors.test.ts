import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMentors } from '$lib/domain/mentors/rank-mentors';
import type { Rating } from '$lib/domain/questionnaire/values';
import type { AppContext } from '$lib/server/app';
import { answers, responses } from '$lib/server/db/schema';
import { mentorCycles, mentorSuggestions, type CityGap } from '$lib/server/reads/mentor-suggestions';
import { load as adminMentorsPage } from '../../src/routes/admin/mentors/+page.server';
import { load as peerLearningPage } from '../../src/routes/peer-learning/+page.server';
import { buildCity, buildCycle, buildPractice } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe(`mentor matching on ${driverUnderTest}`, () => {
	let app: AppContext;
	const ids: Record<string, number> = {};
	let cycleId = 0;

	/** A city's response in a state, with its ratings: commitment → [rating, evidence]. */
	async function respond(
		cycle: number,
		cityId: number,
		state: 'in_progress' | 'submitted' | 'accepted',
		ratings: Record<number, [Rating, string]>
	) {
		const [response] = await app.db.insert(responses).values({ cycleId: cycle, cityId, state }).returning();
		if (!response) throw new Error('no response');
		for (const [commitment, [rating, evidence]] of Object.entries(ratings)) {
			await app.db.insert(answers).values({
				responseId: response.id,
				itemId: `c${commitment}-rating`,
				revision: 1,
				value: { rating, evidence }
			});
		}
	}

	beforeAll(async () => {
		app = await createTestApp();
		const city = async (name: string, countryCode: string, population: number | null) => {
			const built = await buildCity(app, { slug: name.toLowerCase(), name, countryCode, population });
			ids[name] = built.id;
			return built.id;
		};
		const lyon = await city('Lyon', 'FR', 500_000);
		const bergen = await city('Bergen', 'NO', 280_000);
		const nantes = await city('Nantes', 'FR', 300_000);
		const oslo = await city('Oslo', 'NO', 700_000);
		const ghent = await city('Ghent', 'BE', 260_000);
		const silent = await city('Silent', 'IT', 100_000);
		const pending = await city('Pending', 'DE', null);

		const cycle = await buildCycle(app, {
			name: 'Cycle 2022–2024',
			status: 'closed',
			periodEnd: '2024-06-30'
		});
		cycleId = cycle.id;
		await respond(cycleId, lyon, 'submitted', {
			1: ['fully', 'x'],
			3: ['partly', 'some'],
			5: ['not_at_all', '']
		});
		await respond(cycleId, bergen, 'accepted', { 3: ['not_at_all', ''] });
		await respond(cycleId, nantes, 'accepted', { 3: ['fully', words(30)] });
		await respond(cycleId, oslo, 'accepted', { 3: ['fully', words(100)] });
		await respond(cycleId, ghent, 'accepted', { 3: ['fully', ''] });
		await respond(cycleId, silent, 'accepted', { 3: ['fully', ''] });
		// Handed in but not yet accepted by the secretariat.
		await respond(cycleId, pending, 'submitted', { 3: ['fully', words(200)], 5: ['fully', words(200)] });

		for (let i = 0; i < 3; i++) await buildPractice(app, ghent, { commitments: [3, 4] });
		await buildPractice(app, ghent, { commitments: [3], status: 'draft' });
		await buildPractice(app, nantes, { commitments: [3] });
		await buildPractice(app, pending, { commitments: [3] });
		await buildPractice(app, pending, { commitments: [3, 5] });

		// A later cycle in which Lyon is still working: its ratings there are not handed in.
		const later = await buildCycle(app, {
			status: 'open',
			periodStart: '2024-07-01',
			periodEnd: '2026-06-30'
		});
		await respond(later.id, lyon, 'in_progress', { 3: ['fully', 'soon'] });
	});
	afterAll(() => app.close());

	const user = (role: 'secretariat' | 'coordinator' | 'contributor', cityId: number | null) => ({
		id: `u-${role}-${cityId}`,
		name: 'U',
		email: 'u@example.eu',
		role,
		cityId
	});

	async function page<T>(load: (event: never) => unknown, path: string, who: SignedInUser | null) {
		try {
			return (await load({
				locals: { app, locale: 'en', user: who },
				url: new URL(`http://localhost:4173${path}`)
			} as never)) as T;
		} catch (thrown) {
			return thrown as { status: number; location?: string };
		}
	}

	it('offers the cycles with handed-in ratings only', async () => {
		expect((await mentorCycles(app.db)).map((c) => c.name)).toEqual(['Cycle 2022–2024']);
	});

	it('suggests, for each city rating a commitment partly or not at all, the cities that rated it fully, ranked as the domain says, with reasons', async () => {
		const result = await page<{ mentees: Awaited<ReturnType<typeof mentorSuggestions>> }>(
			adminMentorsPage as never,
			`/admin/mentors?cycle=${cycleId}&commitment=3`,
			user('secretariat', null)
		);
		const mentees = 'mentees' in result ? result.mentees : [];
		// Not at all first, then partly; Silent rated fully but has neither evidence nor practices.
		expect(mentees.map((m) => [m.cityName, m.rating, m.mentors.map((x) => x.cityName)])).toEqual([
			['Bergen', 'not_at_all', ['Ghent', 'Pending', 'Nantes']],
			['Lyon', 'partly', ['Ghent', 'Pending', 'Nantes']]
		]);
		const lyon = mentees[1];
		expect(lyon?.mentors[0]).toMatchObject({
			cityName: 'Ghent',
			citySlug: 'ghent',
			publishedPractices: 3,
			reasons: [
				{ kind: 'practices', detail: 3 },
				{ kind: 'similar_size', detail: 1.9 }
			]
		});
		expect(lyon?.mentors[2]?.reasons.map((r) => r.kind)).toEqual([
			'practices',
			'evidence',
			'same_country',
			'similar_size'
		]);
		// The same order as the pure ranking gives on the same facts.
		const expected = suggestMentors([
			{
				cityId: 1,
				cityName: 'Lyon',
				countryCode: 'FR',
				population: 500_000,
				rating: 'partly',
				evidence: '',
				publishedPractices: 0
			},
			{
				cityId: 2,
				cityName: 'Nantes',
				countryCode: 'FR',
				population: 300_000,
				rating: 'fully',
				evidence: words(30),
				publishedPractices: 1
			},
			{
				cityId: 3,
				cityName: 'Oslo',
				countryCode: 'NO',
				population: 700_000,
				rating: 'fully',
				evidence: words(100),
				publishedPractices: 0
			},
			{
				cityId: 4,
				cityName: 'Ghent',
				countryCode: 'BE',
				population: 260_000,
				rating: 'fully',
				evidence: '',
				publishedPractices: 3
			},
			{
				cityId: 5,
				cityName: 'Pending',
				countryCode: 'DE',
				population: null,
				rating: 'fully',
				evidence: words(200),
				publishedPractices: 2
			}
		]);
		expect(expected[0]?.mentors.map((m) => m.cityName)).toEqual(lyon?.mentors.map((m) => m.cityName));
	});

	it('shows a coordinator only their own city’s gaps, with mentors the secretariat accepted and no evidence facts', async () => {
		const result = await page<{
			city: string;
			cycle: { name: string };
			gaps: CityGap[];
		}>(peerLearningPage as never, '/peer-learning', user('coordinator', ids.Lyon ?? 0));
		expect(result).toMatchObject({ city: 'Lyon', cycle: { name: 'Cycle 2022–2024' } });
		const gaps = 'gaps' in result ? result.gaps : [];
		expect(gaps.map((gap) => [gap.commitment, gap.rating])).toEqual([
			[3, 'partly'],
			[5, 'not_at_all']
		]);
		// Pending's response is not accepted: it is nobody's mentor in a city's view, even on commitment 5.
		expect(gaps[0]?.mentors.map((m) => m.cityName)).toEqual(['Ghent', 'Nantes', 'Oslo']);
		expect(gaps[1]?.mentors).toEqual([]);
		const kinds = gaps.flatMap((gap) => gap.mentors.flatMap((m) => m.reasons.map((r) => r.kind)));
		expect(kinds).not.toContain('evidence');
		expect(JSON.stringify(result)).not.toContain('word1');
		expect(JSON.stringify(result)).not.toContain('Bergen');
	});

	it('lets a contributor of the city read it too, sends the secretariat to its own view and refuses others', async () => {
		const contributor = await page<{ city: string }>(
			peerLearningPage as never,
			'/peer-learning',
			user('contributor', ids.Bergen ?? 0)
		);
		expect(contributor).toMatchObject({ city: 'Bergen' });
		const bergenGaps =
			'gaps' in contributor ? (contributor.gaps as { mentors: { cityName: string }[] }[]) : [];
		expect(bergenGaps[0]?.mentors.map((m) => m.cityName)).toEqual(['Ghent', 'Nantes', 'Oslo']);

		expect(await page(peerLearningPage as never, '/peer-learning', user('secretariat', null))).toMatchObject({
			status: 303,
			location: '/admin/mentors'
		});
		expect(await page(peerLearningPage as never, '/peer-learning', user('coordinator', null))).toMatchObject({
			status: 403
		});
		expect(await page(peerLearningPage as never, '/peer-learning', null)).toMatchObject({ status: 303 });
		expect(
			await page(adminMentorsPage as never, '/admin/mentors', user('coordinator', ids.Lyon ?? 0))
		).toMatchObject({ status: 403 });
	});

	it('tells a city with nothing handed in that there is nothing yet', async () => {
		const newcomer = await buildCity(app, { slug: 'newcomer', name: 'Newcomer' });
		const result = await page(peerLearningPage as never, '/peer-learning', user('coordinator', newcomer.id));
		expect(result).toMatchObject({ cycle: null, gaps: [] });
	});
});
