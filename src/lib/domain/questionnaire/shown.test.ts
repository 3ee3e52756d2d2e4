import { describe, expect, it } from 'vitest';
import type { Item } from './definition';
import { isShown } from './shown';

const choiceTarget = { item: 'housing', values: ['private', 'mixed'] };
const question = (shownWhen?: { item: string; values: string[] }): Item => ({
	id: 'housing-details',
	type: 'text',
	multiline: true,
	label: { en: 'Tell us about the housing' },
	required: true,
	...(shownWhen ? { shownWhen } : {})
});

describe('isShown', () => {
	it('always shows a question without a condition, whatever the answers', () => {
		expect(isShown(question(), undefined)).toBe(true);
		expect(isShown(question(), {})).toBe(true);
		expect(isShown(question(), { housing: 'public' })).toBe(true);
	});

	it('shows a question when the chosen option is one of the listed values, and hides it otherwise', () => {
		const item = question(choiceTarget);
		expect(isShown(item, { housing: 'private' })).toBe(true);
		expect(isShown(item, { housing: ' mixed ' })).toBe(true);
		expect(isShown(item, { housing: 'public' })).toBe(false);
		expect(isShown(item, {})).toBe(false);
		expect(isShown(item, undefined)).toBe(false);
	});

	it('reads one of a multiple choice’s values and a rating’s rating', () => {
		const item = question(choiceTarget);
		expect(isShown(item, { housing: ['public', 'mixed'] })).toBe(true);
		expect(isShown(item, { housing: ['public'] })).toBe(false);
		const onRating = question({ item: 'c1-rating', values: ['not_at_all'] });
		expect(isShown(onRating, { 'c1-rating': { rating: 'not_at_all', evidence: '' } })).toBe(true);
		expect(isShown(onRating, { 'c1-rating': { rating: 'fully', evidence: 'A plan' } })).toBe(false);
	});

	it('hides a question whose trigger holds junk instead of an answer', () => {
		const item = question(choiceTarget);
		for (const junk of [null, 42, { value: 'private' }, ['private'.repeat(2)], 'constructor'])
			expect(isShown(item, { housing: junk })).toBe(false);
		expect(isShown(item, Object.create({ housing: 'private' }))).toBe(false);
	});
});
