import type { QuestionType } from './question-type';
import { attachmentsType } from './attachments';
import { choiceType } from './choice';
import { indicatorType } from './indicator';
import { linksType } from './links';
import { listType } from './list';
import { multiChoiceType } from './multi_choice';
import { numberType } from './number';
import { ratingType } from './rating';
import { textType } from './text';

/**
 * Every question type, by the name a definition gives it (`type: 'rating'`). Adding a type is one folder
 * beside this file and one line here, and one in each of the lists that keep parts apart so that no page
 * downloads what it does not run: inputs.ts and summaries.ts (its two components), forms.ts (its form, the only
 * part the browser runs) and item-schemas.ts (its schema, the server's). Forms, validation and the response
 * workbook read this list; the definition schema reads item-schemas.ts. registry.test.ts checks every list.
 */
export const questionTypes = {
	rating: ratingType,
	text: textType,
	number: numberType,
	indicator: indicatorType,
	choice: choiceType,
	multi_choice: multiChoiceType,
	list: listType,
	links: linksType,
	attachments: attachmentsType
} as const;

type Types = typeof questionTypes;
export type TypeName = keyof Types;
/** The item of one type, as its definition schema (its schema.ts) reads it. */
export type ItemOf<K extends TypeName> = Types[K] extends QuestionType<infer I, unknown> ? I : never;
/** The normalised answer of one type, as its validation returns it. */
export type ValueOf<K extends TypeName> = Extract<ReturnType<Types[K]['assess']>, { kind: 'value' }>['value'];
/** Any item, of whichever type. */
export type AnyItem = { [K in TypeName]: ItemOf<K> }[TypeName];

/** The type of an item, with its parts typed for that item. */
export function typeOf<I extends AnyItem>(item: I): QuestionType<I, ValueOf<I['type']>> {
	return questionTypes[item.type] as unknown as QuestionType<I, ValueOf<I['type']>>;
}
