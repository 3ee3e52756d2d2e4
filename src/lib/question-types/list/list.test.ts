import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf, formOf } from '$test-support/answer-checks';

describe('a list of good practices', () => {
	const list = shippedItem('good-practices', 'list');
	const practice = {
		title: 'Welcome centre',
		summary: 'One desk for newcomers.',
		startYear: '2019',
		endYear: '',
		link: ''
	};

	it('points each error at its cell', () => {
		const result = validateAnswer(
			list,
			[practice, { ...practice, title: '', startYear: '19', link: 'javascript:alert(1)' }],
			context
		);
		expect(errorsOf(result)).toEqual([
			{ field: 'good-practices.1.title', message: 'answer.fieldRequired' },
			{ field: 'good-practices.1.startYear', message: 'answer.yearInvalid' },
			{ field: 'good-practices.1.link', message: 'answer.invalidUrl' }
		]);
	});

	it('drops blank rows and refuses more than ten', () => {
		const blank = { title: ' ', summary: '', startYear: '', endYear: '', link: '' };
		expect(validateAnswer(list, [blank, practice, blank], context)).toEqual({ ok: true, value: [practice] });
		expect(validateAnswer(list, [blank], context)).toEqual({ ok: true, value: null });
		expect(errorsOf(validateAnswer(list, Array(11).fill(practice), context))).toEqual([
			{ field: 'good-practices', message: 'answer.tooManyRows', params: { max: 10 } }
		]);
	});
});

describe('read from a form', () => {
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
});
