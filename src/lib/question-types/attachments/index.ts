import type { QuestionType } from '../question-type';
import { attachmentsItemSchema, type AttachmentsItem, type AttachmentValue } from './definition';
import { attachmentsFormFields, attachmentsFromForm } from './form';
import { assessAttachments } from './validate';

export const attachmentsType: QuestionType<AttachmentsItem, AttachmentValue[]> = {
	schema: attachmentsItemSchema,
	fromForm: attachmentsFromForm,
	toFormFields: attachmentsFormFields,
	assess: assessAttachments,
	firstField: (item) => item.id,
	// Files cannot travel in a sheet: uploading is done on the answer page.
	sheet: { fields: () => [], holds: () => false }
};
