import type { Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { attachmentsItem, saveFiles, type AttachmentChangeResult } from '../files/attachments-item';

export interface RemoveAttachmentInput {
	responseId: number;
	itemId: string;
	fileId: string;
}

/**
 * Takes one file out of an attachments item, as a new revision, for the people who may edit the item. The
 * stored bytes stay: earlier revisions in the history still list the file, and restoring one of them must
 * bring back a file that opens.
 */
export async function removeAttachment(
	db: Database,
	actor: Actor,
	input: RemoveAttachmentInput
): Promise<AttachmentChangeResult> {
	const target = await attachmentsItem(db, actor, input.responseId, input.itemId);
	if (!target.ok) return target;
	const { files, revision } = target.current;
	if (!files.some((file) => file.fileId === input.fileId)) return { ok: false, reason: 'not_found' };
	return saveFiles(
		db,
		actor,
		input,
		revision,
		files.filter((file) => file.fileId !== input.fileId)
	);
}
