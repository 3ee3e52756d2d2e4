import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf, fieldsOf } from '$test-support/answer-checks';

describe('an indicator', () => {
	const item = shippedItem('employment-rate-migrants', 'indicator');
	const figure = {
		value: '61,3',
		year: '2023',
		source: 'City statistics office',
		definition: 'foreign_born',
		differentDataSet: false,
		nationalOnly: true
	};

	it('keeps the figure with what makes it comparable', () => {
		expect(validateAnswer(item, figure, context)).toEqual({
			ok: true,
			value: { ...figure, value: 61.3, year: 2023 }
		});
	});

	it('needs year, source and definition with a value', () => {
		const result = validateAnswer(item, { value: 61, year: '', source: '', definition: '' }, context);
		expect(errorsOf(result)).toEqual([
			{ field: 'employment-rate-migrants.year', message: 'answer.yearRequired' },
			{ field: 'employment-rate-migrants.source', message: 'answer.sourceRequired' },
			{ field: 'employment-rate-migrants.definition', message: 'answer.definitionRequired' }
		]);
	});

	it('refuses a definition that is not one of the list, and a percentage above 100', () => {
		expect(fieldsOf(validateAnswer(item, { ...figure, definition: 'citizens' }, context))).toEqual([
			'employment-rate-migrants.definition'
		]);
		expect(errorsOf(validateAnswer(item, { ...figure, value: 101 }, context))).toEqual([
			{ field: 'employment-rate-migrants.value', message: 'answer.percentRange' }
		]);
	});

	it('is optional: blank is fine', () => {
		expect(validateAnswer(item, { value: '', year: '', source: '', definition: '' }, context)).toEqual({
			ok: true,
			value: null
		});
	});
});

describe('read from a form', () => {
	it('reads an indicator with its definition and checkboxes (from FormData too)', () => {
		const form = new FormData();
		form.set('foreign-born-share.value', '23.1');
		form.set('foreign-born-share.year', '2023');
		form.set('foreign-born-share.source', 'Statistics Finland');
		form.set('foreign-born-share.definition', 'foreign_born');
		form.set('foreign-born-share.nationalOnly', 'on');
		expect(itemValueFromForm(shippedItem('foreign-born-share', 'indicator'), form)).toEqual({
			value: 23.1,
			year: 2023,
			source: 'Statistics Finland',
			definition: 'foreign_born',
			differentDataSet: false,
			nationalOnly: true
		});
	});
});
