import fc from 'fast-check';
import type { ValidationContext } from '$lib/domain/questionnaire/assessment';
import type { Item, ListField } from '$lib/domain/questionnaire/definition';
import { figureYearRange } from '$lib/question-types/shared/figure';
import { listYearRange } from '$lib/question-types/list/definition';
import { migrantDefinitions, ratings } from '$lib/domain/questionnaire/values';

/**
 * fast-check generators for answers, for the property tests only (never imported by application code).
 * `validValue` gives answers an item accepts; `nearValue` gives answers shaped like the item's but with any
 * part replaced by junk.
 */

/** Non-blank text of at most `max` characters (a leading letter keeps it non-blank after trimming). */
function someText(max: number, multiline: boolean): fc.Arbitrary<string> {
	const body = fc.string({ unit: 'grapheme', maxLength: Math.max(0, Math.min(max - 1, 120)) });
	const text = body.map((s) => `A${s}`);
	return multiline
		? fc.oneof(
				text,
				fc.tuple(text, text).map(([a, b]) => `${a}\r\n${b}`)
			)
		: text;
}

function figure(
	min: number | undefined,
	max: number | undefined,
	unit: string
): fc.Arbitrary<number | string> {
	const low = min ?? (unit === '%' ? 0 : -1e9);
	const high = max ?? (unit === '%' ? 100 : 1e9);
	const n = fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
	// Typed forms too: a decimal comma and surrounding spaces, as people type them.
	return fc.oneof(
		n,
		n.map((x) => ` ${String(x).replace('.', ',')} `)
	);
}

function year(range: { min: number; max: number }): fc.Arbitrary<number | string> {
	const y = fc.integer(range);
	return fc.oneof(y, y.map(String));
}

const webAddress = fc.webUrl({ validSchemes: ['https', 'http'] }).filter((url) => url.length < 2000);

function cell(field: ListField, context: ValidationContext): fc.Arbitrary<string> {
	const value =
		field.kind === 'year'
			? fc.integer(listYearRange(context)).map(String)
			: field.kind === 'url'
				? webAddress
				: someText(field.kind === 'text' ? 500 : 5000, field.kind === 'textarea');
	return field.required ? value : fc.oneof(value, fc.constant(''));
}

export function validValue(item: Item, context: ValidationContext): fc.Arbitrary<unknown> {
	switch (item.type) {
		case 'rating':
			return fc.record({ rating: fc.constantFrom(...ratings), evidence: someText(5000, true) });
		case 'text':
			return someText(item.maxLength ?? 500, item.multiline);
		case 'number':
			// Year and source are always there; the item ignores the ones it does not ask for.
			return fc.record({
				value: figure(item.min, item.max, item.unit.en).filter(
					(n) => !item.integer || Number.isInteger(Number(n))
				),
				year: year(figureYearRange(context)),
				source: someText(500, false)
			});
		case 'indicator':
			return fc.record({
				value: figure(item.min, item.max, item.unit.en),
				year: year(figureYearRange(context)),
				source: someText(500, false),
				definition: fc.constantFrom(...migrantDefinitions),
				differentDataSet: fc.boolean(),
				nationalOnly: fc.boolean()
			});
		case 'choice':
			return fc.constantFrom(...item.options.map((o) => o.value));
		case 'multi_choice':
			return fc.subarray(item.options.map((o) => o.value));
		case 'list':
			return fc.array(fc.record(Object.fromEntries(item.fields.map((f) => [f.key, cell(f, context)]))), {
				maxLength: item.maxRows ?? 5
			});
		case 'links':
			return fc.array(
				fc.record({ url: webAddress, title: fc.oneof(fc.constant(''), someText(300, false)) }),
				{
					maxLength: 5
				}
			);
		case 'attachments':
			return fc.uniqueArray(
				fc.record({
					fileId: fc.uuid(),
					name: someText(100, false),
					bytes: fc.integer({ min: 0, max: item.maxBytes }),
					kind: fc.constantFrom(...item.accept)
				}),
				{ maxLength: item.maxFiles, selector: (file) => file.fileId }
			);
	}
}

/** Anything at all, including the values JSON or a tampered form could carry. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
	fc.anything({
		withBigInt: true,
		withBoxedValues: true,
		withDate: true,
		withMap: true,
		withNullPrototype: true,
		withObjectString: true,
		withSet: true,
		withSparseArray: true,
		withTypedArray: true
	}),
	fc.string({ unit: 'binary' }),
	fc.constantFrom('', ' ', null, undefined, NaN, Infinity, -0, '1e400', 'javascript:alert(1)', '12,5x'),
	fc.double(),
	fc.integer(),
	fc.boolean()
);

/** A value shaped like the item's, with each part either valid or junk. */
export function nearValue(item: Item, context: ValidationContext): fc.Arbitrary<unknown> {
	const valid = validValue(item, context);
	const spoil = (value: unknown): fc.Arbitrary<unknown> => {
		if (Array.isArray(value))
			return fc.oneof(
				fc.constant(value),
				fc
					.tuple(fc.tuple(...value.map((v) => spoil(v))), fc.array(junk, { maxLength: 2 }))
					.map(([rows, extra]) => [...rows, ...extra])
			);
		if (value !== null && typeof value === 'object')
			return fc
				.tuple(
					...Object.entries(value).map(([key, v]) =>
						fc.oneof(fc.constant(v), junk).map((x) => [key, x] as const)
					)
				)
				.map((entries) => Object.fromEntries(entries));
		return fc.oneof(fc.constant(value), junk);
	};
	return valid.chain(spoil);
}

/** One of the items, each item type equally likely (the questionnaire itself is mostly text items). */
export function anyItem(items: Item[]): fc.Arbitrary<Item> {
	const byType = new Map<string, Item[]>();
	for (const item of items) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
	return fc.constantFrom(...byType.values()).chain((group) => fc.constantFrom(...group));
}
