import { describe, expect, it } from 'vitest';
import { keepableFields, keptSubmissionLimits, pageOfAction, typedTexts } from './kept-submissions';

describe('keepableFields', () => {
	it('keeps every text field in order, repeated names too, and names the files it leaves out', () => {
		const form = new FormData();
		form.append('version', '3');
		form.append('topics', 'housing');
		form.append('topics', 'jobs');
		form.append('evidence', 'Language courses in twelve languages');
		form.append('file', new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' }));
		form.append('empty-file', new File([], ''));
		expect(keepableFields(form)).toEqual({
			fields: [
				['version', '3'],
				['topics', 'housing'],
				['topics', 'jobs'],
				['evidence', 'Language courses in twelve languages']
			],
			skippedFiles: ['plan.pdf']
		});
	});

	it('refuses a form with more text or more fields than it may keep', () => {
		const long = new FormData();
		long.append('body', 'x'.repeat(keptSubmissionLimits.maxTextLength + 1));
		expect(keepableFields(long)).toBeNull();
		const many = new FormData();
		for (let i = 0; i <= keptSubmissionLimits.maxFields; i++) many.append(`f${i}`, '1');
		expect(keepableFields(many)).toBeNull();
	});
});

describe('typedTexts', () => {
	it('shows sentences and long values, not hidden ids, versions or single choices', () => {
		expect(
			typedTexts([
				['version', '12'],
				['direction', 'up'],
				['c1-rating', 'fully'],
				['evidence', '  Courses for new arrivals  '],
				['url', 'https://example.eu/a-long-address']
			])
		).toEqual(['Courses for new arrivals', 'https://example.eu/a-long-address']);
	});
});

describe('pageOfAction', () => {
	it('drops the action name so the link opens the page', () => {
		expect(pageOfAction('/respond/2024-2026/policy?/save')).toBe('/respond/2024-2026/policy');
		expect(pageOfAction('/admin/cycles/new')).toBe('/admin/cycles/new');
	});
});
