import { describe, expect, it } from 'vitest';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf } from '$test-support/answer-checks';

describe('a choice', () => {
	it('accepts only an option of the item', () => {
		const strategy = shippedItem('strategy', 'choice');
		expect(validateAnswer(strategy, 'yes', context)).toEqual({ ok: true, value: 'yes' });
		expect(errorsOf(validateAnswer(strategy, 'perhaps', context))).toEqual([
			{ field: 'strategy', message: 'answer.invalidOption' }
		]);
		expect(errorsOf(validateAnswer(strategy, 42, context))).toEqual([
			{ field: 'strategy', message: 'answer.invalidOption' }
		]);
	});
});
