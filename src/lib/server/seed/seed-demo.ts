import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Auth } from '../auth';
import { createAccount, type AccountRole } from '../create-account';
import type { Database } from '../db';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { answerHistory, answers, cities, cycles, responses, user } from '../db/schema';
import { demoPreviousAnswers } from './demo-answers';
import { demoCities, demoCycles } from './demo-data';
import { seedIllustrativeRatings } from './illustrative-ratings';
import { seedDemoReports } from './demo-report';
import { seedModuleCycle } from './seed-module-cycle';
import { seedPractices } from './seed-practices';

export const demoAccounts: { email: string; name: string; role: AccountRole; citySlug: string | null }[] = [
	{
		email: 'secretariat@demo.integrating-cities.eu',
		name: 'Demo Secretariat',
		role: 'secretariat',
		citySlug: null
	},
	{
		email: 'coordinator.helsinki@demo.integrating-cities.eu',
		name: 'Demo Coordinator',
		role: 'coordinator',
		citySlug: 'helsinki'
	},
	{
		email: 'contributor.helsinki@demo.integrating-cities.eu',
		name: 'Demo Contributor',
		role: 'contributor',
		citySlug: 'helsinki'
	},
	{
		email: 'coordinator.ghent@demo.integrating-cities.eu',
		name: 'Demo Coordinator Ghent',
		role: 'coordinator',
		citySlug: 'ghent'
	}
];

export interface SeedReport {
	citiesAdded: number;
	cyclesAdded: number;
	participationsAdded: number;
	practicesAdded: number;
	/** Accounts created in this run with their password, to print once; empty on later runs. */
	accountsCreated: { email: string; role: AccountRole; password: string }[];
}

/**
 * Loads the demo data. Idempotent: rows are keyed by slug or e-mail and existing ones are left as they are,
 * so a second start adds nothing and never overwrites what the secretariat edited.
 */
export async function seedDemo(db: Database, auth: Auth, password?: string): Promise<SeedReport> {
	const addedCities = await db
		.insert(cities)
		.values(demoCities.map((city) => ({ ...city })))
		.onConflictDoNothing({ target: cities.slug })
		.returning({ id: cities.id });

	const addedCycles = await db
		.insert(cycles)
		.values([
			...demoCycles.map(({ respondents: _respondents, ...cycle }) => ({
				...cycle,
				// The historical questionnaires are not published; the current one stands in for them so that
				// earlier answers line up with today's questions by item id.
				questionnaireVersion: currentQuestionnaire.version,
				questionnaire: currentQuestionnaire
			})),
			openDemoCycle(new Date())
		])
		.onConflictDoNothing({ target: cycles.slug })
		.returning({ id: cycles.id });

	const cityIds = new Map(
		(await db.select({ id: cities.id, slug: cities.slug }).from(cities)).map((row) => [row.slug, row.id])
	);
	const cycleRows = await db
		.select({ id: cycles.id, slug: cycles.slug })
		.from(cycles)
		.where(inArray(cycles.slug, [...demoCycles.map((cycle) => cycle.slug), openDemoSlug]));
	const openCycleId = cycleRows.find((row) => row.slug === openDemoSlug)?.id;
	const invitedToOpenCycle = demoCities.filter((city) => city.signedOn).map((city) => city.slug);
	const participations = [
		...demoCycles,
		{ slug: openDemoSlug, respondents: invitedToOpenCycle, state: 'invited' as const }
	].flatMap((cycle) => {
		const cycleId = cycleRows.find((row) => row.slug === cycle.slug)?.id;
		return cycle.respondents.flatMap((slug) => {
			const cityId = cityIds.get(slug);
			const state = 'state' in cycle ? cycle.state : ('accepted' as const);
			// Invitations of the open demo cycle went out when it opened; the report cycles predate the app.
			const invitedAt = 'state' in cycle ? new Date(Date.now() - 30 * DAY) : null;
			return cycleId && cityId ? [{ cycleId, cityId, state, invitedAt }] : [];
		});
	});
	const addedParticipations = participations.length
		? await db.insert(responses).values(participations).onConflictDoNothing().returning()
		: [];

	if (addedParticipations.length > 0 && openCycleId) await seedPreviousAnswers(db, cityIds.get('helsinki'));
	// After Helsinki's demo answers, which stay as they are (its illustrative ratings are the same).
	await seedIllustrativeRatings(db);
	const practicesAdded = await seedPractices(db);
	// The cycle asking the Ukraine module, with its cities' made-up answers (never overwriting existing rows).
	await seedModuleCycle(db);
	// After the ratings and practices, which the reports' generated parts show.
	await seedDemoReports(db);

	const accountsCreated: SeedReport['accountsCreated'] = [];
	const demoPassword = password ?? randomBytes(12).toString('base64url');
	for (const account of demoAccounts) {
		const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, account.email));
		if (existing) continue;
		await createAccount(db, auth, {
			email: account.email,
			name: account.name,
			password: demoPassword,
			role: account.role,
			cityId: account.citySlug ? (cityIds.get(account.citySlug) ?? null) : null
		});
		accountsCreated.push({ email: account.email, role: account.role, password: demoPassword });
	}

	return {
		citiesAdded: addedCities.length,
		cyclesAdded: addedCycles.length,
		participationsAdded: addedParticipations.length,
		practicesAdded,
		accountsCreated
	};
}

const openDemoSlug = '2024-2026';
const DAY = 24 * 60 * 60 * 1000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The open cycle the demo accounts can fill in. Its dates follow the day the demo is loaded (opened a month
 * before, deadline four months after), so a demo started at any time has an open cycle to try.
 */
const openDemoCycle = (loadedOn: Date) => ({
	slug: openDemoSlug,
	name: 'Reporting period 2024–2026 (demo)',
	periodStart: '2024-07-01',
	periodEnd: '2026-06-30',
	reportNumber: 7,
	reportYear: 2026,
	status: 'open' as const,
	opensOn: isoDay(new Date(loadedOn.getTime() - 30 * DAY)),
	deadline: isoDay(new Date(loadedOn.getTime() + 120 * DAY)),
	note: 'A demonstration cycle for trying the questionnaire; it is not a real Eurocities cycle.',
	// Each city's answers would become public with the report, so trying the demo shows what cities are told.
	cityAnswersPublic: true,
	questionnaireVersion: currentQuestionnaire.version,
	questionnaire: currentQuestionnaire
});

async function seedPreviousAnswers(db: Database, helsinkiId: number | undefined) {
	if (!helsinkiId) return;
	const [previous] = await db
		.select({ id: responses.id })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(and(eq(cycles.slug, '2018-2020'), eq(responses.cityId, helsinkiId)));
	if (!previous) return;
	const rows = Object.entries(demoPreviousAnswers).map(([itemId, value]) => ({
		responseId: previous.id,
		itemId,
		value,
		revision: 1
	}));
	const added = await db
		.insert(answers)
		.values(rows)
		.onConflictDoNothing()
		.returning({ itemId: answers.itemId });
	if (added.length === 0) return;
	await db
		.insert(answerHistory)
		.values(
			rows
				.filter((row) => added.some((a) => a.itemId === row.itemId))
				.map((row) => ({ ...row, source: 'save' as const }))
		);
}
