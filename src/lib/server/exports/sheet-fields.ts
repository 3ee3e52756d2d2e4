import type { Locale } from '$lib/domain/locale';
import {
	fieldName,
	formFieldsFromValue,
	localized,
	migrantDefinitionLabels,
	migrantDefinitions,
	ratings,
	type ChoiceOption,
	type Item,
	type ListField
} from '$lib/domain/questionnaire';
import { maxRawEntries } from '$lib/domain/questionnaire/normalise';
import { defaultMaxRows, maxLinks } from '$lib/domain/questionnaire/validate-collections';
import type { Translate } from '$lib/i18n';

/**
 * The rows of the sheet "Answers": one per field of an item, named as fields.ts names form fields, so the
 * import can rebuild the same form an answer page would send and validate it the same way.
 */
export interface SheetField {
	field: string;
	/** What the field is when the item has several: 'Evidence', 'Entry 2: Title'. */
	part: string | null;
	text: string;
	/** What the cell takes, shown as a note on it. */
	note: string | null;
	/** The values a drop-down list in the cell offers, when the field takes only those. */
	choices: string[] | null;
}

/** Blank entries a list gets after its filled ones, so new entries can be added in the sheet. */
export const spareEntries = 3;

/** Checkboxes in the form; 'yes' or blank in the sheet ('on' is what a form would send). */
const flags = {
	differentDataSet: 'import.partDifferentDataSet',
	nationalOnly: 'import.partNationalOnly'
} as const;
export const yes = 'yes';
const linkFields = [
	{ key: 'url', kind: 'url', label: 'import.partUrl' },
	{ key: 'title', kind: 'text', label: 'import.partTitle' }
] as const;

/** The sheet rows of one item with its current value; none for attachments (files cannot travel in a sheet). */
export function sheetFields(item: Item, value: unknown, t: Translate, locale: Locale): SheetField[] {
	const current = formFieldsFromValue(item, value);
	const text = (field: string) => {
		const shown = current[field];
		return Array.isArray(shown) ? shown.join('; ') : (shown ?? '');
	};
	const row = (field: string, part: string | null, takes: Partial<SheetField> = {}): SheetField => ({
		field,
		part,
		text: text(field),
		note: takes.note ?? null,
		choices: takes.choices ?? null
	});
	const name = (part: string) => fieldName(item.id, part);
	const oneOf = (options: ChoiceOption[]) => ({
		note: t('import.noteOneOf', { values: described(options, locale) }),
		choices: options.map((o) => o.value)
	});
	// A figure's parts; a number item has a year and a source only when it asks for them.
	const figure = (unit: string, parts = { year: true, source: true }) => [
		row(name('value'), t('import.partValue', { unit }), { note: t('import.noteNumber') }),
		...(parts.year ? [row(name('year'), t('import.partYear'), { note: t('import.noteYear') })] : []),
		...(parts.source ? [row(name('source'), t('import.partSource'))] : [])
	];
	switch (item.type) {
		case 'rating':
			return [
				row(name('rating'), t('import.partRating'), { note: t('import.noteRating'), choices: [...ratings] }),
				row(name('evidence'), t('import.partEvidence'))
			];
		case 'text':
			return [row(item.id, null)];
		case 'choice':
			return [row(item.id, null, oneOf(item.options))];
		case 'multi_choice':
			return [
				row(item.id, null, { note: t('import.noteSeveral', { values: described(item.options, locale) }) })
			];
		case 'number':
			return figure(item.unit, { year: item.withYear, source: item.withSource });
		case 'indicator': {
			const definitions = migrantDefinitions.map((v) => ({ value: v, label: migrantDefinitionLabels[v] }));
			return [
				...figure(item.unit),
				row(name('definition'), t('import.partDefinition'), oneOf(definitions)),
				...Object.entries(flags).map(([flag, part]) => ({
					...row(name(flag), t(part), { note: t('import.noteYesNo'), choices: [yes, 'no'] }),
					text: current[name(flag)] ? yes : ''
				}))
			];
		}
		case 'list':
			return entries(item.id, value, item.maxRows ?? defaultMaxRows, (index) =>
				item.fields.map((f) => entryRow(index, f.key, localized(f.label, locale), f.kind))
			);
		case 'links':
			return entries(item.id, value, maxLinks, (index) =>
				linkFields.map((f) => entryRow(index, f.key, t(f.label), f.kind))
			);
		case 'attachments':
			return [];
	}

	function entryRow(index: number, key: string, label: string, kind: ListField['kind']): SheetField {
		const note = kind === 'year' ? t('import.noteYear') : kind === 'url' ? t('import.noteUrl') : null;
		return row(fieldName(item.id, index, key), t('import.partEntry', { number: index + 1, field: label }), {
			note
		});
	}
}

/** The filled entries and a few blank ones, within the item's limit. */
function entries(
	itemId: string,
	value: unknown,
	max: number,
	rowsOf: (index: number) => SheetField[]
): SheetField[] {
	const filled = Array.isArray(value) && value.length <= maxRawEntries ? value.length : 0;
	const count = Math.max(filled, Math.min(filled + spareEntries, max));
	return Array.from({ length: count }, (_, index) => rowsOf(index)).flat();
}

function described(options: ChoiceOption[], locale: Locale): string {
	return options.map((o) => `${o.value} – ${localized(o.label, locale)}`).join('\n');
}

/** Whether `field` is a field of `item` that the sheet may hold (as fields.ts names them). */
export function isSheetField(item: Item, field: string): boolean {
	if (!field.startsWith(item.id)) return false;
	const rest = field.slice(item.id.length);
	switch (item.type) {
		case 'rating':
			return rest === '.rating' || rest === '.evidence';
		case 'text':
		case 'choice':
		case 'multi_choice':
			return rest === '';
		case 'number':
			return (
				rest === '.value' || (item.withYear && rest === '.year') || (item.withSource && rest === '.source')
			);
		case 'indicator':
			return ['.value', '.year', '.source', '.definition'].includes(rest) || isFlag(item, field);
		case 'list':
		case 'links':
			return entryOf(item, field) !== null;
		case 'attachments':
			return false;
	}
}

export function isFlag(item: Item, field: string): boolean {
	return item.type === 'indicator' && Object.keys(flags).some((flag) => field === fieldName(item.id, flag));
}

/**
 * The entry index and key of a list or links field ('good-practices.2.title' → 2, 'title'). Indexes are
 * written without leading zeros, so one entry cannot hide under two names.
 */
export function entryOf(item: Item, field: string): { index: number; key: string } | null {
	const keys =
		item.type === 'list' ? item.fields.map((f) => f.key) : item.type === 'links' ? ['url', 'title'] : [];
	const match = /^\.(0|[1-9]\d{0,3})\.([^.]+)$/.exec(field.slice(item.id.length));
	if (!field.startsWith(item.id) || !match || !keys.includes(match[2] ?? '')) return null;
	return { index: Number(match[1]), key: match[2] ?? '' };
}

/** A yes/no cell: true, false (blank or no), or null when it is neither. Common spellings are accepted. */
export function readFlag(text: string): boolean | null {
	const word = text.trim().toLowerCase();
	if (['', 'no', 'n', 'false', '0', 'non', 'nein'].includes(word)) return false;
	if ([yes, 'y', 'true', '1', 'x', 'on', 'oui', 'ja'].includes(word)) return true;
	return null;
}
