import { and, eq } from 'drizzle-orm';
import type { AnswerError } from '$lib/domain/questionnaire/assessment';
import type { AttachmentsItem } from '$lib/domain/questionnaire/definition';
import { validateDraftAnswer } from '$lib/domain/questionnaire/validate';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';
import { canEditItem, type Actor } from '$lib/domain/response-access';
import { saveAnswer } from '../commands/save-answer';
import type { Database } from '../db';
import { answers } from '../db/schema';
import { findItem, responseContext, type ResponseContext } from '../reads/response-context';

// What attaching a file and removing one share: the item and its files as they are, and the save of a new list.

export type AttachmentChangeResult =
	| { ok: true; revision: number; value: AttachmentValue[] }
	| { ok: false; reason: 'invalid'; errors: AnswerError[] }
	/** Someone changed the item's files at the same moment; nothing was changed, the person tries again. */
	| { ok: false; reason: 'conflict' }
	| { ok: false; reason: 'forbidden' | 'not_found' };

/** The item and its files now, once the person is known to be allowed to change them. */
export async function attachmentsItem(
	db: Database,
	actor: Actor,
	responseId: number,
	itemId: string
): Promise<
	| { ok: true; context: ResponseContext; item: AttachmentsItem; current: CurrentFiles }
	| { ok: false; reason: 'forbidden' | 'not_found' }
	| { ok: false; reason: 'invalid'; errors: AnswerError[] }
> {
	const context = await responseContext(db, responseId);
	if (!context) return { ok: false, reason: 'not_found' };
	const found = findItem(context.definition, itemId);
	if (!found || found.item.type !== 'attachments') return { ok: false, reason: 'not_found' };
	if (!canEditItem(actor, context, found.section.id, itemId)) return { ok: false, reason: 'forbidden' };

	const [row] = await db
		.select({ value: answers.value, revision: answers.revision })
		.from(answers)
		.where(and(eq(answers.responseId, responseId), eq(answers.itemId, itemId)));
	const checked = validateDraftAnswer(found.item, row?.value ?? null, {
		cycleStartYear: context.cycleStartYear,
		cycleEndYear: context.cycleEndYear
	});
	if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
	return {
		ok: true,
		context,
		item: found.item,
		current: { files: checked.value ?? [], revision: row?.revision ?? 0 }
	};
}

interface CurrentFiles {
	files: AttachmentValue[];
	revision: number;
}

/** Saves the item's new list of files through saveAnswer, so the revision check and the history apply. */
export async function saveFiles(
	db: Database,
	actor: Actor,
	target: { responseId: number; itemId: string },
	baseRevision: number,
	files: AttachmentValue[]
): Promise<AttachmentChangeResult> {
	const { responseId, itemId } = target;
	const result = await saveAnswer(db, actor, { responseId, itemId, value: files, baseRevision });
	if (result.ok)
		return { ok: true, revision: result.revision, value: (result.value ?? []) as AttachmentValue[] };
	if (result.reason === 'conflict') return { ok: false, reason: 'conflict' };
	return result;
}
