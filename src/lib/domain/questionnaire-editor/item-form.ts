import { z } from 'zod';
import type { Item, ItemType, LocalizedText } from '../questionnaire/definition';
import { attachmentKinds } from '../questionnaire/definition';
import { withEnglish } from './text-slots';

/**
 * The item form of the editor: one form for every question type, whose type-specific fields the page shows
 * for the item's type. Fields arrive as strings; this turns them into an item of the definition (English
 * texts; other languages come from the translations page), keeping the translations of unchanged texts.
 * Messages are message keys of the editor area.
 */
export const itemFormFields = [
	'type',
	'id',
	'meaning',
	'newId',
	'label',
	'hint',
	'required',
	'requiredWhenItem',
	'requiredWhenValues',
	'shownWhenItem',
	'shownWhenValues',
	'commitment',
	'multiline',
	'maxLength',
	'unit',
	'min',
	'max',
	'integer',
	'withYear',
	'withSource',
	'options',
	'fields',
	'maxRows',
	'maxFiles',
	'maxBytes'
] as const;
export type ItemFormValues = Record<(typeof itemFormFields)[number], string> & { accept: string[] };

const checked = (value: string) => value === 'on' || value === 'true';
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function optionalNumberOf(value: string): number | undefined | null {
	if (value.trim() === '') return undefined;
	const n = Number(value.trim().replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

/** "value | English label" per line. */
function optionLines(text: string) {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [value = '', ...label] = line.split('|');
			return { value: value.trim(), label: label.join('|').trim() };
		});
}

/** "key | English label | kind | required" per line (kind: text, textarea, year, url; required: yes or no). */
function fieldLines(text: string) {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [key = '', label = '', kind = 'text', required = 'no'] = line.split('|').map((p) => p.trim());
			return { key, label, kind, required: /^(yes|oui|ja|true)$/i.test(required) };
		});
}

/** "a, b, c": the values a condition tests. */
function commaList(text: string): string[] {
	return text
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

export type ItemFormResult =
	{ ok: true; item: Item; keptId: boolean } | { ok: false; errors: Record<string, string> };

/**
 * Reads the item form. `previous` is the item being edited (none when adding): its translations are kept for
 * texts whose English did not change. The id stays unless the person said the question has a new meaning.
 */
export function itemFromForm(values: ItemFormValues, previous?: Item): ItemFormResult {
	const errors: Record<string, string> = {};
	const type = (previous?.type ?? values.type) as ItemType;
	const newMeaning = previous ? values.meaning === 'new' : true;
	const id = (previous ? (newMeaning ? values.newId : previous.id) : values.id).trim();
	if (!kebab.test(id)) errors[previous ? 'newId' : 'id'] = 'editor.invalidId';
	else if (previous && newMeaning && id === previous.id) errors.newId = 'editor.sameIdForNewMeaning';
	const label = values.label.trim();
	if (!label) errors.label = 'editor.labelRequired';
	const hint = values.hint.trim();
	const number = (name: keyof ItemFormValues) => {
		const n = optionalNumberOf(values[name] as string);
		if (n === null) errors[name] = 'editor.invalidNumber';
		return n ?? undefined;
	};
	const keep = (previousText: LocalizedText | undefined, en: string) => withEnglish(previousText, en);
	const base: Record<string, unknown> = {
		id,
		type,
		label: keep(previous?.label, label),
		...(hint ? { hint: keep(previous?.hint, hint) } : {}),
		required: checked(values.required)
	};
	const whenItem = values.requiredWhenItem.trim();
	if (whenItem) {
		const whenValues = commaList(values.requiredWhenValues);
		if (whenValues.length === 0) errors.requiredWhenValues = 'editor.conditionValuesRequired';
		base.requiredWhen = { item: whenItem, in: whenValues };
	}
	const shownItem = values.shownWhenItem.trim();
	if (shownItem) {
		const shownValues = commaList(values.shownWhenValues);
		if (shownValues.length === 0) errors.shownWhenValues = 'editor.shownWhenValuesRequired';
		base.shownWhen = { item: shownItem, values: shownValues };
	}
	const item = { ...base, ...typeFields(type, values, previous, number, errors) };
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, item: item as Item, keptId: !newMeaning };
}

function typeFields(
	type: ItemType,
	values: ItemFormValues,
	previous: Item | undefined,
	number: (name: keyof ItemFormValues) => number | undefined,
	errors: Record<string, string>
): Record<string, unknown> {
	const bounds = () => {
		const min = number('min');
		const max = number('max');
		return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
	};
	// The unit is a text like the label: its translations stay while its English does not change.
	const unit = () => {
		if (!values.unit.trim()) errors.unit = 'editor.unitRequired';
		const before = previous?.type === 'number' || previous?.type === 'indicator' ? previous.unit : undefined;
		return withEnglish(before, values.unit.trim());
	};
	switch (type) {
		case 'rating': {
			const commitment = number('commitment');
			if (commitment === undefined) errors.commitment = 'editor.invalidNumber';
			return { commitment };
		}
		case 'text': {
			const maxLength = number('maxLength');
			return { multiline: checked(values.multiline), ...(maxLength !== undefined ? { maxLength } : {}) };
		}
		case 'number':
			return {
				unit: unit(),
				...bounds(),
				...(checked(values.integer) ? { integer: true } : {}),
				withYear: checked(values.withYear),
				withSource: checked(values.withSource)
			};
		case 'indicator':
			return { unit: unit(), ...bounds() };
		case 'choice':
		case 'multi_choice': {
			const before = previous && 'options' in previous ? previous.options : [];
			const options = optionLines(values.options).map(({ value, label }) => ({
				value,
				label: withEnglish(before.find((o) => o.value === value)?.label, label)
			}));
			if (options.length === 0 || options.some((o) => !o.value || !o.label.en))
				errors.options = 'editor.optionsFormat';
			return { options };
		}
		case 'list': {
			const before = previous && previous.type === 'list' ? previous.fields : [];
			const fields = fieldLines(values.fields).map(({ key, label, kind, required }) => ({
				key,
				label: withEnglish(before.find((f) => f.key === key)?.label, label),
				kind,
				required
			}));
			if (
				fields.length === 0 ||
				fields.some((f) => !f.key || !f.label.en || !['text', 'textarea', 'year', 'url'].includes(f.kind))
			)
				errors.fields = 'editor.fieldsFormat';
			const maxRows = number('maxRows');
			return { fields, ...(maxRows !== undefined ? { maxRows } : {}) };
		}
		case 'links':
			return {};
		case 'attachments': {
			const accept = values.accept.filter((kind) => (attachmentKinds as readonly string[]).includes(kind));
			if (accept.length === 0) errors.accept = 'editor.acceptRequired';
			return { maxFiles: number('maxFiles') ?? 5, maxBytes: number('maxBytes') ?? 10_000_000, accept };
		}
	}
}

/** The form's values for an item, to prefill its edit form. */
export function itemFormValues(item: Item): ItemFormValues {
	const text = (n: number | undefined) => (n === undefined ? '' : String(n));
	const flag = (b: boolean | undefined) => (b ? 'on' : '');
	const any = item as Item & Record<string, unknown>;
	return {
		type: item.type,
		id: item.id,
		meaning: 'same',
		newId: '',
		label: item.label.en,
		hint: item.hint?.en ?? '',
		required: flag(item.required),
		requiredWhenItem: item.requiredWhen?.item ?? '',
		requiredWhenValues: item.requiredWhen?.in.join(', ') ?? '',
		shownWhenItem: item.shownWhen?.item ?? '',
		shownWhenValues: item.shownWhen?.values.join(', ') ?? '',
		commitment: item.type === 'rating' ? String(item.commitment) : '',
		multiline: item.type === 'text' ? flag(item.multiline) : '',
		maxLength: item.type === 'text' ? text(item.maxLength) : '',
		unit: item.type === 'number' || item.type === 'indicator' ? item.unit.en : '',
		min: text(any.min as number | undefined),
		max: text(any.max as number | undefined),
		integer: item.type === 'number' ? flag(item.integer) : '',
		withYear: item.type === 'number' ? flag(item.withYear) : '',
		withSource: item.type === 'number' ? flag(item.withSource) : '',
		options:
			item.type === 'choice' || item.type === 'multi_choice'
				? item.options.map((o) => `${o.value} | ${o.label.en}`).join('\n')
				: '',
		fields:
			item.type === 'list'
				? item.fields
						.map((f) => `${f.key} | ${f.label.en} | ${f.kind} | ${f.required ? 'yes' : 'no'}`)
						.join('\n')
				: '',
		maxRows: item.type === 'list' ? text(item.maxRows) : '',
		maxFiles: item.type === 'attachments' ? String(item.maxFiles) : '',
		maxBytes: item.type === 'attachments' ? String(item.maxBytes) : '',
		accept: item.type === 'attachments' ? [...item.accept] : []
	};
}

/** The posted item form: every field a string (absent ones empty), the accepted file kinds a list. */
const itemFormSchema = z.object({
	...Object.fromEntries(itemFormFields.map((name) => [name, z.string().catch('')])),
	accept: z.array(z.string()).catch([])
}) as unknown as z.ZodType<ItemFormValues>;

/** Reads the item form's fields from a posted form (the accepted file kinds are repeated checkboxes). */
export function itemFormValuesFrom(form: FormData): ItemFormValues {
	const raw = Object.fromEntries(itemFormFields.map((name) => [name, form.get(name) ?? '']));
	return itemFormSchema.parse({ ...raw, accept: form.getAll('accept') });
}

/** A new item's form: the type chosen, the rest empty. */
export function emptyItemFormValues(type: string): ItemFormValues {
	const values = Object.fromEntries(itemFormFields.map((name) => [name, ''])) as Record<
		(typeof itemFormFields)[number],
		string
	>;
	return { ...values, type, meaning: 'new', accept: [] };
}
