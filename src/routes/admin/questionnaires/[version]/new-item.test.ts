import { describe, expect, it } from 'vitest';
import { itemSchema } from '$lib/domain/questionnaire/definition';
import { itemFormValues, itemFromForm } from '$lib/domain/questionnaire-editor/item-form';
import { questionTypes, type TypeName } from '$lib/question-types/registry';
import { newItem } from './new-item';

describe('a new question of every registered type', () => {
	for (const type of Object.keys(questionTypes) as TypeName[]) {
		it(`is a valid ${type} item, and its edit form gives it back unchanged`, () => {
			const item = newItem(type, `new-${type.replace('_', '-')}`, 'A new question');
			expect(itemSchema.safeParse(item).success).toBe(true);
			const read = itemFromForm(itemFormValues(item), item);
			expect(read).toEqual({ ok: true, item, keptId: true });
		});
	}
});
