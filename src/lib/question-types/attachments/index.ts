import type { QuestionType } from '../question-type';
import type { AttachmentsItem, AttachmentValue } from './definition';
import { attachmentsFormFields, attachmentsFromForm } from './form';
import { assessAttachments } from './validate';

export const attachmentsType: QuestionType<AttachmentsItem, AttachmentValue[]> = {
	fromForm: attachmentsFromForm,
	toFormFields: attachmentsFormFields,
	assess: assessAttachments,
	firstField: (item) => item.id,
	// Files cannot travel in a sheet: uploading is done on the answer page.
	sheet: { fields: () => [], holds: () => false }
};
