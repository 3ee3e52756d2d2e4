import type { Item } from './definition';
import { isRecord, own } from './normalise';

/**
 * Whether another item's saved answer is one of `values`: a choice's value (or one of a multiple choice's),
 * a rating's rating. Shared by `requiredWhen` and `shownWhen`, so both read an answer the same way.
 */
export function answerIsOneOf(
	allAnswers: Record<string, unknown> | undefined,
	itemId: string,
	values: readonly string[]
): boolean {
	const trigger = own(allAnswers, itemId);
	const chosen = Array.isArray(trigger) ? trigger : [isRecord(trigger) ? own(trigger, 'rating') : trigger];
	return chosen.some((v) => typeof v === 'string' && values.includes(v.trim()));
}

/**
 * Whether a question is shown given the saved answers: always without `shownWhen`, otherwise only when the
 * other question's answer is one of the listed values. The definition check makes the other question one
 * that is always shown, so this never needs to follow a chain.
 */
export function isShown(item: Item, allAnswers?: Record<string, unknown>): boolean {
	if (!item.shownWhen) return true;
	return answerIsOneOf(allAnswers, item.shownWhen.item, item.shownWhen.values);
}
