import { describe, expect, it } from 'vitest';
import { definitionSchema, itemsOf, type Definition } from '../questionnaire/definition';
import { currentQuestionnaire } from '../questionnaire/charter-questionnaire';
import { coreProtectionIssues, coreRewordings } from './core-protection';
import { diffVersions } from './diff';
import {
	addItem,
	addModule,
	addSection,
	copiedAs,
	moveItem,
	moveSection,
	removeItem,
	replaceItem
} from './edits';
import { emptyItemFormValues, itemFormValues, itemFromForm } from './item-form';
import { missingRequiredTexts, missingTexts, withTranslations } from './translations';
import { numberItem } from '$test-support/questionnaire-items';

const source = currentQuestionnaire;
const draft = copiedAs(source, 'charter-2028.1');
const ok = (result: ReturnType<typeof addModule>) => {
	if (!result.ok) throw new Error(result.problem);
	return result.definition;
};
const firstRating = itemsOf(source).find(({ item }) => item.type === 'rating')!.item;

describe('the protected core of the Charter ratings', () => {
	it('finds nothing wrong in a plain copy', () => {
		expect(coreProtectionIssues(draft, source)).toEqual([]);
	});

	it('refuses a removed or retyped commitment rating, and a changed commitment number', () => {
		const removed = ok(removeItem(draft, firstRating.id));
		expect(coreProtectionIssues(removed, source)).toEqual([
			{ itemId: firstRating.id, commitment: 1, problem: 'removed' }
		]);
		const retyped = ok(
			replaceItem(draft, firstRating.id, {
				id: firstRating.id,
				type: 'text',
				multiline: true,
				label: firstRating.label,
				required: true
			})
		);
		expect(coreProtectionIssues(retyped, source)[0]?.problem).toBe('retyped');
		const renumbered = ok(replaceItem(draft, firstRating.id, { ...firstRating, commitment: 11 } as never));
		expect(coreProtectionIssues(renumbered, source)[0]?.problem).toBe('commitment_changed');
	});

	it('allows a new wording and says which languages changed', () => {
		const reworded = ok(
			replaceItem(draft, firstRating.id, { ...firstRating, label: { en: 'Reworded commitment' } })
		);
		expect(coreProtectionIssues(reworded, source)).toEqual([]);
		expect(coreRewordings(reworded, source)).toEqual([
			// Every language the rating was written in: the old translations no longer say the new text.
			{ itemId: firstRating.id, commitment: 1, locales: Object.keys(firstRating.label) }
		]);
	});
});

describe('the item form', () => {
	it('keeps the id when the question keeps its meaning, and the translations of unchanged texts', () => {
		const values = { ...itemFormValues(firstRating), hint: 'A new hint' };
		const result = itemFromForm(values, firstRating);
		expect(result.ok && result.keptId).toBe(true);
		expect(result.ok && result.item.id).toBe(firstRating.id);
		expect(result.ok && result.item.label).toEqual(firstRating.label);
		expect(result.ok && result.item.hint).toEqual({ en: 'A new hint' });
	});

	it('takes the new id for a new meaning, and refuses the same id for it', () => {
		const text = itemsOf(source).find(({ item }) => item.type === 'text')!.item;
		const values = { ...itemFormValues(text), meaning: 'new', newId: 'a-new-question' };
		const result = itemFromForm(values, text);
		expect(result.ok && result.item.id).toBe('a-new-question');
		expect(result.ok && result.keptId).toBe(false);
		expect(itemFromForm({ ...values, newId: text.id }, text)).toEqual({
			ok: false,
			errors: { newId: 'editor.sameIdForNewMeaning' }
		});
	});

	it('reads options and figures', () => {
		const choice = itemFromForm({
			...emptyItemFormValues('choice'),
			id: 'housing',
			label: 'Where do they live?',
			options: 'private | Private homes\nhostel | Hostels'
		});
		expect(choice.ok && choice.item).toMatchObject({
			type: 'choice',
			options: [
				{ value: 'private', label: { en: 'Private homes' } },
				{ value: 'hostel', label: { en: 'Hostels' } }
			]
		});
		const figure = itemFromForm({
			...emptyItemFormValues('number'),
			id: 'received',
			label: 'People received',
			unit: 'people',
			min: '0',
			withYear: 'on',
			withSource: 'on'
		});
		expect(figure.ok && figure.item).toMatchObject({
			type: 'number',
			min: 0,
			withYear: true,
			withSource: true
		});
		expect(itemFromForm({ ...emptyItemFormValues('number'), id: 'x', label: 'X', unit: '' })).toMatchObject({
			ok: false,
			errors: { unit: 'editor.unitRequired' }
		});
	});

	it('keeps a unit’s translations while its English stays, and drops them when it changes', () => {
		const received = { ...numberItem(), unit: { en: 'people', fr: 'personnes', it: 'persone' } };
		const values = { ...itemFormValues(received), meaning: 'same' };
		expect(values.unit).toBe('people');
		const kept = itemFromForm(values, received);
		expect(kept.ok && kept.item).toMatchObject({ unit: received.unit });
		const changed = itemFromForm({ ...values, unit: 'households' }, received);
		expect(changed.ok && changed.item).toMatchObject({ unit: { en: 'households' } });
		expect(changed.ok && 'unit' in changed.item && changed.item.unit).not.toHaveProperty('fr');
	});
});

describe('the item form’s "shown only when"', () => {
	const base = { ...emptyItemFormValues('text'), id: 'strategy-review', label: 'Last reviewed?' };

	it('reads the question and the values that show it, and fills them back into the form', () => {
		const result = itemFromForm({ ...base, shownWhenItem: 'strategy', shownWhenValues: 'yes, partly ,' });
		expect(result.ok && result.item.shownWhen).toEqual({ item: 'strategy', values: ['yes', 'partly'] });
		if (!result.ok) return;
		expect(itemFormValues(result.item)).toMatchObject({
			shownWhenItem: 'strategy',
			shownWhenValues: 'yes, partly'
		});
	});

	it('leaves a question always shown without a chosen question, and asks for values with one', () => {
		const always = itemFromForm({ ...base, shownWhenValues: 'yes' });
		expect(always.ok && 'shownWhen' in always.item).toBe(false);
		expect(itemFromForm({ ...base, shownWhenItem: 'strategy', shownWhenValues: ' , ' })).toEqual({
			ok: false,
			errors: { shownWhenValues: 'editor.shownWhenValuesRequired' }
		});
	});
});

describe('a topical module and moving things', () => {
	const withModule = (): Definition =>
		ok(
			addSection(ok(addModule(draft, { id: 'ukraine', title: { en: 'Ukraine' } })), {
				id: 'ukraine-housing',
				title: { en: 'Housing' },
				module: 'ukraine',
				items: [
					{
						id: 'ukraine-housing-kind',
						type: 'text',
						multiline: false,
						label: { en: 'How?' },
						required: false
					}
				]
			})
		);

	it('makes a valid definition, whose new texts lack French', () => {
		const definition = withModule();
		expect(definitionSchema.safeParse(definition).success).toBe(true);
		const before = new Set(missingTexts(draft, 'fr').map((m) => m.key));
		const added = missingTexts(definition, 'fr').filter((m) => !before.has(m.key));
		expect(added.map((m) => m.key)).toEqual([
			'module.ukraine.title',
			'section.ukraine-housing.title',
			'item.ukraine-housing-kind.label'
		]);
		expect(missingRequiredTexts(definition, ['fr'])).toEqual([{ locale: 'fr', count: before.size + 3 }]);
		expect(missingRequiredTexts(definition, [])).toEqual([]);
		const everyFrench = Object.fromEntries([...before].map((key) => [key, `FR ${key}`]));
		const translated = withTranslations(definition, 'fr', {
			...everyFrench,
			'module.ukraine.title': 'Ukraine',
			'section.ukraine-housing.title': 'Logement',
			'item.ukraine-housing-kind.label': 'Comment ?'
		});
		expect(missingRequiredTexts(translated, ['fr'])).toEqual([]);
	});

	it('moves an item across the section border and a section up', () => {
		const definition = withModule();
		const moved = ok(moveItem(definition, 'ukraine-housing-kind', -1));
		const last = moved.sections.at(-2)!;
		expect(last.items.at(-1)!.id).toBe('ukraine-housing-kind');
		expect(moveSection(definition, definition.sections[0]!.id, -1)).toEqual({
			ok: false,
			problem: 'cannot_move'
		});
		const up = ok(moveSection(definition, 'ukraine-housing', -1));
		expect(up.sections.at(-2)!.id).toBe('ukraine-housing');
	});
});

describe('the difference between two versions', () => {
	it('names what was added, removed, reworded (per language), moved and changed', () => {
		const text = itemsOf(source).find(({ item }) => item.type === 'text')!;
		let b = ok(
			addItem(draft, text.section.id, {
				id: 'new-q',
				type: 'text',
				multiline: false,
				label: { en: 'New' },
				required: false
			})
		);
		b = ok(replaceItem(b, firstRating.id, { ...firstRating, label: { ...firstRating.label, fr: 'Autre' } }));
		b = ok(removeItem(b, text.item.id));
		b = ok(moveSection(b, b.sections[1]!.id, -1));
		const secondRating = itemsOf(source).filter(({ item }) => item.type === 'rating')[1]!.item;
		b = ok(replaceItem(b, secondRating.id, { ...secondRating, required: false }));
		const diff = diffVersions(source, b);
		expect(diff.items).toEqual(
			expect.arrayContaining([
				{ kind: 'added', id: 'new-q' },
				{ kind: 'removed', id: text.item.id },
				{ kind: 'reworded', id: firstRating.id, locales: ['fr'] },
				{ kind: 'changed', id: secondRating.id, fields: ['required'] }
			])
		);
		expect(diff.sections).toEqual(
			expect.arrayContaining([
				{ kind: 'moved', id: source.sections[0]!.id },
				{ kind: 'moved', id: source.sections[1]!.id }
			])
		);
		expect(diffVersions(source, draft)).toEqual({ sections: [], items: [], modules: [] });
	});
});
