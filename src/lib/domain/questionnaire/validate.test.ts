import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from './charter-questionnaire';
import type { Definition } from './definition';
import { context, numberItem, shippedItem } from '$test-support/questionnaire-items';
import {
	formatValidationMessage,
	missingRequired,
	requirementOf,
	sectionProgress,
	validateAnswer
} from './validate';

const fieldsOf = (result: ReturnType<typeof validateAnswer>) =>
	result.ok ? [] : result.errors.map((e) => e.field);
const errorsOf = (result: ReturnType<typeof validateAnswer>) => (result.ok ? [] : result.errors);

describe('a rating', () => {
	const c6 = shippedItem('c6-rating', 'rating');

	it('needs evidence for fully and partly, but not for not at all', () => {
		for (const rating of ['fully', 'partly'])
			expect(errorsOf(validateAnswer(c6, { rating, evidence: '  \n ' }, context))).toEqual([
				{ field: 'c6-rating.evidence', message: 'answer.evidenceRequired' }
			]);
		expect(validateAnswer(c6, { rating: 'not_at_all', evidence: '' }, context)).toEqual({
			ok: true,
			value: { rating: 'not_at_all', evidence: '' }
		});
	});

	it('keeps the evidence trimmed, with plain line breaks', () => {
		expect(
			validateAnswer(c6, { rating: 'fully', evidence: ' Diversity plan\r\nadopted 2023 ' }, context)
		).toEqual({
			ok: true,
			value: { rating: 'fully', evidence: 'Diversity plan\nadopted 2023' }
		});
	});

	it('limits the evidence to 5000 characters', () => {
		const result = validateAnswer(c6, { rating: 'partly', evidence: 'x'.repeat(5001) }, context);
		expect(errorsOf(result)).toEqual([
			{ field: 'c6-rating.evidence', message: 'answer.tooLong', params: { max: 5000 } }
		]);
		expect(validateAnswer(c6, { rating: 'partly', evidence: 'x'.repeat(5000) }, context).ok).toBe(true);
	});

	it('asks for the rating when only evidence is given, and refuses an unknown rating', () => {
		expect(errorsOf(validateAnswer(c6, { rating: '', evidence: 'Some' }, context))).toEqual([
			{ field: 'c6-rating.rating', message: 'answer.ratingRequired' }
		]);
		expect(fieldsOf(validateAnswer(c6, { rating: 'mostly', evidence: 'Some' }, context))).toEqual([
			'c6-rating.rating'
		]);
	});

	it('is required: an empty rating is "Answer this question" on the radios', () => {
		for (const empty of [undefined, null, '', { rating: '', evidence: '' }])
			expect(errorsOf(validateAnswer(c6, empty, context))).toEqual([
				{ field: 'c6-rating.rating', message: 'answer.required' }
			]);
	});
});

describe('a number', () => {
	it('refuses a percentage of 150 on the value field', () => {
		expect(errorsOf(validateAnswer(numberItem(), { value: 150, year: 2024 }, context))).toEqual([
			{ field: 'share.value', message: 'answer.percentRange' }
		]);
	});

	it('uses the item’s own range when it sets one', () => {
		const item = numberItem({ unit: 'people', min: 0, integer: true, withYear: false });
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

describe('choices', () => {
	it('accepts only an option of the item', () => {
		const strategy = shippedItem('strategy', 'choice');
		expect(validateAnswer(strategy, 'yes', context)).toEqual({ ok: true, value: 'yes' });
		expect(errorsOf(validateAnswer(strategy, 'perhaps', context))).toEqual([
			{ field: 'strategy', message: 'answer.invalidOption' }
		]);
		expect(errorsOf(validateAnswer(strategy, 42, context))).toEqual([
			{ field: 'strategy', message: 'answer.invalidOption' }
		]);
	});

	it('keeps each chosen option once, in the order of the options', () => {
		const support = shippedItem('network-support', 'multi_choice');
		expect(validateAnswer(support, ['training', 'peer_review', 'training', ''], context)).toEqual({
			ok: true,
			value: ['peer_review', 'training']
		});
		expect(fieldsOf(validateAnswer(support, ['training', 'a holiday'], context))).toEqual([
			'network-support'
		]);
		expect(validateAnswer(support, [''], context)).toEqual({ ok: true, value: null });
	});
});

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

describe('attachments', () => {
	const documents = shippedItem('documents', 'attachments');
	const file = { fileId: 'f1', name: 'strategy.pdf', bytes: 1000, kind: 'pdf' };

	it('refuses too large files and too many files, naming the file', () => {
		expect(errorsOf(validateAnswer(documents, [{ ...file, bytes: 6 * 1024 * 1024 }], context))).toEqual([
			{ field: 'documents', message: 'answer.fileTooLarge', params: { name: 'strategy.pdf', maxMb: 5 } }
		]);
		const many = Array.from({ length: 11 }, (_, i) => ({ ...file, fileId: `f${i}` }));
		expect(errorsOf(validateAnswer(documents, many, context))).toEqual([
			{ field: 'documents', message: 'answer.tooManyFiles', params: { max: 10 } }
		]);
		expect(validateAnswer(documents, [file, file], context)).toEqual({ ok: true, value: [file] });
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
