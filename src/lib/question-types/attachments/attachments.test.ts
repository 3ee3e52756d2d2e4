import { describe, expect, it } from 'vitest';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf } from '$test-support/answer-checks';

describe('attachments', () => {
	const documents = shippedItem('documents', 'attachments');
	const file = { fileId: 'f1', name: 'strategy.pdf', bytes: 1000, kind: 'pdf' };

	it('refuses too large files and too many files, naming the file', () => {
		expect(errorsOf(validateAnswer(documents, [{ ...file, bytes: 6 * 1024 * 1024 }], context))).toEqual([
			{ field: 'documents', message: 'answer.fileTooLarge', params: { name: 'strategy.pdf', maxMb: 5 } }
		]);
		const many = Array.from({ length: 11 }, (_, i) => ({ ...file, fileId: `f${i}` }));
		expect(errorsOf(validateAnswer(documents, many, context))).toEqual([
			{ field: 'documents', message: 'answer.tooManyFiles', params: { max: 10 } }
		]);
		expect(validateAnswer(documents, [file, file], context)).toEqual({ ok: true, value: [file] });
	});
});
