import { eq } from 'drizzle-orm';
import { canCoordinate, isEditable, type Actor, type ResponseFacts } from '$lib/domain/response-access';
import { sameValue } from '$lib/domain/same-value';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { answers } from '../db/schema';
import { readAnswerSheet, type ImportError } from '../exports/response-xlsx';
import { answersFromRows } from '../exports/sheet-answers';
import { lockedResponseContext, responseContext } from '../queries/response-context';
import { recordActivity, writeAnswer } from './write-answer';

export type ImportResult =
	| { ok: true; changed: number }
	| { ok: false; reason: 'invalid'; errors: ImportError[] }
	| { ok: false; reason: 'forbidden' | 'not_found' };

function mayImport(actor: Actor, response: ResponseFacts): boolean {
	// A returned response reopens only the queried items: a whole-file upload would overwrite the others.
	return canCoordinate(actor, response) && isEditable(response) && response.state !== 'returned';
}

/**
 * Replaces the answers of every item a filled spreadsheet has rows for (coordinator only). All or nothing:
 * one problem anywhere and nothing is written. Each changed item gets a new revision, so the value it
 * replaces stays in its history.
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

	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!mayImport(actor, context)) return { ok: false, reason: 'forbidden' } as const;
		const rows = await tx.select().from(answers).where(eq(answers.responseId, responseId));
		const stored = new Map(rows.map((row) => [row.itemId, row]));
		const read = answersFromRows(context.definition, sheet.rows, {
			cycleStartYear: context.cycleStartYear,
			cycleEndYear: context.cycleEndYear
		});
		if (!read.ok) return { ok: false, reason: 'invalid', errors: read.errors } as const;

		const now = new Date();
		let changed = 0;
		for (const [itemId, value] of Object.entries(read.values)) {
			const current = stored.get(itemId);
			if (sameValue(current?.value, value)) continue;
			const revision = (current?.revision ?? 0) + 1;
			await writeAnswer(tx, {
				responseId,
				itemId,
				value,
				revision,
				source: 'import',
				actorId: actor.id,
				at: now
			});
			changed++;
		}
		// An upload that changes nothing does not start the response; it is still recorded.
		const state = changed > 0 ? await recordActivity(tx, context, actor.id, now) : context.state;
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.imported',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state, items: Object.keys(read.values).length, changed }
		});
		return { ok: true, changed } as const;
	});
}
