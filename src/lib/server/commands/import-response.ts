import { and, eq, inArray } from 'drizzle-orm';
import { itemsOf, validateDraftAnswer, type Definition } from '$lib/domain/questionnaire';
import { canCoordinate, isEditable, type Actor, type ResponseFacts } from '$lib/domain/response-access';
import { sameValue } from '$lib/domain/same-value';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { answerHistory, answers, user } from '../db/schema';
import { readAnswerSheet, type ImportError } from '../imports/response-workbook';
import { answersFromRows } from '../imports/sheet-answers';
import { lockedResponseContext, responseContext } from '../reads/response-context';
import { recordActivity, writeAnswer } from '../write-answer';

/**
 * An item the file changes that someone else changed since the file was made: both versions go to the
 * person, who chooses. `current.revision` is what a choice for the file's value must still find.
 */
export interface ImportConflict {
	itemId: string;
	fileValue: unknown;
	current: { value: unknown; revision: number; savedBy: string | null; savedAt: string };
}

export type ImportResult =
	| { ok: true; changed: number; conflicts: ImportConflict[] }
	| { ok: false; reason: 'invalid'; errors: ImportError[] }
	| { ok: false; reason: 'forbidden' | 'not_found' };

function mayImport(actor: Actor, response: ResponseFacts): boolean {
	// A returned response reopens only the queried items: a whole-file upload would overwrite the others.
	return canCoordinate(actor, response) && isEditable(response) && response.state !== 'returned';
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The current answers of a response, with the name of whoever saved each. */
async function currentAnswers(tx: Transaction, responseId: number) {
	const rows = await tx
		.select({
			itemId: answers.itemId,
			value: answers.value,
			revision: answers.revision,
			savedBy: user.name,
			savedAt: answers.updatedAt
		})
		.from(answers)
		.leftJoin(user, eq(user.id, answers.updatedBy))
		.where(eq(answers.responseId, responseId));
	return new Map(rows.map((row) => [row.itemId, row]));
}
type Current = Awaited<ReturnType<typeof currentAnswers>> extends Map<string, infer R> ? R : never;

function conflictOf(itemId: string, fileValue: unknown, current: Current | undefined): ImportConflict {
	return {
		itemId,
		fileValue,
		current: {
			value: current?.value ?? null,
			revision: current?.revision ?? 0,
			savedBy: current?.savedBy ?? null,
			savedAt: (current?.savedAt ?? new Date(0)).toISOString()
		}
	};
}

/** In the questionnaire's order, so the page lists conflicts as the person meets the questions. */
function inOrder(definition: Definition, conflicts: ImportConflict[]): ImportConflict[] {
	const order = new Map(itemsOf(definition).map(({ item }, index) => [item.id, index]));
	return conflicts.sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
}

/**
 * Saves the answers of a filled spreadsheet (coordinator only), item by item against the revision the file
 * was made from (its hidden sheet "Revisions"; a file without it, or made for another response, counts as
 * made from revision 0, when no item had an answer):
 * - the file's value is the current value: nothing to do;
 * - the item is unchanged since the file was made: the file's value is saved as a new revision;
 * - the item changed since, but the file still has the value it was made with: the newer value stands, as on
 *   the answer pages. So a cell left blank never clears a colleague's later answer;
 * - the item changed since and the file changes it too: a conflict, not saved, returned to choose from.
 * All or nothing for problems: one invalid cell anywhere and nothing is written.
 */
export async function importResponse(
	db: Database,
	actor: Actor,
	responseId: number,
	buffer: Uint8Array
): Promise<ImportResult> {
	const before = await responseContext(db, responseId);
	if (!before) return { ok: false, reason: 'not_found' };
	if (!mayImport(actor, before)) return { ok: false, reason: 'forbidden' };
	// Unpacking the file is the slow part: it happens before the response is locked.
	const sheet = await readAnswerSheet(buffer);
	if (!sheet.ok) return { ok: false, reason: 'invalid', errors: sheet.errors };
	const madeFrom = sheet.madeFrom?.responseId === responseId ? sheet.madeFrom.revisions : new Map();

	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!mayImport(actor, context)) return { ok: false, reason: 'forbidden' } as const;
		const stored = await currentAnswers(tx, responseId);
		const read = answersFromRows(context.definition, sheet.rows, {
			cycleStartYear: context.cycleStartYear,
			cycleEndYear: context.cycleEndYear
		});
		if (!read.ok) return { ok: false, reason: 'invalid', errors: read.errors } as const;

		const toWrite: [string, unknown, number][] = [];
		const changedSince: { itemId: string; value: unknown; base: number }[] = [];
		for (const [itemId, value] of Object.entries(read.values)) {
			const current = stored.get(itemId);
			if (sameValue(current?.value, value)) continue;
			const base = madeFrom.get(itemId) ?? 0;
			const revision = current?.revision ?? 0;
			if (base === revision) toWrite.push([itemId, value, revision + 1]);
			else changedSince.push({ itemId, value, base });
		}
		const made = await valuesMadeFrom(tx, responseId, changedSince);
		const conflicts = changedSince
			.filter(({ itemId, value }) => !(made.has(itemId) && sameValue(made.get(itemId), value)))
			.map(({ itemId, value }) => conflictOf(itemId, value, stored.get(itemId)));

		const now = new Date();
		for (const [itemId, value, revision] of toWrite)
			await writeAnswer(tx, {
				responseId,
				itemId,
				value,
				revision,
				source: 'import',
				actorId: actor.id,
				at: now
			});
		const changed = toWrite.length;
		// An upload that changes nothing does not start the response; it is still recorded.
		const state = changed > 0 ? await recordActivity(tx, context, actor.id, now) : context.state;
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.imported',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state, items: Object.keys(read.values).length, changed, conflicts: conflicts.length }
		});
		return { ok: true, changed, conflicts: inOrder(context.definition, conflicts) } as const;
	});
}

/**
 * The value each item had at the revision the file was made from (revision 0: no answer). An item whose
 * revision is not in its history (a file from elsewhere) is left out: its value is unknown.
 */
async function valuesMadeFrom(
	tx: Transaction,
	responseId: number,
	items: { itemId: string; base: number }[]
): Promise<Map<string, unknown>> {
	const made = new Map<string, unknown>(items.filter((i) => i.base === 0).map((i) => [i.itemId, null]));
	const older = items.filter((i) => i.base > 0);
	if (older.length === 0) return made;
	const rows = await tx
		.select({ itemId: answerHistory.itemId, revision: answerHistory.revision, value: answerHistory.value })
		.from(answerHistory)
		.where(
			and(
				eq(answerHistory.responseId, responseId),
				inArray(
					answerHistory.itemId,
					older.map((i) => i.itemId)
				)
			)
		);
	for (const { itemId, base } of older) {
		const row = rows.find((r) => r.itemId === itemId && r.revision === base);
		if (row) made.set(itemId, row.value);
	}
	return made;
}

/** A person's choice for one conflict: the file's value, or the current one, as shown at `revision`. */
export interface ConflictChoice {
	itemId: string;
	take: 'file' | 'current';
	/** The current revision the page showed beside the file's value. */
	revision: number;
	/** The file's value, as the page carried it. */
	fileValue: unknown;
}

/**
 * Applies the choices made for an upload's conflicts. "Keep the current one" writes nothing. "Take the file's
 * one" is saved (source 'import') only when the item is still at the revision the page showed; if someone saved
 * it again meanwhile, it is a conflict again, with the newer value, and nothing is written for it. The file's
 * value came back from the browser, so it is checked again as a save checks it.
 */
export async function resolveImportConflicts(
	db: Database,
	actor: Actor,
	responseId: number,
	choices: ConflictChoice[]
): Promise<ImportResult> {
	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!mayImport(actor, context)) return { ok: false, reason: 'forbidden' } as const;
		const items = new Map(itemsOf(context.definition).map(({ item }) => [item.id, item]));
		const validation = { cycleStartYear: context.cycleStartYear, cycleEndYear: context.cycleEndYear };
		const errors: ImportError[] = [];
		const taken: { itemId: string; value: unknown; revision: number }[] = [];
		for (const choice of choices) {
			const item = items.get(choice.itemId);
			if (!item || item.type === 'attachments') {
				errors.push({ row: 0, field: choice.itemId, message: 'import.unknownField' });
				continue;
			}
			if (choice.take !== 'file') continue;
			const checked = validateDraftAnswer(item, choice.fileValue, validation);
			if (checked.ok) taken.push({ itemId: item.id, value: checked.value, revision: choice.revision });
			else
				errors.push(
					...checked.errors.map((e) => ({ row: 0, field: e.field, message: e.message, params: e.params }))
				);
		}
		if (errors.length > 0) return { ok: false, reason: 'invalid', errors } as const;

		const stored = await currentAnswers(tx, responseId);
		const now = new Date();
		const conflicts: ImportConflict[] = [];
		let changed = 0;
		for (const { itemId, value, revision } of taken) {
			const current = stored.get(itemId);
			if (sameValue(current?.value, value)) continue;
			const currentRevision = current?.revision ?? 0;
			if (currentRevision !== revision) {
				conflicts.push(conflictOf(itemId, value, current));
				continue;
			}
			await writeAnswer(tx, {
				responseId,
				itemId,
				value,
				revision: currentRevision + 1,
				source: 'import',
				actorId: actor.id,
				at: now
			});
			changed++;
		}
		const state = changed > 0 ? await recordActivity(tx, context, actor.id, now) : context.state;
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.import_resolved',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state, items: choices.length, changed, conflicts: conflicts.length }
		});
		return { ok: true, changed, conflicts: inOrder(context.definition, conflicts) } as const;
	});
}
