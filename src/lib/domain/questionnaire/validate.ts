import { error, type AnswerError, type Assessment, type ValidationContext } from './assessment';
import { typeOf } from '$lib/question-types/registry';
import type { Definition, Item, Section } from './definition';
import { own } from './normalise';
import { answerIsOneOf, isShown } from './shown';
import type { AnswerValue, AnswerValueOf } from './values';

export type { AnswerError, AnswerError as ValidationError, ValidationContext } from './assessment';
export { isShown } from './shown';
export { validationMessages, formatValidationMessage, type ValidationMessageKey } from './messages';

/** `value` is the normalised answer, or null when the item was left empty (and may be). */
export type AnswerResult<V = AnswerValue> =
	{ ok: true; value: V | null } | { ok: false; errors: AnswerError[] };

/**
 * Validates one answer. Never throws, whatever `value` is: answers come from forms, autosave JSON and older
 * versions. Error fields follow fields.ts; messages are keys of validationMessages.
 * `allAnswers` (the whole response, keyed by item id) is needed only for items with `requiredWhen` or
 * `shownWhen`.
 */
export function validateAnswer<I extends Item>(
	item: I,
	value: unknown,
	context: ValidationContext,
	allAnswers?: Record<string, unknown>
): AnswerResult<AnswerValueOf<I>> {
	const assessment = safeAssess(item, value, context);
	if (assessment.kind === 'errors') return { ok: false, errors: assessment.errors };
	if (assessment.kind === 'value') return { ok: true, value: assessment.value as AnswerValueOf<I> };
	if (isRequired(item, allAnswers))
		return { ok: false, errors: [error(requiredField(item), 'answer.required')] };
	return { ok: true, value: null };
}

/**
 * Required outright, or because another answer (a choice's value, a rating's rating) is one of the listed;
 * never while the question is not shown (its `shownWhen` is not met), since the person cannot see it.
 */
export function isRequired(item: Item, allAnswers?: Record<string, unknown>): boolean {
	if (!isShown(item, allAnswers)) return false;
	if (item.required) return true;
	if (!item.requiredWhen) return false;
	return answerIsOneOf(allAnswers, item.requiredWhen.item, item.requiredWhen.in);
}

/**
 * What a person is told about answering an item before they submit: required, optional, or required only
 * for some answers to another question (named by its id, for the page to show its label).
 */
export type Requirement = { kind: 'required' } | { kind: 'optional' } | { kind: 'depends'; on: string };

export function requirementOf(item: Item, allAnswers?: Record<string, unknown>): Requirement {
	// Only the preview shows a question that is not shown: it is asked, and maybe required, depending on another.
	if (!isShown(item, allAnswers) && item.shownWhen && (item.required || item.requiredWhen))
		return { kind: 'depends', on: item.shownWhen.item };
	if (isRequired(item, allAnswers)) return { kind: 'required' };
	if (item.requiredWhen) return { kind: 'depends', on: item.requiredWhen.item };
	return { kind: 'optional' };
}

/** Where "Answer this question" points: the first input of the item. */
export function requiredField(item: Item): string {
	return typeOf(item).firstField(item);
}

function safeAssess(item: Item, value: unknown, context: ValidationContext): Assessment<AnswerValue> {
	try {
		return assess(item, value, context);
	} catch {
		// The validators are written not to throw; this keeps the promise if one ever does on strange input.
		return { kind: 'errors', errors: [error(requiredField(item), 'answer.invalid')] };
	}
}

/** Each question type validates its own values (its validate.ts). */
function assess(item: Item, value: unknown, context: ValidationContext): Assessment<AnswerValue> {
	return typeOf(item).assess(item, value, context) as Assessment<AnswerValue>;
}

export interface MissingAnswer {
	sectionId: string;
	itemId: string;
	field: string;
	message: AnswerError['message'];
}

/** Every required item without a valid answer, in questionnaire order ("check your answers", submit). */
export function missingRequired(
	definition: Definition,
	answers: Record<string, unknown>,
	context: ValidationContext
): MissingAnswer[] {
	const missing: MissingAnswer[] = [];
	for (const section of definition.sections)
		for (const item of section.items) {
			if (!isRequired(item, answers)) continue;
			const result = validateAnswer(item, own(answers, item.id), context, answers);
			const first = result.ok ? null : result.errors[0];
			if (first)
				missing.push({ sectionId: section.id, itemId: item.id, field: first.field, message: first.message });
		}
	return missing;
}

/**
 * How many items are required given these answers (requiredWhen and shownWhen are evaluated), and how many
 * are validly done.
 */
export function requiredTally(
	definition: Definition,
	answers: Record<string, unknown>,
	context: ValidationContext
): { required: number; done: number } {
	let required = 0;
	for (const section of definition.sections)
		for (const item of section.items) if (isRequired(item, answers)) required++;
	return { required, done: required - missingRequired(definition, answers, context).length };
}

export type SectionState = 'not_started' | 'in_progress' | 'completed_ready';

export interface SectionProgress {
	/** Items with a valid, non-empty answer. */
	answered: number;
	/** Items required now (requiredWhen and shownWhen are evaluated against `answers`). */
	required: number;
	requiredAnswered: number;
	/** completed_ready: something is answered, every required item is, and no answer has errors. */
	state: SectionState;
}

export function sectionProgress(
	section: Section,
	answers: Record<string, unknown>,
	context: ValidationContext
): SectionProgress {
	let answered = 0;
	let started = 0;
	let invalid = 0;
	let required = 0;
	let requiredAnswered = 0;
	for (const item of section.items) {
		// A question not shown counts for nothing: its kept answer neither completes nor blocks the section.
		if (!isShown(item, answers)) continue;
		const assessment = safeAssess(item, own(answers, item.id), context);
		const needed = isRequired(item, answers);
		if (assessment.kind !== 'empty') started++;
		if (assessment.kind === 'errors') invalid++;
		if (assessment.kind === 'value') answered++;
		if (needed) required++;
		if (needed && assessment.kind === 'value') requiredAnswered++;
	}
	const state: SectionState =
		started === 0
			? 'not_started'
			: invalid === 0 && requiredAnswered === required
				? 'completed_ready'
				: 'in_progress';
	return { answered, required, requiredAnswered, state };
}

declare const checkedOnce: unique symbol;

/**
 * A draft answer that validateDraftAnswer accepted for one item, normalised. Only checkDraftAnswer makes one,
 * so a command given one stores it without validating it a second time.
 */
export interface CheckedAnswer {
	readonly itemId: string;
	readonly value: AnswerValue | null;
	readonly [checkedOnce]: true;
}

/** validateDraftAnswer, with the accepted value sealed as checked for this item. */
export function checkDraftAnswer(
	item: Item,
	value: unknown,
	context: ValidationContext
): { ok: true; checked: CheckedAnswer } | { ok: false; errors: AnswerError[] } {
	const result = validateDraftAnswer(item, value, context);
	if (!result.ok) return result;
	return { ok: true, checked: { itemId: item.id, value: result.value } as CheckedAnswer };
}

/**
 * For saving work in progress: a blank answer is allowed (it clears the item), because a city fills the
 * questionnaire over weeks. Whether required items are answered is checked on submission (missingRequired).
 */
export function validateDraftAnswer<I extends Item>(
	item: I,
	value: unknown,
	context: ValidationContext
): AnswerResult<AnswerValueOf<I>> {
	return validateAnswer(
		{ ...item, required: false, requiredWhen: undefined, shownWhen: undefined },
		value,
		context
	);
}
