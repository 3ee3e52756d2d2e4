import type { Component } from 'svelte';
import type { Item, ItemType } from '$lib/domain/questionnaire/definition';
import type { InputProps, SummaryProps } from './shared/input-props';
import AttachmentsInput from './attachments/Input.svelte';
import AttachmentsSummary from './attachments/Summary.svelte';
import ChoiceInput from './choice/Input.svelte';
import ChoiceSummary from './choice/Summary.svelte';
import IndicatorInput from './indicator/Input.svelte';
import IndicatorSummary from './indicator/Summary.svelte';
import LinksInput from './links/Input.svelte';
import LinksSummary from './links/Summary.svelte';
import ListInput from './list/Input.svelte';
import ListSummary from './list/Summary.svelte';
import MultiChoiceInput from './multi_choice/Input.svelte';
import MultiChoiceSummary from './multi_choice/Summary.svelte';
import NumberInput from './number/Input.svelte';
import NumberSummary from './number/Summary.svelte';
import RatingInput from './rating/Input.svelte';
import RatingSummary from './rating/Summary.svelte';
import TextInput from './text/Input.svelte';
import TextSummary from './text/Summary.svelte';

/**
 * The two components of each question type: its input on the answer pages and its summary wherever a stored
 * answer is shown. Kept apart from registry.ts so the server's pure parts never load Svelte components.
 */
export const questionComponents = {
	rating: { Input: RatingInput, Summary: RatingSummary },
	text: { Input: TextInput, Summary: TextSummary },
	number: { Input: NumberInput, Summary: NumberSummary },
	indicator: { Input: IndicatorInput, Summary: IndicatorSummary },
	choice: { Input: ChoiceInput, Summary: ChoiceSummary },
	multi_choice: { Input: MultiChoiceInput, Summary: MultiChoiceSummary },
	list: { Input: ListInput, Summary: ListSummary },
	links: { Input: LinksInput, Summary: LinksSummary },
	attachments: { Input: AttachmentsInput, Summary: AttachmentsSummary }
} satisfies Record<ItemType, { Input: Component<never>; Summary: Component<never> }>;

/** The input of an item's type, typed for that item. */
export function inputOf(item: Item): Component<InputProps<Item>> {
	return questionComponents[item.type].Input as unknown as Component<InputProps<Item>>;
}

/** The summary of an item's type, typed for that item. */
export function summaryOf(item: Item): Component<SummaryProps<Item>> {
	return questionComponents[item.type].Summary as unknown as Component<SummaryProps<Item>>;
}
