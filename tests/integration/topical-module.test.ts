import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleItemResult, ModuleResult } from '$lib/domain/analysis/module-results';
import { charterQuestionnaire2026WithUkraine } from '$lib/domain/questionnaire/charter-questionnaire';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { addReportSection } from '$lib/server/commands/change-report-outline';
import { reportDocx } from '$lib/server/exports/report-docx';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { cycles } from '$lib/server/db/schema';
import { publishedReportDocument } from '$lib/server/public';
import { reportDocumentForSecretariat, type ReportBlock } from '$lib/server/report/report-document';
import { load as loadModules } from '../../src/routes/admin/cycles/[cycle]/analysis/modules/+page.server';
import * as outlinePage from '../../src/routes/admin/cycles/[cycle]/report/+page.server';
import { buildAnsweredResponse, buildCity, buildCycle, buildPerson, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/**
 * A cycle that asks the Ukraine module: its answers in the secretariat's analysis and in a report part placed
 * in the builder, and what the disclosure rules leave of them in the report (the preview and the public one).
 */

const withModule = {
	questionnaireVersion: charterQuestionnaire2026WithUkraine.version,
	questionnaire: charterQuestionnaire2026WithUkraine
};
const moduleAnswers = (received: number, lessons: string, housingNow = 'own_homes') => ({
	'c1-rating': rating('fully', 'Campaign'),
	'ukraine-people-received': { value: received, year: 2024, source: `Register of ${lessons}` },
	'ukraine-housing-kinds': ['reception_centres', 'private_hosts'],
	'ukraine-housing-now': housingNow,
	'ukraine-lessons': `Lessons of ${lessons}`
});

function item(modules: ModuleResult[], id: string): ModuleItemResult {
	const found = modules.flatMap((m) => m.sections.flatMap((s) => s.items)).find((i) => i.id === id);
	if (!found) throw new Error(`no item ${id}`);
	return found;
}
/** The text of a report's DOCX, as Word would show it (the document's XML without its tags). */
async function docxText(report: Parameters<typeof reportDocx>[0]): Promise<string> {
	const zip = await JSZip.loadAsync(await reportDocx(report, 'en'));
	return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
}
const moduleBlock = (blocks: ReportBlock[]) => {
	const block = blocks.find((b) => b.kind === 'module-results');
	if (!block || block.kind !== 'module-results') throw new Error('no module part');
	return block;
};

describe(`a cycle with a topical module on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: Actor;
	const user = () => ({ id: secretariat.id, name: 'S', email: 's@x', role: 'secretariat', cityId: null });
	const event = (path: string, method = 'GET', body?: FormData) => {
		const url = new URL(`http://localhost${path}`);
		return {
			locals: { app, locale: 'en', user: user() },
			params: { cycle: url.pathname.split('/')[3] },
			request: new Request(url, { method, ...(body ? { body } : {}) }),
			url
		} as never;
	};
	/** Places the module part while the cycle is closed, then publishes it (a published report is frozen). */
	async function placeAndPublish(cycleId: number) {
		const placed = await addReportSection(
			app.db,
			secretariat,
			cycleId,
			{ kind: 'module-results', title: null },
			null
		);
		expect(placed).toMatchObject({ ok: true });
		await app.db.update(cycles).set({ status: 'published' }).where(eq(cycles.id, cycleId));
	}
	const modulesPage = async (path: string) =>
		(await loadModules(event(path))) as Exclude<Awaited<ReturnType<typeof loadModules>>, void>;

	let few: { id: number; slug: string };
	let many: { id: number; slug: string };

	beforeAll(async () => {
		app = await createTestApp();
		const person = await buildPerson(app, 'secretariat');
		secretariat = { id: person.id, role: 'secretariat', cityId: null };
		const city = (name: string, countryCode: string) =>
			buildCity(app, { slug: `m-${name.toLowerCase()}`, name, countryCode });

		// Three cities answered: fewer than the smallest group the public may see an aggregate of.
		few = await buildCycle(app, { slug: 'm-few', name: 'Module survey', status: 'open', ...withModule });
		const riga = await city('Riga', 'LV');
		const milan = await city('Milan', 'IT');
		const ghent = await city('Ghent', 'BE');
		const drafting = await city('Drafting', 'BE');
		await buildAnsweredResponse(
			app,
			few.id,
			riga.id,
			'accepted',
			moduleAnswers(9000, 'Riga', 'hosted_or_temporary')
		);
		await buildAnsweredResponse(app, few.id, milan.id, 'submitted', moduleAnswers(6000, 'Milan'));
		await buildAnsweredResponse(app, few.id, ghent.id, 'accepted', moduleAnswers(2000, 'Ghent'));
		// Still being filled in: it does not count, as for the ratings.
		await buildAnsweredResponse(app, few.id, drafting.id, 'in_progress', moduleAnswers(1, 'Drafting'));

		// Six cities answered a cycle, published later, whose city answers are not public.
		many = await buildCycle(app, {
			slug: 'm-many',
			name: 'Module report',
			status: 'closed',
			cityAnswersPublic: false,
			...withModule
		});
		for (const [index, name] of ['Oslo', 'Oulu', 'Brno', 'Espoo', 'Turku', 'Lyon'].entries()) {
			const responding = await city(name, 'FI');
			await buildAnsweredResponse(
				app,
				many.id,
				responding.id,
				'accepted',
				moduleAnswers(100 * (index + 1), name)
			);
		}
	});
	afterAll(async () => app.close());

	it('shows the module’s answers in the analysis, grouped under its title', async () => {
		const page = await modulesPage('/admin/cycles/m-few/analysis/modules');
		expect(page.responding).toBe(3);
		expect(page.modules.map((m) => [m.title, m.answeringCities])).toEqual([
			['Receiving people who fled the war in Ukraine', 3]
		]);
		expect(item(page.modules, 'ukraine-housing-now')).toMatchObject({
			kind: 'counts',
			answered: 3,
			options: [
				{ value: 'own_homes', count: 2 },
				{ value: 'hosted_or_temporary', count: 1 },
				{ value: 'not_known', count: 0 }
			]
		});
		expect(item(page.modules, 'ukraine-people-received')).toMatchObject({
			kind: 'figures',
			answered: 3,
			sum: 17000,
			median: 6000,
			cities: [
				{ cityName: 'Ghent', value: 2000, year: 2024, source: 'Register of Ghent' },
				{ cityName: 'Milan', value: 6000, year: 2024, source: 'Register of Milan' },
				{ cityName: 'Riga', value: 9000, year: 2024, source: 'Register of Riga' }
			]
		});
		expect(item(page.modules, 'ukraine-lessons')).toMatchObject({
			kind: 'texts',
			cities: [
				{ cityName: 'Ghent', text: 'Lessons of Ghent' },
				{ cityName: 'Milan', text: 'Lessons of Milan' },
				{ cityName: 'Riga', text: 'Lessons of Riga' }
			]
		});
	});

	it('follows the analysis filters', async () => {
		const page = await modulesPage('/admin/cycles/m-few/analysis/modules?country=LV');
		expect(page.header).toMatchObject({ shown: 1, filtered: true });
		expect(item(page.modules, 'ukraine-people-received')).toMatchObject({ answered: 1, sum: 9000 });
	});

	it('offers the module part in the report builder only for a cycle whose questionnaire has a module', async () => {
		const outline = async (slug: string) =>
			(
				(await outlinePage.load(event(`/admin/cycles/${slug}/report`))) as { missing: { kind: string }[] }
			).missing.map((part) => part.kind);
		expect(await outline('m-few')).toContain('module-results');
		const plain = await buildCycle(app, { slug: 'm-plain', status: 'open' });
		expect(await outline(plain.slug)).not.toContain('module-results');
	});

	it('withholds a question too few cities answered in a placed report part, and names no city', async () => {
		expect(
			await addReportSection(app.db, secretariat, few.id, { kind: 'module-results', title: null }, null)
		).toMatchObject({
			ok: true
		});
		const report = await reportDocumentForSecretariat(app.db, 'm-few', 'en');
		const block = moduleBlock(report!.blocks);
		expect(block).toMatchObject({ title: 'Topical modules', aggregatesOnly: true, responding: 3 });
		const received = item(block.modules, 'ukraine-people-received');
		expect(received).toMatchObject({ withheld: true, sum: null, median: null, cities: [] });
		const now = item(block.modules, 'ukraine-housing-now');
		expect(now.withheld).toBe(true);
		expect(now.kind === 'counts' && now.options.every((option) => option.count === 0)).toBe(true);
		const text = JSON.stringify(block);
		for (const name of ['Riga', 'Milan', 'Ghent']) expect(text).not.toContain(name);
	});

	it('shows the public the aggregates of enough cities, without any city’s own figure or text', async () => {
		await placeAndPublish(many.id);
		const report = await publishedReportDocument(app.db, 'm-many', 'en');
		const block = moduleBlock(report!.blocks);
		expect(block.aggregatesOnly).toBe(true);
		expect(item(block.modules, 'ukraine-people-received')).toMatchObject({
			withheld: false,
			answered: 6,
			sum: 2100,
			median: 350,
			cities: []
		});
		expect(item(block.modules, 'ukraine-housing-kinds')).toMatchObject({
			withheld: false,
			options: expect.arrayContaining([expect.objectContaining({ value: 'reception_centres', count: 6 })])
		});
		expect(item(block.modules, 'ukraine-lessons')).toMatchObject({ answered: 6, cities: [] });
		expect(JSON.stringify(block)).not.toContain('Lessons of');
		const docx = await docxText(report!);
		expect(docx).toContain('Receiving people who fled the war in Ukraine');
		expect(docx).toContain('2,100');
		expect(docx).not.toContain('Lessons of');
	});

	it('shows each city’s figure and text in the report once the cycle’s city answers are public', async () => {
		const open = await buildCycle(app, {
			slug: 'm-public',
			status: 'closed',
			cityAnswersPublic: true,
			...withModule
		});
		const oslo = await buildCity(app, { slug: 'm-public-oslo', name: 'Public Oslo' });
		await buildAnsweredResponse(app, open.id, oslo.id, 'accepted', moduleAnswers(500, 'Public Oslo'));
		await placeAndPublish(open.id);
		const report = await publishedReportDocument(app.db, 'm-public', 'en');
		const block = moduleBlock(report!.blocks);
		expect(block.aggregatesOnly).toBe(false);
		expect(item(block.modules, 'ukraine-people-received')).toMatchObject({
			cities: [{ cityName: 'Public Oslo', value: 500, year: 2024, source: 'Register of Public Oslo' }]
		});
		expect(item(block.modules, 'ukraine-lessons')).toMatchObject({
			cities: [{ cityName: 'Public Oslo', text: 'Lessons of Public Oslo' }]
		});
		const docx = await docxText(report!);
		expect(docx).toContain('Register of Public Oslo');
		expect(docx).toContain('Lessons of Public Oslo');
	});
});
