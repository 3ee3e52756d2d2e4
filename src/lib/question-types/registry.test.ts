import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { itemSchema, itemsOf } from '$lib/domain/questionnaire/definition';
import { questionForms } from './forms';
import { questionInputs } from './inputs';
import { itemSchemas } from './item-schemas';
import { questionTypes } from './registry';
import { questionSummaries } from './summaries';

const folder = fileURLToPath(new URL('.', import.meta.url));
/** Every folder here but shared/ is a question type, named as definitions name it. */
const typeFolders = readdirSync(folder, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
	.map((entry) => entry.name)
	.sort();
const registered = Object.keys(questionTypes).sort();
const everyTypeHas = ['index.ts', 'definition.ts', 'schema.ts', 'validate.ts', 'Input.svelte', 'summary.ts'];

describe('the question type registry', () => {
	it('lists every type folder, and has a folder for every type it lists', () => {
		expect(registered).toEqual(typeFolders);
	});

	it('gives every type its definition, schema, validation, input, summary and tests in its folder', () => {
		for (const type of typeFolders) {
			for (const file of everyTypeHas)
				expect(existsSync(`${folder}/${type}/${file}`), `${type}/${file}`).toBe(true);
			expect(existsSync(`${folder}/${type}/${type}.test.ts`), `${type}/${type}.test.ts`).toBe(true);
		}
	});

	it('gives every registered type its input and its summary', () => {
		expect(Object.keys(questionInputs).sort()).toEqual(registered);
		expect(Object.keys(questionSummaries).sort()).toEqual(registered);
	});

	it('gives every registered type its item schema', () => {
		expect(Object.keys(itemSchemas).sort()).toEqual(registered);
	});

	// The answer page reads and fills forms through forms.ts; the server saves through the registry. Were they
	// to disagree, a colleague's answer taken in a conflict would fill other fields than the server reads.
	it('reads and fills forms in the browser with the functions the server uses', () => {
		expect(Object.keys(questionForms).sort()).toEqual(registered);
		for (const [name, type] of Object.entries(questionTypes)) {
			const form = questionForms[name as keyof typeof questionForms];
			expect(form.fromForm, name).toBe(type.fromForm);
			expect(form.toFormFields, name).toBe(type.toFormFields);
		}
	});

	it('is what the definition schema accepts: no type outside it, none of it left out', () => {
		const minimal = { id: 'an-item', label: { en: 'An item' }, required: false };
		for (const type of registered) {
			const parsed = itemSchema.safeParse({ ...minimal, type });
			// Most types miss their own fields here, but none is refused for its type.
			const aboutType = parsed.error?.issues.filter((issue) => issue.path[0] === 'type') ?? [];
			expect(aboutType, type).toEqual([]);
		}
		const unknown = itemSchema.safeParse({ ...minimal, type: 'slider' });
		expect(unknown.error?.issues[0]?.path).toEqual(['type']);
	});

	it('covers every type the shipped questionnaire uses', () => {
		for (const { item } of itemsOf(charterQuestionnaire)) expect(registered, item.id).toContain(item.type);
	});
});
