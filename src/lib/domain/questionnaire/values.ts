import type { TypeName, ValueOf } from '$lib/question-types/registry';
import type { Item } from './definition';

/** The answers of each question type, named where the rest of the application looks for them. */

export { ratings, type Rating, type RatingValue } from '$lib/question-types/rating/definition';
export type { FigureValue } from '$lib/question-types/number/definition';
export { migrantDefinitionLabels } from '$lib/question-types/indicator/definition-labels';
export {
	migrantDefinitions,
	type IndicatorValue,
	type MigrantDefinition
} from '$lib/question-types/indicator/definition';
export type { ListRow } from '$lib/question-types/list/definition';
export type { LinkValue } from '$lib/question-types/links/definition';
export type { AttachmentValue } from '$lib/question-types/attachments/definition';

/** The normalised value validateAnswer returns for an item. */
export type AnswerValueOf<I extends Item> = I['type'] extends TypeName ? ValueOf<I['type']> : never;

export type AnswerValue = AnswerValueOf<Item>;
