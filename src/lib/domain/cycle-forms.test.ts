import { describe, expect, it } from 'vitest';
import {
	cycleInputSchema,
	extensionProblem,
	extensionSchema,
	inviteSchema,
	slugFromName,
	transitionSchema
} from './cycle-forms';
import { fieldErrors } from './forms';
import { defaultQuestionnaireVersion } from './questionnaire/versions';

const valid = {
	name: '2026–2028',
	slug: '',
	periodStart: '2026-07-01',
	periodEnd: '2028-06-30',
	questionnaireVersion: defaultQuestionnaireVersion,
	opensOn: '2028-09-01',
	deadline: '2029-01-31',
	cityAnswersPublic: 'on',
	note: '  '
};

function errorsOf(values: Record<string, string>) {
	const parsed = cycleInputSchema.safeParse(values);
	return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('cycle settings form', () => {
	it('derives the address from the name when none is typed, and reads the checkbox and empty note', () => {
		const parsed = cycleInputSchema.parse(valid);
		expect(parsed).toMatchObject({ slug: '2026-2028', cityAnswersPublic: true, note: null });
		expect(cycleInputSchema.parse({ ...valid, cityAnswersPublic: '' }).cityAnswersPublic).toBe(false);
		expect(cycleInputSchema.parse({ ...valid, slug: ' My-Cycle ' }).slug).toBe('my-cycle');
	});

	it('makes readable addresses of names with accents and punctuation', () => {
		expect(slugFromName('Période d’été 2026 / 2028!')).toBe('periode-d-ete-2026-2028');
		expect(slugFromName('––')).toBe('');
	});

	it('refuses missing and malformed fields, each with its own message', () => {
		expect(
			errorsOf({
				...valid,
				name: '',
				periodStart: '2026-13-01',
				periodEnd: '',
				questionnaireVersion: 'charter 1999',
				opensOn: 'soon',
				deadline: '31/01/2029'
			})
		).toEqual({
			name: 'cycles.nameRequired',
			periodStart: 'cycles.invalidPeriodStart',
			periodEnd: 'cycles.invalidPeriodEnd',
			questionnaireVersion: 'cycles.invalidVersion',
			opensOn: 'cycles.invalidOpensOn',
			deadline: 'cycles.invalidDeadline'
		});
	});

	it('refuses an end before the start and a deadline not after the opening', () => {
		expect(errorsOf({ ...valid, periodEnd: '2026-06-30' })).toEqual({
			periodEnd: 'cycles.periodEndBeforeStart'
		});
		expect(errorsOf({ ...valid, deadline: valid.opensOn })).toEqual({
			deadline: 'cycles.deadlineBeforeOpening'
		});
	});

	it('refuses addresses that are not lower-case words joined by hyphens, or that name a page', () => {
		for (const slug of ['a b', 'a--b', '-ab', 'new', 'x'.repeat(61)])
			expect(errorsOf({ ...valid, slug })).toEqual({ slug: 'cycles.invalidSlug' });
		expect(errorsOf({ ...valid, name: '––' })).toEqual({ slug: 'cycles.invalidSlug' });
	});
});

describe('state change, invitation and extension forms', () => {
	it('reads the state seen and the state wanted', () => {
		expect(transitionSchema.parse({ from: 'draft', to: 'open' })).toEqual({ from: 'draft', to: 'open' });
		expect(transitionSchema.safeParse({ from: 'draft', to: 'archived' }).success).toBe(false);
	});

	it('needs at least one city, ignores repeats and refuses what is not an id', () => {
		expect(inviteSchema.parse(['3', '5', '3'])).toEqual([3, 5]);
		expect(inviteSchema.safeParse([]).success).toBe(false);
		expect(inviteSchema.safeParse(['3', 'drop table']).success).toBe(false);
	});

	it('grants only a date after the cycle deadline and not in the past', () => {
		const facts = { deadline: '2027-01-31', today: '2027-02-10' };
		expect(extensionProblem('2027-01-31', facts)).toBe('cycles.extensionNotAfterDeadline');
		expect(extensionProblem('2027-02-05', facts)).toBe('cycles.extensionInPast');
		expect(extensionProblem('2027-02-10', facts)).toBeNull();
		const schema = extensionSchema(facts);
		expect(schema.parse({ cityId: '7', extendedTo: '2027-03-15', message: '' })).toEqual({
			cityId: 7,
			extendedTo: '2027-03-15',
			message: null
		});
		const refused = schema.safeParse({ cityId: '', extendedTo: '2027-01-15', message: '' });
		expect(refused.success ? {} : fieldErrors(refused.error)).toEqual({
			cityId: 'cycles.chooseCity',
			extendedTo: 'cycles.extensionNotAfterDeadline'
		});
	});
});
