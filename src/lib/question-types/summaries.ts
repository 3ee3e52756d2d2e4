import type { Component } from 'svelte';
import type { Item, ItemType } from '$lib/domain/questionnaire/definition';
import type { SummaryProps } from './shared/input-props';
import AttachmentsSummary from './attachments/Summary.svelte';
import ChoiceSummary from './choice/Summary.svelte';
import IndicatorSummary from './indicator/Summary.svelte';
import LinksSummary from './links/Summary.svelte';
import ListSummary from './list/Summary.svelte';
import MultiChoiceSummary from './multi_choice/Summary.svelte';
import NumberSummary from './number/Summary.svelte';
import RatingSummary from './rating/Summary.svelte';
import TextSummary from './text/Summary.svelte';

/**
 * The summary of each question type, wherever a stored answer is shown. Apart from the inputs (inputs.ts), so a
 * page that only shows answers does not download the inputs, and from registry.ts, so the server's pure parts
 * never load Svelte components.
 */
export const questionSummaries = {
	rating: RatingSummary,
	text: TextSummary,
	number: NumberSummary,
	indicator: IndicatorSummary,
	choice: ChoiceSummary,
	multi_choice: MultiChoiceSummary,
	list: ListSummary,
	links: LinksSummary,
	attachments: AttachmentsSummary
} satisfies Record<ItemType, Component<never>>;

/** The summary of an item's type, typed for that item. */
export function summaryOf(item: Item): Component<SummaryProps<Item>> {
	return questionSummaries[item.type] as unknown as Component<SummaryProps<Item>>;
}
