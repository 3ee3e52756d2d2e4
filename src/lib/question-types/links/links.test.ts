import { describe, expect, it } from 'vitest';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';
import { errorsOf, formOf } from '$test-support/answer-checks';

describe('links', () => {
	const links = shippedItem('further-links', 'links');

	it('refuses javascript:, data: and addresses without https://', () => {
		for (const url of [
			'javascript:alert(1)',
			'JAVASCRIPT://%0aalert(1)',
			'data:text/html,hi',
			'www.example.org',
			'/relative'
		])
			expect(errorsOf(validateAnswer(links, [{ url, title: 'A page' }], context))).toEqual([
				{ field: 'further-links.0.url', message: 'answer.invalidUrl' }
			]);
	});

	it('accepts http and https addresses', () => {
		const value = [
			{ url: 'https://www.helsinki.fi/en', title: 'Helsinki' },
			{ url: 'http://example.org/report.pdf', title: '' }
		];
		expect(validateAnswer(links, value, context)).toEqual({ ok: true, value });
	});
});

describe('read from a form', () => {
	it('reads links row by row', () => {
		const form = formOf({ 'further-links.0.url': 'https://example.org', 'further-links.0.title': 'Example' });
		expect(itemValueFromForm(shippedItem('further-links', 'links'), form)).toEqual([
			{ url: 'https://example.org', title: 'Example' }
		]);
	});
});
