import { describe, expect, it } from 'vitest';
import { formFieldsFromValue, itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';

describe('a text', () => {
	const years = shippedItem('strategy-years', 'text');
	const debates = shippedItem('local-debates', 'text');

	it('keeps a one-line answer on one line, and a multi-line answer with its line breaks', () => {
		expect(validateAnswer(years, ' 2021\r\nto 2025 ', context)).toEqual({ ok: true, value: '2021 to 2025' });
		expect(validateAnswer(debates, 'Housing\r\nSchools', context)).toEqual({
			ok: true,
			value: 'Housing\nSchools'
		});
	});

	it('refuses more characters than the item allows, saying how many it takes', () => {
		expect(validateAnswer(years, 'x'.repeat(51), context)).toEqual({
			ok: false,
			errors: [{ field: 'strategy-years', message: 'answer.tooLong', params: { max: 50 } }]
		});
	});

	it('travels through a form under the item’s id', () => {
		const form = new URLSearchParams({ 'strategy-years': '2021 to 2025' });
		expect(itemValueFromForm(years, form)).toBe('2021 to 2025');
		expect(formFieldsFromValue(years, '2021 to 2025')).toEqual({ 'strategy-years': '2021 to 2025' });
	});
});
