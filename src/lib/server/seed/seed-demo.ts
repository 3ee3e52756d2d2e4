import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Auth } from '../auth';
import { createAccount, type AccountRole } from '../commands/create-account';
import type { Database } from '../db';
import { cities, responses, cycles, user } from '../db/schema';
import { demoCities, demoCycles } from './demo-data';

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
	}
];

export interface SeedReport {
	citiesAdded: number;
	cyclesAdded: number;
	participationsAdded: number;
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
		.values(demoCycles.map(({ respondents: _respondents, ...cycle }) => cycle))
		.onConflictDoNothing({ target: cycles.slug })
		.returning({ id: cycles.id });

	const cityIds = new Map(
		(await db.select({ id: cities.id, slug: cities.slug }).from(cities)).map((row) => [row.slug, row.id])
	);
	const cycleRows = await db
		.select({ id: cycles.id, slug: cycles.slug })
		.from(cycles)
		.where(
			inArray(
				cycles.slug,
				demoCycles.map((cycle) => cycle.slug)
			)
		);
	const participations = demoCycles.flatMap((cycle) => {
		const cycleId = cycleRows.find((row) => row.slug === cycle.slug)?.id;
		return cycle.respondents.flatMap((slug) => {
			const cityId = cityIds.get(slug);
			return cycleId && cityId ? [{ cycleId, cityId, state: 'accepted' as const }] : [];
		});
	});
	const addedParticipations = participations.length
		? await db.insert(responses).values(participations).onConflictDoNothing().returning()
		: [];

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
		accountsCreated
	};
}
