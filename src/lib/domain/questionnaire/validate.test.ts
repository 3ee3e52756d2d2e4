import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from './charter-questionnaire';
import type { Definition } from './definition';
import { context, shippedItem } from '$test-support/questionnaire-items';
import {
	formatValidationMessage,
	isShown,
	missingRequired,
	requiredTally,
	requirementOf,
	sectionProgress,
	validateAnswer,
	validateDraftAnswer
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

describe('shownWhen', () => {
	/** A question asked only when the city chose "yes", required then; a rating that asks "why" when low. */
	const definition: Definition = {
		version: 'test-2024.1',
		title: { en: 'Test' },
		sections: [
			{
				id: 'one',
				title: { en: 'One' },
				items: [
					{
						id: 'strategy',
						type: 'choice',
						label: { en: 'Strategy?' },
						required: true,
						options: [
							{ value: 'yes', label: { en: 'Yes' } },
							{ value: 'no', label: { en: 'No' } }
						]
					},
					{
						id: 'strategy-title',
						type: 'text',
						multiline: false,
						label: { en: 'Its title' },
						required: true,
						shownWhen: { item: 'strategy', values: ['yes'] }
					}
				]
			}
		]
	};
	const hidden = definition.sections[0]!.items[1]!;

	it('does not block submitting with a required question that is not shown', () => {
		expect(missingRequired(definition, { strategy: 'no' }, context)).toEqual([]);
		expect(missingRequired(definition, { strategy: 'yes' }, context)).toEqual([
			{ sectionId: 'one', itemId: 'strategy-title', field: 'strategy-title', message: 'answer.required' }
		]);
		expect(requiredTally(definition, { strategy: 'no' }, context)).toEqual({ required: 1, done: 1 });
		expect(requiredTally(definition, { strategy: 'yes' }, context)).toEqual({ required: 2, done: 1 });
	});

	it('lets a section be complete while a hidden question keeps an unfinished answer', () => {
		const section = definition.sections[0]!;
		// A too-long title saved while it was shown, then "no": the kept answer neither counts nor blocks.
		const answers = { strategy: 'no', 'strategy-title': 'x'.repeat(100_000) };
		expect(sectionProgress(section, answers, context)).toEqual({
			answered: 1,
			required: 1,
			requiredAnswered: 1,
			state: 'completed_ready'
		});
		expect(sectionProgress(section, { ...answers, strategy: 'yes' }, context).state).toBe('in_progress');
	});

	it('still validates and accepts a draft answer to a hidden question, so nothing typed is lost', () => {
		expect(validateDraftAnswer(hidden, 'Welcoming city plan', context)).toEqual({
			ok: true,
			value: 'Welcoming city plan'
		});
	});

	it('tells the preview that a hidden required question depends on another answer', () => {
		expect(requirementOf(hidden, {})).toEqual({ kind: 'depends', on: 'strategy' });
		expect(requirementOf(hidden, { strategy: 'yes' })).toEqual({ kind: 'required' });
	});

	it('never reports a question as missing unless it is shown, whatever the answers', () => {
		const answer = fc.oneof(
			fc.constantFrom('yes', 'no', ' yes ', ['yes'], ['no']),
			fc.anything(),
			fc.string()
		);
		fc.assert(
			fc.property(
				fc.record({ strategy: answer, 'strategy-title': answer }, { requiredKeys: [] }),
				(answers) => {
					const missing = missingRequired(definition, answers, context).map((entry) => entry.itemId);
					if (!isShown(hidden, answers)) expect(missing).not.toContain('strategy-title');
					// Shown, it is exactly as required as the same question without a condition.
					else
						expect(missing.includes('strategy-title')).toBe(
							!validateAnswer({ ...hidden, shownWhen: undefined }, answers['strategy-title'], context).ok
						);
				}
			),
			{ numRuns: 500 }
		);
	});
});
