import type { Item } from '$lib/domain/questionnaire/definition';
import type { QuestionType } from './question-type';
import type { ItemOf, TypeName } from './registry';
import { attachmentsFormFields, attachmentsFromForm } from './attachments/form';
import { indicatorFormFields, indicatorFromForm } from './indicator/form';
import { linksFormFields, linksFromForm } from './links/form';
import { listFormFields, listFromForm } from './list/form';
import { multiChoiceFormFields, multiChoiceFromForm } from './multi_choice/form';
import { numberFormFields, numberFromForm } from './number/form';
import { ratingFormFields, ratingFromForm } from './rating/form';
import { singleFieldForm } from './shared/single-field';

type FormPart<I extends { id: string; type: string }> = Pick<
	QuestionType<I, unknown>,
	'fromForm' | 'toFormFields'
>;

/**
 * How each question type reads a submitted form and fills one in: the only part of the types the answer page
 * runs in the browser (its conflict panel reads what a person typed and puts a colleague's answer into the
 * fields). Listed apart from registry.ts, whose validation and response workbook (with their messages) the
 * page would otherwise download; registry.test.ts checks both name the same functions.
 */
export const questionForms = {
	rating: { fromForm: ratingFromForm, toFormFields: ratingFormFields },
	text: singleFieldForm,
	number: { fromForm: numberFromForm, toFormFields: numberFormFields },
	indicator: { fromForm: indicatorFromForm, toFormFields: indicatorFormFields },
	choice: singleFieldForm,
	multi_choice: { fromForm: multiChoiceFromForm, toFormFields: multiChoiceFormFields },
	list: { fromForm: listFromForm, toFormFields: listFormFields },
	links: { fromForm: linksFromForm, toFormFields: linksFormFields },
	attachments: { fromForm: attachmentsFromForm, toFormFields: attachmentsFormFields }
} satisfies { [K in TypeName]: FormPart<ItemOf<K>> };

/** The form part of an item's type, typed for that item. */
export function formOf<I extends Item>(item: I): FormPart<I> {
	return questionForms[item.type] as unknown as FormPart<I>;
}
