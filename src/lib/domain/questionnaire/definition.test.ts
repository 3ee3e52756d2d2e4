import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from './charter-questionnaire';
import { definitionSchema, localized, type Definition } from './definition';

function definitionWith(sections: unknown[]): unknown {
	return { version: 'test-2024.1', title: { en: 'Test' }, sections };
}

const rating = (id: string, commitment: number) => ({
	id,
	type: 'rating',
	commitment,
	label: { en: 'A commitment' },
	required: true
});
const text = (id: string, extra: object = {}) => ({
	id,
	type: 'text',
	multiline: false,
	label: { en: 'Some text' },
	required: false,
	...extra
});
const choice = (id: string) => ({
	id,
	type: 'choice',
	label: { en: 'A choice' },
	required: true,
	options: [
		{ value: 'yes', label: { en: 'Yes' } },
		{ value: 'no', label: { en: 'No' } }
	]
});

function messagesOf(input: unknown): string[] {
	const result = definitionSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('the questionnaire definition schema', () => {
	it('accepts the shipped questionnaire as it is', () => {
		expect(definitionSchema.safeParse(charterQuestionnaire).success).toBe(true);
		const copy: Definition = JSON.parse(JSON.stringify(charterQuestionnaire));
		expect(definitionSchema.parse(copy)).toEqual(charterQuestionnaire);
	});

	it('accepts a small valid definition', () => {
		const input = definitionWith([
			{
				id: 'one',
				title: { en: 'One' },
				items: [choice('strategy'), text('name', { requiredWhen: { item: 'strategy', in: ['yes'] } })]
			}
		]);
		expect(messagesOf(input)).toEqual([]);
	});

	it('accepts a question shown only for some answers to a choice or a rating', () => {
		const input = definitionWith([
			{
				id: 'one',
				title: { en: 'One' },
				items: [
					choice('strategy'),
					text('name', { shownWhen: { item: 'strategy', values: ['yes'] } }),
					rating('c1', 1),
					text('why', { shownWhen: { item: 'c1', values: ['not_at_all', 'partly'] } })
				]
			}
		]);
		expect(messagesOf(input)).toEqual([]);
	});

	it('refuses a shownWhen that points at no item, at itself, at a text, at an impossible value, or at a conditional question', () => {
		const one = (items: unknown[]) => definitionWith([{ id: 'one', title: { en: 'One' }, items }]);
		expect(messagesOf(one([text('a', { shownWhen: { item: 'nowhere', values: ['yes'] } })]))).toContain(
			"shownWhen refers to unknown item 'nowhere'"
		);
		expect(messagesOf(one([text('a', { shownWhen: { item: 'a', values: ['x'] } })]))).toContain(
			"shownWhen refers to unknown item 'a'"
		);
		expect(messagesOf(one([text('a'), text('b', { shownWhen: { item: 'a', values: ['x'] } })]))).toContain(
			'shownWhen must refer to a rating or choice item'
		);
		expect(
			messagesOf(one([choice('c'), text('b', { shownWhen: { item: 'c', values: ['maybe'] } })]))
		).toContain("shownWhen lists a value that 'c' cannot take");
		expect(messagesOf(one([choice('c'), text('b', { shownWhen: { item: 'c', values: [] } })]))).not.toEqual(
			[]
		);
		const chained = one([
			choice('c'),
			{ ...choice('d'), shownWhen: { item: 'c', values: ['yes'] } },
			text('e', { shownWhen: { item: 'd', values: ['yes'] } })
		]);
		expect(messagesOf(chained)).toEqual(["shownWhen must refer to a question that is always shown, not 'd'"]);
	});

	it('refuses an item id used twice, even across sections', () => {
		const input = definitionWith([
			{ id: 'one', title: { en: 'One' }, items: [text('same')] },
			{ id: 'two', title: { en: 'Two' }, items: [text('same')] }
		]);
		expect(messagesOf(input)).toContain("Duplicate item id 'same'");
	});

	it('accepts a topical module whose sections name it, and refuses a section naming an undeclared one', () => {
		const declared = {
			version: 'test-2024.1',
			title: { en: 'Test' },
			modules: [{ id: 'ukraine', title: { en: 'People who fled the war in Ukraine' } }],
			sections: [
				{ id: 'core', title: { en: 'Core' }, items: [text('a')] },
				{ id: 'housing', title: { en: 'Housing' }, module: 'ukraine', items: [text('b')] }
			]
		};
		expect(messagesOf(declared)).toEqual([]);
		const undeclared = { ...declared, modules: [] };
		expect(messagesOf(undeclared)).toContain("Section names unknown module 'ukraine'");
		const twice = { ...declared, modules: [...declared.modules, ...declared.modules] };
		expect(messagesOf(twice)).toContain("Duplicate module id 'ukraine'");
	});

	it('refuses a section id used twice', () => {
		const input = definitionWith([
			{ id: 'one', title: { en: 'One' }, items: [text('a')] },
			{ id: 'one', title: { en: 'Two' }, items: [text('b')] }
		]);
		expect(messagesOf(input)).toContain("Duplicate section id 'one'");
	});

	it('refuses a requiredWhen that points at no item, at itself, at a text, or at a value the item cannot take', () => {
		const dangling = definitionWith([
			{
				id: 'one',
				title: { en: 'One' },
				items: [text('a', { requiredWhen: { item: 'nowhere', in: ['yes'] } })]
			}
		]);
		expect(messagesOf(dangling)).toContain("requiredWhen refers to unknown item 'nowhere'");
		const self = definitionWith([
			{ id: 'one', title: { en: 'One' }, items: [text('a', { requiredWhen: { item: 'a', in: ['x'] } })] }
		]);
		expect(messagesOf(self)).toContain("requiredWhen refers to unknown item 'a'");
		const onText = definitionWith([
			{
				id: 'one',
				title: { en: 'One' },
				items: [text('a'), text('b', { requiredWhen: { item: 'a', in: ['x'] } })]
			}
		]);
		expect(messagesOf(onText)).toContain('requiredWhen must refer to a rating or choice item');
		const badValue = definitionWith([
			{
				id: 'one',
				title: { en: 'One' },
				items: [choice('c'), text('b', { requiredWhen: { item: 'c', in: ['maybe'] } })]
			}
		]);
		expect(messagesOf(badValue)).toContain("requiredWhen lists a value that 'c' cannot take");
	});

	it('refuses a commitment rated twice, and a rating in the section of another role', () => {
		const twice = definitionWith([
			{ id: 'one', title: { en: 'One' }, items: [rating('a', 1), rating('b', 1)] }
		]);
		expect(messagesOf(twice)).toContain('Commitment 1 is rated twice');
		const wrongRole = definitionWith([
			{ id: 'employer', title: { en: 'Employer' }, role: 'employer', items: [rating('a', 9)] }
		]);
		expect(messagesOf(wrongRole)).toContain('Commitment 9 belongs to role buyer, not employer');
	});

	it('refuses ids that cannot be field names, unknown keys and commitments outside 1–11', () => {
		expect(messagesOf(definitionWith([{ id: 'one', title: { en: 'One' }, items: [text('a.b')] }]))).toContain(
			'Use a kebab-case id'
		);
		expect(
			messagesOf(
				definitionWith([{ id: 'one', title: { en: 'One' }, items: [text('a', { requiredwhen: {} })] }])
			)
		).not.toEqual([]);
		expect(
			messagesOf(definitionWith([{ id: 'one', title: { en: 'One' }, items: [rating('a', 12)] }]))
		).not.toEqual([]);
	});

	it('refuses duplicate option values, duplicate list keys and min above max', () => {
		const options = {
			...choice('c'),
			options: [
				{ value: 'x', label: { en: 'X' } },
				{ value: 'x', label: { en: 'Y' } }
			]
		};
		expect(messagesOf(definitionWith([{ id: 'one', title: { en: 'One' }, items: [options] }]))).toContain(
			'Option values must be unique'
		);
		const field = { key: 'title', label: { en: 'Title' }, kind: 'text', required: true };
		const list = { id: 'l', type: 'list', label: { en: 'L' }, required: false, fields: [field, field] };
		expect(messagesOf(definitionWith([{ id: 'one', title: { en: 'One' }, items: [list] }]))).toContain(
			'List field keys must be unique'
		);
		const number = {
			id: 'n',
			type: 'number',
			label: { en: 'N' },
			required: false,
			unit: '%',
			min: 50,
			max: 10,
			withYear: true,
			withSource: false
		};
		expect(messagesOf(definitionWith([{ id: 'one', title: { en: 'One' }, items: [number] }]))).toContain(
			'min must not exceed max'
		);
	});
});

describe('localized', () => {
	it('gives the text in the asked language, or English when there is none', () => {
		expect(localized({ en: 'Yes', fr: 'Oui' }, 'fr')).toBe('Oui');
		expect(localized({ en: 'Yes', fr: 'Oui' }, 'de')).toBe('Yes');
	});
});
