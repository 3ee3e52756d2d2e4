import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { recordOf } from '../shared/input-props';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import type { Rating, RatingItem } from './definition';

/** The rating in the reader's language, then the evidence as the city wrote it. */
export function summary({ value, locale }: SummaryInput<RatingItem>): SummaryPart[] {
	const record = recordOf(value);
	const rating = pick(
		{
			fully: m.respond_rating_fully,
			not_at_all: m.respond_rating_not_at_all,
			partly: m.respond_rating_partly
		},
		record.rating as Rating
	)({}, { locale });
	return [
		textPart(rating, { tone: 'strong' }),
		...(record.evidence ? [textPart(String(record.evidence), { tone: 'answer' })] : [])
	];
}
