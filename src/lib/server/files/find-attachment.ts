import { and, desc, eq, inArray } from 'drizzle-orm';
import { attachmentKinds } from '$lib/domain/questionnaire/definition';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';
import type { Database } from '../db';
import { answerHistory, answers } from '../db/schema';
import type { ResponseContext } from '../reads/response-context';

/**
 * A file one of the response's attachments items lists now or listed in an earlier revision, with the section
 * it belongs to (so a page can check the person may see that section), or null. Only the response's own
 * values count: a file id alone opens nothing.
 */
export async function findAttachment(
	db: Pick<Database, 'select'>,
	context: Pick<ResponseContext, 'id' | 'definition'>,
	fileId: string
): Promise<{ file: AttachmentValue; sectionId: string } | null> {
	const sectionOf = new Map(
		context.definition.sections.flatMap((section) =>
			section.items.filter((item) => item.type === 'attachments').map((item) => [item.id, section.id])
		)
	);
	if (sectionOf.size === 0) return null;
	const itemIds = [...sectionOf.keys()];
	const current = await db
		.select({ itemId: answers.itemId, value: answers.value })
		.from(answers)
		.where(and(eq(answers.responseId, context.id), inArray(answers.itemId, itemIds)));
	// Newest first, so the name shown is the one the file has now.
	const earlier = await db
		.select({ itemId: answerHistory.itemId, value: answerHistory.value })
		.from(answerHistory)
		.where(and(eq(answerHistory.responseId, context.id), inArray(answerHistory.itemId, itemIds)))
		.orderBy(desc(answerHistory.id));
	for (const row of [...current, ...earlier]) {
		const file = fileIn(row.value, fileId);
		const sectionId = sectionOf.get(row.itemId);
		if (file && sectionId) return { file, sectionId };
	}
	return null;
}

function fileIn(value: unknown, fileId: string): AttachmentValue | null {
	if (!Array.isArray(value)) return null;
	for (const entry of value as unknown[]) {
		if (typeof entry !== 'object' || entry === null) continue;
		const file = entry as Partial<AttachmentValue>;
		if (file.fileId !== fileId || typeof file.name !== 'string') continue;
		if (!(attachmentKinds as readonly unknown[]).includes(file.kind)) continue;
		return {
			fileId,
			name: file.name,
			bytes: Number(file.bytes) || 0,
			kind: file.kind as AttachmentValue['kind']
		};
	}
	return null;
}
