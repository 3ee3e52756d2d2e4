import { describe, expect, it } from 'vitest';
import { itemValueFromForm, type FormFields } from '$lib/domain/questionnaire/form-values';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import { context, shippedItem } from '$test-support/questionnaire-items';

const errorsOf = (result: ReturnType<typeof validateAnswer>) => (result.ok ? [] : result.errors);
function formOf(fields: FormFields | [string, string][]): URLSearchParams {
	const form = new URLSearchParams();
	const entries = Array.isArray(fields) ? fields : Object.entries(fields);
	for (const [name, value] of entries)
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	return form;
}

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
