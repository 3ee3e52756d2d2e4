import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { itemsOf, type Item } from '$lib/domain/questionnaire/definition';
import { addModule, addSection, removeItem, replaceItem } from '$lib/domain/questionnaire-editor/edits';
import { missingTexts, withTranslations } from '$lib/domain/questionnaire-editor/translations';
import type { AppContext } from '$lib/server/app';
import { copyQuestionnaireVersion } from '$lib/server/commands/copy-questionnaire-version';
import { createCycle } from '$lib/server/commands/create-cycle';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { setRequiredLanguages } from '$lib/server/commands/set-required-languages';
import { transitionCycle } from '$lib/server/commands/transition-cycle';
import { answers, auditLog, cycles, questionnaireVersions } from '$lib/server/db/schema';
import { questionnaireVersion } from '$lib/server/reads/questionnaire-versions';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { buildCity, buildCycle, buildCycleResponse, buildPerson, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const firstRating = itemsOf(currentQuestionnaire).find(({ item }) => item.type === 'rating')!.item;
const someText = itemsOf(currentQuestionnaire).find(({ item }) => item.type === 'text')!.item;

describe(`the questionnaire editor's versions on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: { id: string; role: 'secretariat' };
	let copies = 0;

	/** A fresh draft copy of the current version. */
	const copy = async () => {
		copies += 1;
		const version = `charter-2030.${copies}`;
		const result = await copyQuestionnaireVersion(app.db, secretariat, {
			source: currentQuestionnaire.version,
			version
		});
		expect(result).toEqual({ ok: true, version });
		return version;
	};
	const revisionOf = async (version: string) => (await questionnaireVersion(app.db, version))!.revision;
	const edit = async (
		version: string,
		change: Parameters<typeof editQuestionnaireVersion>[4],
		revision?: number
	) =>
		editQuestionnaireVersion(app.db, secretariat, version, revision ?? (await revisionOf(version)), change, {
			kind: 'itemChanged',
			detail: {}
		});
	const cycleInput = (slug: string, version: string) => ({
		name: slug,
		slug,
		periodStart: '2030-07-01',
		periodEnd: '2032-06-30',
		questionnaireVersion: version,
		opensOn: '2032-07-01',
		deadline: '2032-12-31',
		cityAnswersPublic: false,
		note: null
	});

	beforeAll(async () => {
		app = await createTestApp();
		secretariat = { id: (await buildPerson(app, 'secretariat')).id, role: 'secretariat' };
	}, 120_000);
	afterAll(async () => {
		await app?.close();
	});

	it('loads the built-in versions as frozen, and a frozen version cannot change', async () => {
		const stored = await questionnaireVersion(app.db, currentQuestionnaire.version);
		expect(stored?.status).toBe('frozen');
		expect(stored?.definition).toEqual(currentQuestionnaire);
		expect(await edit(currentQuestionnaire.version, (d) => removeItem(d, someText.id))).toEqual({
			ok: false,
			error: 'frozen'
		});
		expect((await questionnaireVersion(app.db, currentQuestionnaire.version))?.definition).toEqual(
			currentQuestionnaire
		);
	});

	it('freezes a draft once a cycle is created with it, and then refuses every change', async () => {
		const version = await copy();
		expect((await questionnaireVersion(app.db, version))?.status).toBe('draft');
		const created = await createCycle(app.db, secretariat, cycleInput('frozen-by-cycle', version));
		expect(created.ok).toBe(true);
		expect((await questionnaireVersion(app.db, version))?.status).toBe('frozen');
		expect(await edit(version, (d) => removeItem(d, someText.id))).toEqual({ ok: false, error: 'frozen' });
	});

	it('refuses removing or retyping a core commitment rating, and records a new wording', async () => {
		const version = await copy();
		const removed = await edit(version, (d) => removeItem(d, firstRating.id));
		expect(removed).toEqual({
			ok: false,
			error: 'core',
			issues: [{ itemId: firstRating.id, commitment: 1, problem: 'removed' }]
		});
		const retyped = await edit(version, (d) =>
			replaceItem(d, firstRating.id, {
				id: firstRating.id,
				type: 'text',
				multiline: true,
				label: firstRating.label,
				required: true
			} as Item)
		);
		expect(retyped).toMatchObject({ ok: false, error: 'core' });
		const stored = await questionnaireVersion(app.db, version);
		expect(itemsOf(stored!.definition).find(({ item }) => item.id === firstRating.id)?.item).toEqual(
			firstRating
		);

		const reworded = await edit(version, (d) =>
			replaceItem(d, firstRating.id, { ...firstRating, label: { en: 'A new wording of commitment 1' } })
		);
		expect(reworded.ok).toBe(true);
		const entries = await app.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.subjectId, version))
			.orderBy(auditLog.id);
		expect(entries.map((e) => e.action)).toEqual([
			'questionnaire_version.copied',
			'questionnaire_version.item_changed'
		]);
		expect(entries[1]?.after).toMatchObject({
			// Every language the rating was written in: each old translation said the old wording.
			coreReworded: [{ itemId: firstRating.id, commitment: 1, locales: Object.keys(firstRating.label) }]
		});
	});

	it('refuses a save made on a stale revision and keeps the version as it was', async () => {
		const version = await copy();
		const seen = await revisionOf(version);
		expect((await edit(version, (d) => removeItem(d, someText.id), seen)).ok).toBe(true);
		const stale = await edit(version, (d) => addModule(d, { id: 'late', title: { en: 'Too late' } }), seen);
		expect(stale).toEqual({ ok: false, error: 'stale', revision: seen + 1 });
		expect((await questionnaireVersion(app.db, version))?.definition.modules).toBeUndefined();
		expect(await setRequiredLanguages(app.db, secretariat, version, seen, ['fr'])).toEqual({
			ok: false,
			error: 'stale',
			revision: seen + 1
		});
	});

	it('refuses a whole definition that does not validate', async () => {
		const version = await copy();
		const result = await edit(version, (d) =>
			addSection(d, {
				id: 'orphan',
				title: { en: 'Orphan' },
				module: 'no-such-module',
				items: [{ id: 'orphan-q', type: 'text', multiline: false, label: { en: 'Q' }, required: false }]
			})
		);
		expect(result).toMatchObject({
			ok: false,
			error: 'invalid',
			issues: [{ path: 'sections.' + currentQuestionnaire.sections.length + '.module' }]
		});
	});

	it('will not open a cycle with a version lacking texts in a language marked required', async () => {
		const version = await copy();
		const withModule = await edit(version, (d) => {
			const added = addModule(d, { id: 'ukraine', title: { en: 'Ukraine' } });
			if (!added.ok) return added;
			return addSection(added.definition, {
				id: 'ukraine-housing',
				title: { en: 'Housing' },
				module: 'ukraine',
				items: [
					{
						id: 'ukraine-housing-kind',
						type: 'text',
						multiline: false,
						label: { en: 'How?' },
						required: false
					}
				]
			});
		});
		expect(withModule.ok).toBe(true);
		expect(
			(await setRequiredLanguages(app.db, secretariat, version, await revisionOf(version), ['fr'])).ok
		).toBe(true);
		// Creating the cycle would freeze a version that can no longer be completed.
		expect(await createCycle(app.db, secretariat, cycleInput('lacks-french', version))).toEqual({
			ok: false,
			error: 'missing_translations'
		});
		// A draft cycle holding such a snapshot (made before the language was required) cannot open either.
		const stored = await questionnaireVersion(app.db, version);
		const cycle = await buildCycle(app, {
			status: 'draft',
			questionnaireVersion: version,
			questionnaire: stored!.definition
		});
		const refused = await transitionCycle(app.db, secretariat, cycle.id, 'open', 'draft');
		expect(refused).toMatchObject({ ok: false, reason: 'missing_translations', missing: [{ locale: 'fr' }] });
		expect((await questionnaireVersion(app.db, version))?.status).toBe('draft');

		// Every French text filled: the cycle opens and the version is frozen.
		const everyFrench = (d: typeof currentQuestionnaire) => {
			const texts: Record<string, string> = {};
			for (const { key } of missingTexts(d, 'fr')) texts[key] = `FR ${key}`;
			return withTranslations(d, 'fr', texts);
		};
		expect((await edit(version, (d) => ({ ok: true, definition: everyFrench(d) }))).ok).toBe(true);
		const complete = await questionnaireVersion(app.db, version);
		await app.db.update(cycles).set({ questionnaire: complete!.definition }).where(eq(cycles.id, cycle.id));
		expect(await transitionCycle(app.db, secretariat, cycle.id, 'open', 'draft')).toEqual({
			ok: true,
			from: 'draft',
			to: 'open'
		});
		expect((await questionnaireVersion(app.db, version))?.status).toBe('frozen');
	});

	it('keeps last period’s answer beside a kept id, and not beside a new id', async () => {
		const city = await buildCity(app);
		const earlier = await buildCycle(app, {
			status: 'published',
			periodStart: '2026-07-01',
			periodEnd: '2028-06-30',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		const answered = await buildCycleResponse(app, earlier.id, city.id, { state: 'accepted' });
		await app.db.insert(answers).values([
			{ responseId: answered.id, itemId: firstRating.id, value: rating('partly', 'kept id'), revision: 1 },
			{ responseId: answered.id, itemId: someText.id, value: 'an answer to the old meaning', revision: 1 }
		]);

		const version = await copy();
		const renamed = await edit(version, (d) =>
			replaceItem(d, someText.id, { ...someText, id: 'a-new-meaning', label: { en: 'A different question' } })
		);
		expect(renamed.ok).toBe(true);
		const created = await createCycle(app.db, secretariat, cycleInput('with-copy', version));
		if (!created.ok) throw new Error(created.error);
		await transitionCycle(app.db, secretariat, created.id, 'open', 'draft');
		await buildCycleResponse(app, created.id, city.id, { state: 'in_progress' });

		const view = await responseForCity(app.db, 'with-copy', city.id);
		expect(view?.previous?.answers[firstRating.id]).toEqual(rating('partly', 'kept id'));
		expect(view?.previous?.answers['a-new-meaning']).toBeUndefined();
		const items = itemsOf(view!.context.definition).map(({ item }) => item.id);
		expect(items).toContain('a-new-meaning');
		expect(items).not.toContain(someText.id);
	});

	it('lists the table’s versions to the cycle form, drafts included', async () => {
		const rows = await app.db.select({ version: questionnaireVersions.version }).from(questionnaireVersions);
		expect(rows.map((r) => r.version)).toEqual(
			expect.arrayContaining([currentQuestionnaire.version, 'charter-2024.1', 'charter-2030.1'])
		);
	});
});
