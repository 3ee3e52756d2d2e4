import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from './charter-questionnaire';
import type { Definition } from './definition';
import { context, shippedItem } from '$test-support/questionnaire-items';
import {
	formatValidationMessage,
	missingRequired,
	requirementOf,
	sectionProgress,
	validateAnswer
} from './validate';
import { errorsOf, fieldsOf } from '$test-support/answer-checks';

describe('requiredWhen', () => {
	const name = shippedItem('strategy-name', 'text');

	it('requires the strategy name only when the city has a strategy', () => {
		expect(errorsOf(validateAnswer(name, '', context, { strategy: 'yes' }))).toEqual([
			{ field: 'strategy-name', message: 'answer.required' }
		]);
		expect(validateAnswer(name, '', context, { strategy: 'no' })).toEqual({ ok: true, value: null });
		expect(validateAnswer(name, '', context, {})).toEqual({ ok: true, value: null });
		expect(validateAnswer(name, '', context)).toEqual({ ok: true, value: null });
	});

	it('tells the person when a question is required, optional, or required for some answers', () => {
		expect(requirementOf(name, { strategy: 'yes' })).toEqual({ kind: 'required' });
		expect(requirementOf(name, { strategy: 'no' })).toEqual({ kind: 'depends', on: 'strategy' });
		expect(requirementOf(shippedItem('c1-rating', 'rating'), {})).toEqual({ kind: 'required' });
		expect(requirementOf(shippedItem('next-priorities', 'text'), {})).toEqual({ kind: 'optional' });
	});

	it('reads a rating’s rating when the trigger is a rating item', () => {
		const definition: Definition = {
			version: 'test-2024.1',
			title: { en: 'Test' },
			sections: [
				{
					id: 'one',
					title: { en: 'One' },
					items: [
						{ id: 'r', type: 'rating', commitment: 1, label: { en: 'R' }, required: false },
						{
							id: 'why',
							type: 'text',
							multiline: true,
							label: { en: 'Why not?' },
							required: false,
							requiredWhen: { item: 'r', in: ['not_at_all'] }
						}
					]
				}
			]
		};
		const answers = { r: { rating: 'not_at_all', evidence: '' } };
		expect(missingRequired(definition, answers, context)).toEqual([
			{ sectionId: 'one', itemId: 'why', field: 'why', message: 'answer.required' }
		]);
		expect(missingRequired(definition, { r: { rating: 'fully', evidence: 'x' } }, context)).toEqual([]);
	});
});

describe('robustness', () => {
	it('refuses huge strings without throwing', () => {
		const huge = 'x'.repeat(3_000_000);
		const evidence = validateAnswer(
			shippedItem('c1-rating', 'rating'),
			{ rating: 'fully', evidence: huge },
			context
		);
		expect(fieldsOf(evidence)).toEqual(['c1-rating.evidence']);
		expect(fieldsOf(validateAnswer(shippedItem('local-debates', 'text'), huge, context))).toEqual([
			'local-debates'
		]);
	});

	it('refuses a sparse array claiming billions of rows without walking it', () => {
		const sparse: unknown[] = [];
		sparse[2 ** 32 - 2] = { title: 'x' };
		expect(fieldsOf(validateAnswer(shippedItem('good-practices', 'list'), sparse, context))).toEqual([
			'good-practices'
		]);
	});

	it('does not pick up inherited properties', () => {
		const sneaky = Object.create({ rating: 'fully', evidence: 'inherited' });
		expect(validateAnswer(shippedItem('c1-rating', 'rating'), sneaky, context).ok).toBe(false);
	});
});

describe('missingRequired and sectionProgress', () => {
	const complete = { rating: 'fully', evidence: 'Evidence' };

	it('lists every required item without a valid answer, in order', () => {
		const missing = missingRequired(
			charterQuestionnaire,
			{ strategy: 'yes', 'c2-rating': complete },
			context
		);
		expect(missing.slice(0, 5)).toEqual([
			{
				sectionId: 'city-context',
				itemId: 'strategy-name',
				field: 'strategy-name',
				message: 'answer.required'
			},
			{
				sectionId: 'city-context',
				itemId: 'strategy-years',
				field: 'strategy-years',
				message: 'answer.required'
			},
			{
				sectionId: 'city-context',
				itemId: 'migrant-definition',
				field: 'migrant-definition',
				message: 'answer.required'
			},
			{
				sectionId: 'policy-maker',
				itemId: 'c1-rating',
				field: 'c1-rating.rating',
				message: 'answer.required'
			},
			{
				sectionId: 'policy-maker',
				itemId: 'c3-rating',
				field: 'c3-rating.rating',
				message: 'answer.required'
			}
		]);
		expect(missing.map((m) => m.itemId)).not.toContain('c2-rating');
		const invalid = missingRequired(
			charterQuestionnaire,
			{ 'c1-rating': { rating: 'fully', evidence: '' } },
			context
		);
		expect(invalid.find((m) => m.itemId === 'c1-rating')).toMatchObject({
			field: 'c1-rating.evidence',
			message: 'answer.evidenceRequired'
		});
	});

	it('counts a section’s answers and tells when it is ready to be marked complete', () => {
		const section = charterQuestionnaire.sections.find((s) => s.id === 'employer');
		if (!section) throw new Error('no employer section');
		expect(sectionProgress(section, {}, context)).toEqual({
			answered: 0,
			required: 3,
			requiredAnswered: 0,
			state: 'not_started'
		});
		const partial = { 'c6-rating': complete, 'c6-examples': 'A mentoring scheme' };
		expect(sectionProgress(section, partial, context)).toEqual({
			answered: 2,
			required: 3,
			requiredAnswered: 1,
			state: 'in_progress'
		});
		const all = { ...partial, 'c7-rating': complete, 'c8-rating': complete };
		expect(sectionProgress(section, all, context).state).toBe('completed_ready');
		const broken = { ...all, 'c8-examples': 'x'.repeat(3001) };
		expect(sectionProgress(section, broken, context)).toMatchObject({ answered: 4, state: 'in_progress' });
	});
});

describe('messages', () => {
	it('fill in their params', () => {
		expect(formatValidationMessage('answer.yearRange', { min: 2014, max: 2026 })).toBe(
			'Enter a year between 2014 and 2026'
		);
		expect(formatValidationMessage('answer.required')).toBe('Answer this question');
	});
});

describe('validateDraftAnswer', () => {
	it('lets a required question be saved blank while still checking what is typed', async () => {
		const { validateDraftAnswer } = await import('./validate');
		const { charterQuestionnaire } = await import('./charter-questionnaire');
		const rating = charterQuestionnaire.sections.flatMap((s) => s.items).find((i) => i.id === 'c1-rating')!;
		const context = { cycleStartYear: 2024, cycleEndYear: 2026 };
		expect(rating.required).toBe(true);
		expect(validateDraftAnswer(rating, { rating: '', evidence: '' }, context)).toEqual({
			ok: true,
			value: null
		});
		expect(validateDraftAnswer(rating, { rating: 'fully', evidence: '' }, context)).toMatchObject({
			ok: false,
			errors: [{ field: 'c1-rating.evidence', message: 'answer.evidenceRequired' }]
		});
	});
});
