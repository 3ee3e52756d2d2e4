import type { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProgressFilter } from '$lib/domain/progress/filters';
import type { AppContext } from '$lib/server/app';
import { acceptResponse } from '$lib/server/commands/accept-response';
import { grantExtension } from '$lib/server/commands/grant-extension';
import { inviteCities } from '$lib/server/commands/invite-cities';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { updateCity } from '$lib/server/commands/update-city';
import { openDatabase, type Database, type DatabaseHandle } from '$lib/server/db';
import * as schema from '$lib/server/db/schema';
import { cities, cycles, progressVersions, responses, user } from '$lib/server/db/schema';
import { cycleProgress } from '$lib/server/reads/cycle-progress';
import { load } from '../../src/routes/admin/cycles/[cycle]/+page.server';
import {
	buildCity,
	buildCycle,
	buildCycleResponse,
	buildOpenCycle,
	buildPerson
} from '../factories/builders';
import { createTestApp, driverUnderTest, openTestDatabase } from '../factories/test-database';

/**
 * The progress page's rows and totals are kept per app process under the cycle's progress version (decision
 * 33). Here two processes' views of one database: `app` and `other` (on PostgreSQL a second connection pool to
 * the same database, as a second app server has; on PGlite, which one process opens, a second handle on the
 * same database, so a second store of kept pages). Each test first reads the page through both, so both keep
 * it, then changes something the page shows, through a command as the product makes it or in plain SQL, and
 * reads the page again through both: the change must show at once.
 */
describe(`the progress page kept between changes, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let otherHandle: DatabaseHandle | null = null;
	let other: Database;
	let cycleId: number;
	let slug: string;
	let secretariat: { id: string; role: 'secretariat'; cityId: null };
	let bergenCoordinator: { id: string; role: 'coordinator'; cityId: number };
	let bergenResponseId: number;
	let corkResponseId: number;
	let otherCycleSlug: string;
	const ids: Record<string, number> = {};

	const filter = (query = '') => parseProgressFilter(new URLSearchParams(query));
	const pageOf = async (db: Database, query = '', cycle = slug) => {
		const progress = await cycleProgress(db, cycle, filter(query));
		if (!progress) throw new Error('cycle not found');
		return progress;
	};
	const rowOf = async (db: Database, city: string, query = '') =>
		(await pageOf(db, query)).rows.find((row) => row.cityName === city);
	/** Reads the page through both processes, so both keep it. */
	const keptByBoth = async (query = '') => {
		await pageOf(app.db, query);
		await pageOf(other, query);
	};
	const both = async <T>(read: (db: Database) => Promise<T>) => [await read(app.db), await read(other)];
	const deps = () => ({ db: app.db, mailer: app.mailer, origin: 'http://localhost:4173' });

	beforeAll(async () => {
		const database = await openTestDatabase();
		app = await createTestApp({ database });
		if (database.url) {
			otherHandle = openDatabase({ url: database.url });
			other = otherHandle.db;
		} else {
			other = drizzle((app.db as unknown as { $client: PGlite }).$client, {
				schema
			}) as unknown as Database;
		}
		const cycle = await buildOpenCycle(app);
		cycleId = cycle.id;
		slug = cycle.slug;
		for (const [name, country] of [
			['Aarhus', 'DK'],
			['Bergen', 'NO'],
			['Cork', 'IE'],
			['Dublin', 'IE'],
			['Espoo', 'FI']
		] as const) {
			ids[name] = (await buildCity(app, { name, countryCode: country })).id;
		}
		secretariat = { id: (await buildPerson(app, 'secretariat')).id, role: 'secretariat', cityId: null };
		const bergenPerson = await buildPerson(app, 'coordinator', ids.Bergen!);
		bergenCoordinator = { id: bergenPerson.id, role: 'coordinator', cityId: ids.Bergen! };
		await buildCycleResponse(app, cycleId, ids.Aarhus!);
		bergenResponseId = (await buildCycleResponse(app, cycleId, ids.Bergen!)).id;
		corkResponseId = (
			await buildCycleResponse(app, cycleId, ids.Cork!, {
				state: 'submitted',
				requiredDone: 20,
				requiredTotal: 20,
				submittedAt: new Date('2026-02-01T09:00:00Z'),
				lastActivityAt: new Date('2026-02-01T09:00:00Z')
			})
		).id;
		// Espoo answers another cycle too: a change to the city shows on both cycles' pages.
		const another = await buildCycle(app, { status: 'open' });
		otherCycleSlug = another.slug;
		await buildCycleResponse(app, another.id, ids.Espoo!);
		await buildCycleResponse(app, cycleId, ids.Espoo!);
	});
	afterAll(async () => {
		await otherHandle?.close();
		await app?.close();
	});

	it('keeps a page while the cycle’s version stands: a change made behind the version’s back is not seen', async () => {
		// Proof that the tests below read kept pages: the version alone decides whether a kept page is used.
		await keptByBoth();
		await keptByBoth('state=submitted');
		const [version] = await app.db
			.select({ version: progressVersions.version })
			.from(progressVersions)
			.where(eq(progressVersions.cycleId, cycleId));
		expect(version?.version).toBeGreaterThan(0);
		await app.db.transaction(async (tx) => {
			await tx.update(responses).set({ requiredDone: 3 }).where(eq(responses.id, corkResponseId));
			await tx
				.update(progressVersions)
				.set({ version: version!.version })
				.where(eq(progressVersions.cycleId, cycleId));
		});
		expect((await rowOf(app.db, 'Cork'))?.requiredDone).toBe(20);
		expect((await rowOf(other, 'Cork', 'state=submitted'))?.requiredDone).toBe(20);
		// The same change with the version moved, as the triggers move it: seen by both.
		await app.db.update(responses).set({ requiredDone: 3 }).where(eq(responses.id, corkResponseId));
		expect((await both((db) => rowOf(db, 'Cork'))).map((row) => row?.requiredDone)).toEqual([3, 3]);
		await app.db.update(responses).set({ requiredDone: 20 }).where(eq(responses.id, corkResponseId));
	});

	it('keeps the totals through a change they do not count, and reads the rows again', async () => {
		// Proof that the totals have a version of their own: a state changed with only that version put back
		// shows in the rows (their version moved) but not in the totals, which only their version decides.
		await keptByBoth();
		const [before] = await app.db
			.select({ totalsVersion: progressVersions.totalsVersion })
			.from(progressVersions)
			.where(eq(progressVersions.cycleId, cycleId));
		await app.db.transaction(async (tx) => {
			await tx.update(responses).set({ state: 'returned' }).where(eq(responses.id, corkResponseId));
			await tx
				.update(progressVersions)
				.set({ totalsVersion: before!.totalsVersion })
				.where(eq(progressVersions.cycleId, cycleId));
		});
		for (const page of await both((db) => pageOf(db))) {
			expect(page.rows.find((row) => row.cityName === 'Cork')?.state).toBe('returned');
			expect(page.totals.byState).toMatchObject({ submitted: 1, returned: 0 });
		}
		// A change the totals do not count (a save's last activity and share done) leaves them kept too; put
		// back as the triggers would write it, the state shows in both.
		await app.db.update(responses).set({ requiredDone: 19 }).where(eq(responses.id, corkResponseId));
		expect((await both((db) => pageOf(db))).map((page) => page.totals.byState.submitted)).toEqual([1, 1]);
		await app.db
			.update(responses)
			.set({ state: 'submitted', requiredDone: 20 })
			.where(eq(responses.id, corkResponseId));
		for (const page of await both((db) => pageOf(db))) {
			expect(page.rows.find((row) => row.cityName === 'Cork')).toMatchObject({
				state: 'submitted',
				requiredDone: 20
			});
			expect(page.totals.byState).toMatchObject({ submitted: 1, returned: 0 });
		}
	});

	it('shows a city’s first saved answer at once: started, its share done, who and when', async () => {
		await keptByBoth();
		await keptByBoth('state=in_progress');
		const before = await both((db) => rowOf(db, 'Bergen'));
		expect(before.map((row) => row?.state)).toEqual(['not_started', 'not_started']);
		const saved = await saveAnswer(app.db, bergenCoordinator, {
			responseId: bergenResponseId,
			itemId: 'c1-rating',
			value: { rating: 'fully', evidence: 'A campaign by the mayor' },
			baseRevision: 0
		});
		expect(saved).toMatchObject({ ok: true });
		for (const row of await both((db) => rowOf(db, 'Bergen'))) {
			expect(row).toMatchObject({ state: 'in_progress', requiredDone: 1 });
			expect(row?.lastActivityAt).not.toBeNull();
			expect(row?.lastActivityBy).toMatch(/^Person /);
		}
		for (const page of await both((db) => pageOf(db, 'state=in_progress'))) {
			expect(page.rows.map((row) => row.cityName)).toEqual(['Bergen']);
			expect(page.totals.byState).toMatchObject({ not_started: 2, in_progress: 1 });
		}
	});

	it('shows a state changed by the secretariat in the rows, the totals and the filtered pages', async () => {
		await keptByBoth();
		await keptByBoth('state=submitted');
		await keptByBoth('state=accepted');
		const accepted = await acceptResponse(deps(), { ...secretariat }, corkResponseId);
		expect(accepted).toEqual({ ok: true });
		for (const db of [app.db, other]) {
			expect((await rowOf(db, 'Cork'))?.state).toBe('accepted');
			expect((await pageOf(db)).totals.byState).toMatchObject({ submitted: 0, accepted: 1 });
			expect((await pageOf(db, 'state=submitted')).rows).toEqual([]);
			expect((await pageOf(db, 'state=accepted')).rows.map((row) => row.cityName)).toEqual(['Cork']);
		}
	});

	it('lists a city invited to the cycle at once, with the count and the country filter', async () => {
		await keptByBoth();
		await keptByBoth('country=IE');
		const invited = await inviteCities(deps(), secretariat, cycleId, [ids.Dublin!]);
		expect(invited).toMatchObject({ ok: true });
		for (const db of [app.db, other]) {
			const page = await pageOf(db);
			expect(page.totals.total).toBe(5);
			expect(page.rows.map((row) => row.cityName)).toContain('Dublin');
			expect((await pageOf(db, 'country=IE')).rows.map((row) => row.cityName)).toEqual(['Cork', 'Dublin']);
		}
	});

	it('shows an extension granted, a city renamed and a person renamed at once', async () => {
		await keptByBoth();
		const granted = await grantExtension(deps(), secretariat, cycleId, {
			cityId: ids.Aarhus!,
			extendedTo: '2099-05-15',
			message: null
		});
		expect(granted).toMatchObject({ ok: true });
		for (const db of [app.db, other]) {
			expect(await rowOf(db, 'Aarhus')).toMatchObject({ deadline: '2099-05-15', extended: true });
			expect((await pageOf(db)).totals.withExtension).toBe(1);
		}

		await keptByBoth();
		const [bergen] = await app.db.select().from(cities).where(eq(cities.id, ids.Bergen!));
		const renamed = await updateCity(app.db, secretariat.id, bergen!.slug, {
			name: 'Bergen kommune',
			countryCode: 'NO',
			population: bergen!.population,
			latitude: bergen!.latitude,
			longitude: bergen!.longitude,
			signedOn: bergen!.signedOn
		});
		expect(renamed).toEqual({ ok: true });
		expect((await both(pageOf)).map((page) => page.rows.map((row) => row.cityName))).toEqual([
			['Aarhus', 'Bergen kommune', 'Cork', 'Dublin', 'Espoo'],
			['Aarhus', 'Bergen kommune', 'Cork', 'Dublin', 'Espoo']
		]);

		// A city moved to another country: the totals by country, the country list and its filter follow.
		await keptByBoth('country=DK');
		const [aarhus] = await app.db.select().from(cities).where(eq(cities.id, ids.Aarhus!));
		const moved = await updateCity(app.db, secretariat.id, aarhus!.slug, {
			name: aarhus!.name,
			countryCode: 'SE',
			population: aarhus!.population,
			latitude: aarhus!.latitude,
			longitude: aarhus!.longitude,
			signedOn: aarhus!.signedOn
		});
		expect(moved).toEqual({ ok: true });
		for (const db of [app.db, other]) {
			const page = await pageOf(db, 'country=SE');
			expect(page.countries).toEqual(['FI', 'IE', 'NO', 'SE']);
			expect(page.rows.map((row) => row.cityName)).toEqual(['Aarhus']);
			expect(page.paging.total).toBe(1);
			expect((await pageOf(db, 'country=DK')).paging.total).toBe(0);
		}

		await keptByBoth();
		// As the account settings change a person's name (better-auth's update of the user's row).
		await app.db.update(user).set({ name: 'Kari Nordmann' }).where(eq(user.id, bergenCoordinator.id));
		expect((await both((db) => rowOf(db, 'Bergen kommune'))).map((row) => row?.lastActivityBy)).toEqual([
			'Kari Nordmann',
			'Kari Nordmann'
		]);
	});

	it('takes saves of many cities of one cycle at once, each waiting its turn for the cycle’s row', async () => {
		const busy = await buildOpenCycle(app);
		const savers = await Promise.all(
			Array.from({ length: 6 }, async (_, index) => {
				const city = await buildCity(app, { name: `Busy ${index}`, countryCode: 'SE' });
				const person = await buildPerson(app, 'coordinator', city.id);
				const response = await buildCycleResponse(app, busy.id, city.id);
				return { actor: { id: person.id, role: 'coordinator' as const, cityId: city.id }, response };
			})
		);
		await pageOf(app.db, '', busy.slug);
		await pageOf(other, '', busy.slug);
		const saved = await Promise.all(
			savers.map(({ actor, response }) =>
				saveAnswer(app.db, actor, {
					responseId: response.id,
					itemId: 'c1-rating',
					value: { rating: 'partly', evidence: 'A plan' },
					baseRevision: 0
				})
			)
		);
		expect(saved.map((result) => result.ok)).toEqual(savers.map(() => true));
		for (const db of [app.db, other]) {
			const page = await pageOf(db, '', busy.slug);
			expect(page.totals.byState.in_progress).toBe(6);
			expect(page.rows.map((row) => row.requiredDone)).toEqual([1, 1, 1, 1, 1, 1]);
		}
	});

	it('drops a removed response, and a city removed from every cycle it answered', async () => {
		await keptByBoth();
		await pageOf(app.db, '', otherCycleSlug);
		await pageOf(other, '', otherCycleSlug);
		// An operator's plain SQL, as a command would: the database's triggers move the version, not the code.
		await app.db.execute(sql`delete from responses where id = ${bergenResponseId}`);
		for (const db of [app.db, other]) {
			expect((await pageOf(db)).rows.map((row) => row.cityName)).not.toContain('Bergen kommune');
			expect((await pageOf(db)).totals.total).toBe(4);
		}
		await app.db.delete(cities).where(eq(cities.id, ids.Espoo!));
		for (const db of [app.db, other]) {
			expect((await pageOf(db)).rows.map((row) => row.cityName)).toEqual(['Aarhus', 'Cork', 'Dublin']);
			expect((await pageOf(db, '', otherCycleSlug)).totals.total).toBe(0);
		}
	});

	it('shows the page itself with the new figures, and a cycle with responses can still be deleted', async () => {
		const page = async () =>
			(await load({
				locals: { app, locale: 'en', user: { ...secretariat, name: 'S', email: 's@x' } },
				params: { cycle: slug },
				url: new URL(`http://localhost/admin/cycles/${slug}`)
			} as unknown as Parameters<typeof load>[0])) as {
				rows: { value: { cityName: string; state: string }[] };
				totals: { handedIn: number };
			};
		const before = await page();
		expect(before.totals.handedIn).toBe(1);
		await app.db
			.update(responses)
			.set({ state: 'submitted', submittedAt: new Date() })
			.where(eq(responses.cityId, ids.Dublin!));
		const after = await page();
		expect(after.totals.handedIn).toBe(2);
		expect(after.rows.value.find((row) => row.cityName === 'Dublin')?.state).toBe('submitted');

		await app.db.delete(cycles).where(eq(cycles.id, cycleId));
		expect(await cycleProgress(app.db, slug, filter())).toBeNull();
		expect(await cycleProgress(other, slug, filter())).toBeNull();
	});
});
