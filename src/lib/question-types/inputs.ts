import type { Component } from 'svelte';
import type { Item, ItemType } from '$lib/domain/questionnaire/definition';
import type { InputProps } from './shared/input-props';
import AttachmentsInput from './attachments/Input.svelte';
import ChoiceInput from './choice/Input.svelte';
import IndicatorInput from './indicator/Input.svelte';
import LinksInput from './links/Input.svelte';
import ListInput from './list/Input.svelte';
import MultiChoiceInput from './multi_choice/Input.svelte';
import NumberInput from './number/Input.svelte';
import RatingInput from './rating/Input.svelte';
import TextInput from './text/Input.svelte';

/**
 * The input of each question type, on the answer pages and the questionnaire's preview. Apart from the
 * summaries (summaries.ts) and from registry.ts: the server's pure parts never load Svelte components, and a
 * page that only shows answers (the review, the check before submitting) does not download the inputs.
 */
export const questionInputs = {
	rating: RatingInput,
	text: TextInput,
	number: NumberInput,
	indicator: IndicatorInput,
	choice: ChoiceInput,
	multi_choice: MultiChoiceInput,
	list: ListInput,
	links: LinksInput,
	attachments: AttachmentsInput
} satisfies Record<ItemType, Component<never>>;

/** The input of an item's type, typed for that item. */
export function inputOf(item: Item): Component<InputProps<Item>> {
	return questionInputs[item.type] as unknown as Component<InputProps<Item>>;
}
