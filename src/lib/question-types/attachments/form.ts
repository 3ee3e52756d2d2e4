import { readRows, rowFields, type FormFields, type FormSource } from '../shared/form';
import { attachmentKeys, type AttachmentsItem } from './definition';

/** A stored file as a form describes it; what does not parse stays as typed. */
export interface AttachmentFormValue {
	fileId: string;
	name: string;
	bytes: number | string;
	kind: string;
}

export function attachmentsFromForm(item: AttachmentsItem, form: FormSource): AttachmentFormValue[] {
	return readRows(form, item.id, attachmentKeys).map((row) => ({
		fileId: row.fileId ?? '',
		name: row.name ?? '',
		bytes: /^\d{1,15}$/.test(row.bytes?.trim() ?? '') ? Number(row.bytes) : (row.bytes ?? ''),
		kind: row.kind ?? ''
	}));
}

export const attachmentsFormFields = (item: AttachmentsItem, value: unknown): FormFields =>
	rowFields(item.id, value, attachmentKeys);
