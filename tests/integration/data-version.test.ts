import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { updateCity } from '$lib/server/commands/update-city';
import { answers, cycles, practices } from '$lib/server/db/schema';
import { dataVersionSource, readDataVersion } from '$lib/server/page-cache/data-version';
import {
	buildAnsweredResponse,
	buildCity,
	buildCycle,
	buildOpenResponse,
	buildPerson,
	buildPractice,
	rating
} from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** Tables the public pages read: a change to any of them must make kept public pages old. */
const PUBLIC_TABLES = ['answers', 'cities', 'cycles', 'practices', 'report_sections', 'responses'];
/**
 * Tables no public page reads, and why. A new table must be added to one list or the other (with a trigger
 * in a migration when it is public): this test fails until it is.
 */
const NOT_PUBLIC: Record<string, string> = {
	__drizzle_migrations: 'migrations bookkeeping',
	account: 'sign-in credentials',
	answer_history: 'every saved value, seen by the city and the secretariat only',
	app_settings: 'the generated session secret',
	audit_log: 'the secretariat’s audit trail',
	data_version: 'the counter itself',
	invitations: 'pending account invitations',
	kept_submissions: 'forms kept for people whose session ended',
	outbox: 'e-mails sent',
	progress_versions: 'the secretariat’s progress page’s own count of changes per cycle (decision 33)',
	questionnaire_versions: 'the secretariat’s questionnaire drafts; a cycle keeps its own snapshot',
	rate_limit: 'better-auth’s request counts',
	reminder_schedule_points: 'the secretariat’s reminder settings',
	reminder_sends: 'reminders already sent',
	report_section_history: 'earlier versions of chapters, seen in the report builder',
	review_messages: 'the review conversation between a city and the secretariat',
	review_threads: 'the review conversation between a city and the secretariat',
	section_assignments: 'who in a city answers which section',
	session: 'sessions',
	sign_in_failures: 'failed sign-in counts',
	stored_files:
		'attachments and printed PDFs, served by their own routes (a published report’s PDF never changes)',
	user: 'accounts',
	verification: 'e-mail link and reset tokens'
};

describe(`the data version of public pages on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariatId: string;
	const version = () => readDataVersion(app.db);
	const names = async (query: SQL) =>
		((await app.db.execute(query)) as unknown as { rows: { name: string }[] }).rows
			.map((row) => row.name)
			.sort();

	beforeAll(async () => {
		app = await createTestApp();
		secretariatId = (await buildPerson(app, 'secretariat')).id;
	});
	afterAll(async () => {
		await app?.close();
	});

	it('knows every table: the public ones carry the trigger, the others are listed with a reason', async () => {
		const tables = await names(
			sql`select table_name as name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'`
		);
		const unclassified = tables.filter((name) => !PUBLIC_TABLES.includes(name) && !(name in NOT_PUBLIC));
		expect(unclassified, 'tables in neither list').toEqual([]);
		const triggered = await names(
			sql`select distinct event_object_table as name from information_schema.triggers
				where action_statement like '%data_version%'`
		);
		expect(triggered).toEqual(PUBLIC_TABLES);
	});

	it('changes with a city edit, in the same transaction', async () => {
		const city = await buildCity(app, { slug: 'ghent', name: 'Ghent', countryCode: 'BE' });
		const before = await version();
		const result = await updateCity(app.db, secretariatId, 'ghent', {
			name: 'Gent',
			countryCode: 'BE',
			population: city.population,
			latitude: city.latitude,
			longitude: city.longitude,
			signedOn: city.signedOn
		});
		expect(result.ok).toBe(true);
		expect(await version()).toBeGreaterThan(before);

		// A change that is rolled back changes nothing, the version included.
		const rolledBack = await version();
		await expect(
			app.db.transaction(async (tx) => {
				await tx.update(practices).set({ title: 'never' });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		expect(await version()).toBe(rolledBack);
	});

	it('changes when a practice is published, and when a cycle is', async () => {
		const city = await buildCity(app);
		const practice = await buildPractice(app, city.id, { status: 'draft' });
		const before = await version();
		await app.db.update(practices).set({ status: 'published' }).where(eq(practices.id, practice.id));
		expect(await version()).toBeGreaterThan(before);

		const cycle = await buildCycle(app, { status: 'closed' });
		const closed = await version();
		await app.db.update(cycles).set({ status: 'published' }).where(eq(cycles.id, cycle.id));
		expect(await version()).toBeGreaterThan(closed);
	});

	it('does not change with the autosaves of an open cycle, which the public never sees', async () => {
		const city = await buildCity(app);
		const { response } = await buildOpenResponse(app, city.id);
		const coordinator = {
			id: (await buildPerson(app, 'coordinator', city.id)).id,
			role: 'coordinator' as const,
			cityId: city.id
		};
		const before = await version();
		const saved = await saveAnswer(app.db, coordinator, {
			responseId: response.id,
			itemId: 'c1-rating',
			value: rating('fully', 'A campaign by the mayor'),
			baseRevision: 0
		});
		expect(saved.ok).toBe(true);
		expect(await version()).toBe(before);
	});

	it('changes when an answer of a published cycle changes', async () => {
		const city = await buildCity(app);
		const cycle = await buildCycle(app, { status: 'published' });
		const response = await buildAnsweredResponse(app, cycle.id, city.id, 'accepted', {
			'c1-rating': rating('partly')
		});
		const before = await version();
		await app.db
			.update(answers)
			.set({ value: rating('fully') })
			.where(eq(answers.responseId, response.id));
		expect(await version()).toBeGreaterThan(before);
	});

	it('is known to the process before the command that changed it returns', async () => {
		const source = dataVersionSource(app.db, app.driver);
		// PGlite's source starts listening; PostgreSQL's reads the row each time.
		let known = await source.current();
		for (let attempt = 0; known === null && attempt < 50; attempt++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			known = await source.current();
		}
		expect(known).not.toBeNull();
		const city = await buildCity(app, { slug: 'oulu', name: 'Oulu' });
		const before = await source.current();
		await updateCity(app.db, secretariatId, 'oulu', {
			name: 'Uleåborg',
			countryCode: 'FI',
			population: city.population,
			latitude: city.latitude,
			longitude: city.longitude,
			signedOn: city.signedOn
		});
		// No waiting here: the next request after the command must already see a new version.
		expect(await source.current()).not.toBe(before);
	});
});
