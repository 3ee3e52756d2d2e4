import type { Locale } from '$lib/domain/locale';
import type { Item, ItemType } from '$lib/domain/questionnaire/definition';
import { isBlank } from '$lib/domain/questionnaire/normalise';
import { m } from '$lib/paraglide/messages.js';
import { summary as attachments } from './attachments/summary';
import { summary as choice } from './choice/summary';
import { summary as indicator } from './indicator/summary';
import { summary as links } from './links/summary';
import { summary as list } from './list/summary';
import { summary as multiChoice } from './multi_choice/summary';
import { summary as number } from './number/summary';
import { summary as rating } from './rating/summary';
import type { SummaryInput, SummaryPart } from './shared/summary-parts';
import { summary as text } from './text/summary';

/**
 * How each question type shows a stored answer (src/lib/question-types/<type>/summary.ts), wherever one is
 * shown. Plain functions apart from the inputs (inputs.ts), so the answer page's load makes its summaries on the
 * server and the browser never downloads them, and from registry.ts, whose server parts they do not need.
 */
export const questionSummaries = {
	rating,
	text,
	number,
	indicator,
	choice,
	multi_choice: multiChoice,
	list,
	links,
	attachments
} satisfies { [T in ItemType]: (input: SummaryInput<Extract<Item, { type: T }>>) => SummaryPart[] };

/**
 * A stored answer as readable parts in `locale`; "Not answered" when there is none. With `filesHref`, attached
 * files link to `<filesHref>/<fileId>` (only where the reader may download them).
 */
export function answerSummary(
	item: Item,
	value: unknown,
	locale: Locale,
	filesHref: string | null = null
): SummaryPart[] {
	if (isBlank(value)) return [{ kind: 'text', text: m.respond_notAnswered({}, { locale }), tone: 'muted' }];
	const summary = questionSummaries[item.type] as (input: SummaryInput<Item>) => SummaryPart[];
	return summary({ item, value, locale, filesHref });
}
