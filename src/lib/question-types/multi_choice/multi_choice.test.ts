import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { fieldsOf, formOf } from '$test-support/answer-checks';

describe('a multiple choice', () => {
	it('keeps each chosen option once, in the order of the options', () => {
		const support = shippedItem('network-support', 'multi_choice');
		expect(validateAnswer(support, ['training', 'peer_review', 'training', ''], context)).toEqual({
			ok: true,
			value: ['peer_review', 'training']
		});
		expect(fieldsOf(validateAnswer(support, ['training', 'a holiday'], context))).toEqual([
			'network-support'
		]);
		expect(validateAnswer(support, [''], context)).toEqual({ ok: true, value: null });
	});
});

describe('read from a form', () => {
	it('reads repeated checkboxes of a multiple choice', () => {
		const form = formOf([
			['network-support', 'mentoring'],
			['network-support', 'training']
		]);
		expect(itemValueFromForm(shippedItem('network-support', 'multi_choice'), form)).toEqual([
			'mentoring',
			'training'
		]);
	});
});
