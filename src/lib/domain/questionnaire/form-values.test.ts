import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyItem, validValue } from '$test-support/questionnaire-arbitraries';
import { charterQuestionnaire } from './charter-questionnaire';
import { itemsOf } from './definition';
import { formFieldsFromValue, itemValueFromForm, type FormFields } from './form-values';
import { context, numberItem, shippedItem } from '$test-support/questionnaire-items';
import { validateAnswer } from './validate';

function formOf(fields: FormFields | [string, string][]): URLSearchParams {
	const form = new URLSearchParams();
	const entries = Array.isArray(fields) ? fields : Object.entries(fields);
	for (const [name, value] of entries)
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	return form;
}

describe('itemValueFromForm', () => {
	it('reads a rating from its radios and textarea', () => {
		const form = formOf({ 'c6-rating.rating': 'partly', 'c6-rating.evidence': 'A traineeship scheme' });
		expect(itemValueFromForm(shippedItem('c6-rating', 'rating'), form)).toEqual({
			rating: 'partly',
			evidence: 'A traineeship scheme'
		});
	});

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

	it('reads list rows in order, renumbered, without fully blank rows', () => {
		const form = formOf({
			'good-practices.0.title': 'Welcome centre',
			'good-practices.0.summary': 'One desk',
			'good-practices.1.title': ' ',
			'good-practices.1.summary': '',
			'good-practices.10.title': 'Language café',
			'good-practices.2.title': 'Mentoring',
			'good-practices.x.title': 'ignored',
			'other.0.title': 'ignored'
		});
		const rows = itemValueFromForm(shippedItem('good-practices', 'list'), form) as Record<string, string>[];
		expect(rows.map((row) => row.title)).toEqual(['Welcome centre', 'Mentoring', 'Language café']);
		expect(rows[1]).toEqual({ title: 'Mentoring', summary: '', startYear: '', endYear: '', link: '' });
		expect(validateAnswer(shippedItem('good-practices', 'list'), rows, context)).toMatchObject({
			ok: false,
			errors: [
				{ field: 'good-practices.1.summary', message: 'answer.fieldRequired' },
				{ field: 'good-practices.2.summary', message: 'answer.fieldRequired' }
			]
		});
	});

	it('reads links row by row', () => {
		const form = formOf({ 'further-links.0.url': 'https://example.org', 'further-links.0.title': 'Example' });
		expect(itemValueFromForm(shippedItem('further-links', 'links'), form)).toEqual([
			{ url: 'https://example.org', title: 'Example' }
		]);
	});

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
