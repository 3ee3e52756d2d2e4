import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf, fieldsOf, formOf } from '$test-support/answer-checks';

describe('a rating', () => {
	const c6 = shippedItem('c6-rating', 'rating');

	it('needs evidence for fully and partly, but not for not at all', () => {
		for (const rating of ['fully', 'partly'])
			expect(errorsOf(validateAnswer(c6, { rating, evidence: '  \n ' }, context))).toEqual([
				{ field: 'c6-rating.evidence', message: 'answer.evidenceRequired' }
			]);
		expect(validateAnswer(c6, { rating: 'not_at_all', evidence: '' }, context)).toEqual({
			ok: true,
			value: { rating: 'not_at_all', evidence: '' }
		});
	});

	it('keeps the evidence trimmed, with plain line breaks', () => {
		expect(
			validateAnswer(c6, { rating: 'fully', evidence: ' Diversity plan\r\nadopted 2023 ' }, context)
		).toEqual({
			ok: true,
			value: { rating: 'fully', evidence: 'Diversity plan\nadopted 2023' }
		});
	});

	it('limits the evidence to 5000 characters', () => {
		const result = validateAnswer(c6, { rating: 'partly', evidence: 'x'.repeat(5001) }, context);
		expect(errorsOf(result)).toEqual([
			{ field: 'c6-rating.evidence', message: 'answer.tooLong', params: { max: 5000 } }
		]);
		expect(validateAnswer(c6, { rating: 'partly', evidence: 'x'.repeat(5000) }, context).ok).toBe(true);
	});

	it('asks for the rating when only evidence is given, and refuses an unknown rating', () => {
		expect(errorsOf(validateAnswer(c6, { rating: '', evidence: 'Some' }, context))).toEqual([
			{ field: 'c6-rating.rating', message: 'answer.ratingRequired' }
		]);
		expect(fieldsOf(validateAnswer(c6, { rating: 'mostly', evidence: 'Some' }, context))).toEqual([
			'c6-rating.rating'
		]);
	});

	it('is required: an empty rating is "Answer this question" on the radios', () => {
		for (const empty of [undefined, null, '', { rating: '', evidence: '' }])
			expect(errorsOf(validateAnswer(c6, empty, context))).toEqual([
				{ field: 'c6-rating.rating', message: 'answer.required' }
			]);
	});
});

describe('read from a form', () => {
	it('reads a rating from its radios and textarea', () => {
		const form = formOf({ 'c6-rating.rating': 'partly', 'c6-rating.evidence': 'A traineeship scheme' });
		expect(itemValueFromForm(shippedItem('c6-rating', 'rating'), form)).toEqual({
			rating: 'partly',
			evidence: 'A traineeship scheme'
		});
	});
});
