import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyItem, junk, nearValue, validValue } from '$test-support/questionnaire-arbitraries';
import { charterQuestionnaire } from './charter-questionnaire';
import { itemsOf, type Item } from './definition';
import { isValidationMessageKey } from './messages';
import { context } from '$test-support/questionnaire-items';
import { validateAnswer } from './validate';

const items = itemsOf(charterQuestionnaire).map(({ item }) => item);
const itemIds = items.map((item) => item.id);

/** An item with a value for it: junk, a shape-aware near miss, or a valid answer. */
const itemAndValue = anyItem(items).chain((item) =>
	fc.tuple(fc.constant(item), fc.oneof(junk, nearValue(item, context), validValue(item, context)))
);

/** The rest of the response, for requiredWhen: sometimes junk, sometimes answers keyed by real ids. */
const allAnswers = fc.oneof(
	fc.constant(undefined),
	fc.dictionary(fc.constantFrom(...itemIds), fc.oneof(junk, fc.constantFrom('yes', 'other', ['yes']))),
	junk
) as fc.Arbitrary<Record<string, unknown> | undefined>;

function belongsTo(item: Item, field: string): boolean {
	return field === item.id || field.startsWith(`${item.id}.`);
}

describe('validateAnswer on anything', () => {
	it('never throws, and errors name a field of the item and a known message', () => {
		fc.assert(
			fc.property(itemAndValue, allAnswers, ([item, value], answers) => {
				const result = validateAnswer(item, value, context, answers);
				if (result.ok) return;
				expect(result.errors.length).toBeGreaterThan(0);
				for (const error of result.errors) {
					expect(belongsTo(item, error.field), error.field).toBe(true);
					expect(isValidationMessageKey(error.message), error.message).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('accepts every valid answer, and its normalised value is stable', () => {
		fc.assert(
			fc.property(
				anyItem(items).chain((item) => fc.tuple(fc.constant(item), validValue(item, context))),
				([item, value]) => {
					const first = validateAnswer(item, value, context);
					expect(first, JSON.stringify(value)).toMatchObject({ ok: true });
					if (!first.ok) return;
					expect(validateAnswer(item, first.value, context)).toEqual(first);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('does not leak into or depend on the other answers except through requiredWhen', () => {
		fc.assert(
			fc.property(itemAndValue, allAnswers, ([item, value], answers) => {
				if (item.requiredWhen) return;
				expect(validateAnswer(item, value, context, answers)).toEqual(validateAnswer(item, value, context));
			}),
			{ numRuns: 500 }
		);
	});
});
