import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyItem, validValue } from '$test-support/questionnaire-arbitraries';
import { charterQuestionnaire } from './charter-questionnaire';
import { itemsOf } from './definition';
import { formFieldsFromValue, itemValueFromForm } from './form-values';
import { context, numberItem, shippedItem } from '$test-support/questionnaire-items';
import { validateAnswer } from './validate';
import { formOf } from '$test-support/answer-checks';

describe('itemValueFromForm', () => {
	it('reads an empty form as an empty answer', () => {
		for (const { item } of itemsOf(charterQuestionnaire)) {
			const result = validateAnswer(
				{ ...item, required: false, requiredWhen: undefined },
				itemValueFromForm(item, formOf({})),
				context
			);
			expect(result, item.id).toEqual({ ok: true, value: null });
		}
	});
});

describe('formFieldsFromValue', () => {
	it('names the fields as the forms do', () => {
		expect(
			formFieldsFromValue(shippedItem('c1-rating', 'rating'), { rating: 'fully', evidence: 'Campaign' })
		).toEqual({
			'c1-rating.rating': 'fully',
			'c1-rating.evidence': 'Campaign'
		});
		expect(
			formFieldsFromValue(shippedItem('poverty-risk-migrants', 'indicator'), {
				value: 31.5,
				year: 2022,
				source: 'Eurostat',
				definition: 'foreign_nationality_incl_eu',
				differentDataSet: true,
				nationalOnly: false
			})
		).toEqual({
			'poverty-risk-migrants.value': '31.5',
			'poverty-risk-migrants.year': '2022',
			'poverty-risk-migrants.source': 'Eurostat',
			'poverty-risk-migrants.definition': 'foreign_nationality_incl_eu',
			'poverty-risk-migrants.differentDataSet': 'on'
		});
	});

	it('shows a raw value again as it was typed', () => {
		expect(formFieldsFromValue(numberItem(), { value: '12,5x', year: '' })).toEqual({
			'share.value': '12,5x',
			'share.year': ''
		});
	});

	it('never throws on junk', () => {
		for (const { item } of itemsOf(charterQuestionnaire))
			for (const junk of [undefined, null, 42, 'text', [null, 3], { rating: {} }, Object.create(null)])
				expect(() => formFieldsFromValue(item, junk)).not.toThrow();
	});
});

describe('a valid answer through a form and back', () => {
	const items = itemsOf(charterQuestionnaire).map(({ item }) => item);

	it('comes back as the same normalised value', () => {
		fc.assert(
			fc.property(
				anyItem(items).chain((item) => fc.tuple(fc.constant(item), validValue(item, context))),
				([item, value]) => {
					const first = validateAnswer(item, value, context);
					if (!first.ok) throw new Error(`not valid: ${JSON.stringify(first.errors)}`);
					const form = formOf(formFieldsFromValue(item, first.value));
					expect(validateAnswer(item, itemValueFromForm(item, form), context)).toEqual(first);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
