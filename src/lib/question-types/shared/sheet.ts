import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { localized } from '$lib/domain/questionnaire/localized';
import type { ChoiceOption } from '$lib/domain/questionnaire/item-base';
import { maxRawEntries } from '$lib/domain/questionnaire/normalise';
import type { Translate } from '$lib/i18n';
import type { FormFields } from './form';

/**
 * The rows of the sheet "Answers" of a city's response workbook: one per field of an item, named as fields.ts
 * names form fields, so the import can rebuild the same form an answer page would send and validate it the same
 * way. This is the pure part; server/exports/response-xlsx.ts writes it with exceljs.
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

export interface SheetContext {
	t: Translate;
	locale: Locale;
}

/** Blank entries a list gets after its filled ones, so new entries can be added in the sheet. */
export const spareEntries = 3;

/** A row builder over the form fields that show the current value. */
export function sheetRows(current: FormFields) {
	return (field: string, part: string | null, takes: Partial<SheetField> = {}): SheetField => {
		const shown = current[field];
		return {
			field,
			part,
			text: Array.isArray(shown) ? shown.join('; ') : (shown ?? ''),
			note: takes.note ?? null,
			choices: takes.choices ?? null
		};
	};
}

/** A cell that takes one of the options: listed in its note and offered as a drop-down. */
export function oneOf(options: ChoiceOption[], { t, locale }: SheetContext): Partial<SheetField> {
	return {
		note: m.import_noteOneOf({ values: described(options, locale) }, { locale: t.locale }),
		choices: options.map((o) => o.value)
	};
}

export function described(options: ChoiceOption[], locale: Locale): string {
	return options.map((o) => `${o.value} – ${localized(o.label, locale)}`).join('\n');
}

/** The rows of the filled entries and a few blank ones, within the item's limit. */
export function entries(value: unknown, max: number, rowsOf: (index: number) => SheetField[]): SheetField[] {
	const filled = Array.isArray(value) && value.length <= maxRawEntries ? value.length : 0;
	const count = Math.max(filled, Math.min(filled + spareEntries, max));
	return Array.from({ length: count }, (_, index) => rowsOf(index)).flat();
}

/** One cell of a repeatable entry ('Entry 2: Title'), with a note for the kinds that take a format. */
export function entryRow(
	row: ReturnType<typeof sheetRows>,
	itemId: string,
	index: number,
	key: string,
	label: string,
	kind: 'text' | 'textarea' | 'year' | 'url',
	{ t }: SheetContext
): SheetField {
	const note =
		kind === 'year'
			? m.import_noteYear({}, { locale: t.locale })
			: kind === 'url'
				? m.import_noteUrl({}, { locale: t.locale })
				: null;
	return row(
		fieldName(itemId, index, key),
		m.import_partEntry({ number: index + 1, field: label }, { locale: t.locale }),
		{
			note
		}
	);
}

/**
 * The entry index and key of a repeatable field ('good-practices.2.title' → 2, 'title'). Indexes are written
 * without leading zeros, so one entry cannot hide under two names.
 */
export function entryOf(
	itemId: string,
	keys: string[],
	field: string
): { index: number; key: string } | null {
	const match = /^\.(0|[1-9]\d{0,3})\.([^.]+)$/.exec(field.slice(itemId.length));
	if (!field.startsWith(itemId) || !match || !keys.includes(match[2] ?? '')) return null;
	return { index: Number(match[1]), key: match[2] ?? '' };
}

/** A field of the item itself, or one of its parts ('.rating', '.evidence'). */
export function isPartOf(itemId: string, field: string, parts: (string | false)[]): boolean {
	if (!field.startsWith(itemId)) return false;
	const rest = field.slice(itemId.length);
	return parts.some((part) => part !== false && rest === part);
}

/** Checkboxes in the form; 'yes' or blank in the sheet ('on' is what a form would send). */
export const yes = 'yes';

/** A yes/no cell: true, false (blank or no), or null when it is neither. Common spellings are accepted. */
export function readFlag(text: string): boolean | null {
	const word = text.trim().toLowerCase();
	if (['', 'no', 'n', 'false', '0', 'non', 'nein'].includes(word)) return false;
	if ([yes, 'y', 'true', '1', 'x', 'on', 'oui', 'ja'].includes(word)) return true;
	return null;
}
