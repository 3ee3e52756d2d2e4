import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, numberItem } from '$test-support/questionnaire-items';
import { errorsOf, formOf } from '$test-support/answer-checks';

describe('a number', () => {
	it('refuses a percentage of 150 on the value field', () => {
		expect(errorsOf(validateAnswer(numberItem(), { value: 150, year: 2024 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.percentRange' }
		]);
	});

	it('uses the item’s own range when it sets one', () => {
		const item = numberItem({ unit: { en: 'people' }, min: 0, integer: true, withYear: false });
		expect(errorsOf(validateAnswer(item, { value: -1 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.numberTooSmall', params: { min: 0 } }
		]);
		expect(errorsOf(validateAnswer(item, { value: 12.5 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.notAWholeNumber' }
		]);
		expect(validateAnswer(item, { value: '1 200' }, context)).toEqual({ ok: true, value: { value: 1200 } });
		const ranged = numberItem({ min: 10, max: 20 });
		expect(errorsOf(validateAnswer(ranged, { value: 5, year: 2024 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.numberRange', params: { min: 10, max: 20 } }
		]);
	});

	it('reads a decimal comma and refuses what is not a number', () => {
		expect(validateAnswer(numberItem(), { value: '12,5', year: '2024' }, context)).toEqual({
			ok: true,
			value: { value: 12.5, year: 2024 }
		});
		expect(errorsOf(validateAnswer(numberItem(), { value: '12,5x', year: 2024 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.notANumber' }
		]);
	});

	it('needs the reference year with the figure, within ten years before the cycle and its end', () => {
		expect(errorsOf(validateAnswer(numberItem(), { value: 12 }, context))).toEqual([
			{ field: 'share.year', message: 'answer.yearRequired' }
		]);
		expect(errorsOf(validateAnswer(numberItem(), { value: 12, year: 2013 }, context))).toEqual([
			{ field: 'share.year', message: 'answer.yearRange', params: { min: 2014, max: 2026 } }
		]);
		expect(errorsOf(validateAnswer(numberItem(), { value: 12, year: '24' }, context))).toEqual([
			{ field: 'share.year', message: 'answer.yearInvalid' }
		]);
		expect(validateAnswer(numberItem(), { value: 12, year: 2014 }, context).ok).toBe(true);
		expect(validateAnswer(numberItem(), { value: 12, year: 2026 }, context).ok).toBe(true);
	});

	it('asks for the figure when only its year is given, and the source when the item wants one', () => {
		expect(errorsOf(validateAnswer(numberItem(), { value: '', year: 2024 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.valueRequired' }
		]);
		const sourced = numberItem({ withSource: true });
		expect(errorsOf(validateAnswer(sourced, { value: 12, year: 2024, source: ' ' }, context))).toEqual([
			{ field: 'share.source', message: 'answer.sourceRequired' }
		]);
	});

	it('is empty, and fine, when optional and left blank', () => {
		expect(validateAnswer(numberItem(), { value: '', year: '' }, context)).toEqual({ ok: true, value: null });
	});
});

describe('read from a form', () => {
	it('parses numbers with a decimal comma, and keeps what does not parse as typed', () => {
		const item = numberItem({ withSource: true });
		expect(
			itemValueFromForm(
				item,
				formOf({ 'share.value': '12,5', 'share.year': '2024', 'share.source': 'Census' })
			)
		).toEqual({
			value: 12.5,
			year: 2024,
			source: 'Census'
		});
		const typed = itemValueFromForm(
			item,
			formOf({ 'share.value': '12,5x', 'share.year': '20x4', 'share.source': '' })
		);
		expect(typed).toEqual({ value: '12,5x', year: '20x4', source: '' });
		expect(validateAnswer(item, typed, context)).toMatchObject({
			ok: false,
			errors: [
				{ field: 'share.value', message: 'answer.notANumber' },
				{ field: 'share.year', message: 'answer.yearInvalid' },
				{ field: 'share.source', message: 'answer.sourceRequired' }
			]
		});
	});
});
