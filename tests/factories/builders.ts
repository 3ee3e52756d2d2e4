import { randomBytes } from 'node:crypto';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { Questionnaire } from '$lib/domain/questionnaire/definition';
import type { AppContext } from '$lib/server/app';
import { createAccount, type AccountRole } from '$lib/server/create-account';
import { cities, responses, cycles } from '$lib/server/db/schema';
import { TEST_PASSWORD } from './test-database';

const unique = () => randomBytes(4).toString('hex');

export async function buildCity(app: AppContext, overrides: Partial<typeof cities.$inferInsert> = {}) {
	const id = unique();
	const [city] = await app.db
		.insert(cities)
		.values({
			slug: `city-${id}`,
			name: `City ${id}`,
			countryCode: 'FI',
			latitude: 60.17,
			longitude: 24.94,
			signedOn: '2013-01-31',
			signedOnPrecision: 'by',
			...overrides
		})
		.returning();
	if (!city) throw new Error('city not created');
	return city;
}

export async function buildCycle(app: AppContext, overrides: Partial<typeof cycles.$inferInsert> = {}) {
	const id = unique();
	const [cycle] = await app.db
		.insert(cycles)
		.values({
			slug: `cycle-${id}`,
			name: `Cycle ${id}`,
			periodStart: '2018-07-01',
			periodEnd: '2020-06-30',
			status: 'published',
			...overrides
		})
		.returning();
	if (!cycle) throw new Error('cycle not created');
	return cycle;
}

/** The open 2024–2026 cycle whose deadline is far off, on the current questionnaire unless another is given. */
export function buildOpenCycle(app: AppContext, questionnaire: Questionnaire = currentQuestionnaire) {
	return buildCycle(app, {
		status: 'open',
		periodStart: '2024-07-01',
		periodEnd: '2026-06-30',
		deadline: '2099-03-31',
		questionnaireVersion: questionnaire.version,
		questionnaire
	});
}

export async function buildParticipation(app: AppContext, cycleId: number, cityId: number) {
	await app.db.insert(responses).values({ cycleId, cityId, state: 'accepted' });
}

export async function buildPerson(
	app: AppContext,
	role: AccountRole,
	cityId: number | null = null,
	email = `person-${unique()}@example.eu`
) {
	const id = await createAccount(app.db, app.auth, {
		email,
		name: `Person ${email}`,
		password: TEST_PASSWORD,
		role,
		cityId
	});
	return { id, email };
}

/** Signs in through better-auth's HTTP endpoint, as the sign-in form does, from one client address. */
export async function signInOverHttp(
	app: AppContext,
	email: string,
	password: string,
	address = '203.0.113.7'
) {
	return app.auth.handler(
		new Request('http://localhost:4173/api/auth/sign-in/email', {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				origin: 'http://localhost:4173',
				'x-forwarded-for': address
			},
			body: JSON.stringify({ email, password })
		})
	);
}

/** A city's response to an open cycle that uses the current Charter questionnaire. */
export async function buildOpenResponse(app: AppContext, cityId: number) {
	const { currentQuestionnaire } = await import('$lib/domain/questionnaire/charter-questionnaire');
	const { responses } = await import('$lib/server/db/schema');
	const cycle = await buildCycle(app, {
		status: 'open',
		periodStart: '2024-07-01',
		periodEnd: '2026-06-30',
		questionnaireVersion: currentQuestionnaire.version,
		questionnaire: currentQuestionnaire
	});
	const [response] = await app.db
		.insert(responses)
		.values({ cycleId: cycle.id, cityId, state: 'invited' })
		.returning();
	if (!response) throw new Error('response not created');
	return { cycle, response };
}

/** A published good practice of a city, in English, on commitment 4 and the theme housing unless told. */
export async function buildPractice(
	app: AppContext,
	cityId: number,
	overrides: Partial<typeof import('$lib/server/db/schema').practices.$inferInsert> = {}
) {
	const { practices } = await import('$lib/server/db/schema');
	const id = unique();
	const [practice] = await app.db
		.insert(practices)
		.values({
			slug: `practice-${id}`,
			cityId,
			title: `Practice ${id}`,
			summary: `A practice written for a test (${id}).`,
			language: 'en',
			commitments: [4],
			themes: ['housing'],
			status: 'published',
			...overrides
		})
		.returning();
	if (!practice) throw new Error('practice not created');
	return practice;
}

/** A city's response in a given cycle, invited unless told (state, counts, last activity, extension…). */
export async function buildCycleResponse(
	app: AppContext,
	cycleId: number,
	cityId: number,
	overrides: Partial<typeof responses.$inferInsert> = {}
) {
	const [response] = await app.db
		.insert(responses)
		.values({ cycleId, cityId, state: 'invited', invitedAt: new Date(), ...overrides })
		.returning();
	if (!response) throw new Error('response not created');
	return response;
}

/** A rating answer as the questionnaire stores it. */
export const rating = (value: 'fully' | 'partly' | 'not_at_all', evidence = '') => ({
	rating: value,
	evidence
});

/** A city's response in a cycle with its answers already stored (item id → value), as if typed and saved. */
export async function buildAnsweredResponse(
	app: AppContext,
	cycleId: number,
	cityId: number,
	state: (typeof responses.$inferInsert)['state'],
	values: Record<string, unknown>
) {
	const { answers } = await import('$lib/server/db/schema');
	const [response] = await app.db.insert(responses).values({ cycleId, cityId, state }).returning();
	if (!response) throw new Error('response not created');
	const rows = Object.entries(values).map(([itemId, value]) => ({
		responseId: response.id,
		itemId,
		value,
		revision: 1
	}));
	if (rows.length) await app.db.insert(answers).values(rows);
	return response;
}
