import { describe, expect, it } from 'vitest';
import { answerLanguageField } from '$lib/domain/questionnaire/answer-language';
import { itemOfField } from './autosave';

describe('the item a field of the section form belongs to', () => {
	it('counts the answer’s language as part of the answer, so autosave sends a change of it alone', () => {
		expect(itemOfField(answerLanguageField('c5-rating'))).toBe('c5-rating');
		expect(itemOfField('c5-rating.evidence')).toBe('c5-rating');
		expect(itemOfField('__rev.c5-rating')).toBe('c5-rating');
	});

	it('leaves out fields that are not answers (a reply to the secretariat)', () => {
		expect(itemOfField('__reply.c5-rating')).toBeNull();
	});
});
