import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { recordOf } from '../shared/input-props';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import { ratings, type Rating, type RatingItem } from './definition';

/** The rating in the reader's language, then the evidence as the city wrote it. */
export function summary({ value, locale }: SummaryInput<RatingItem>): SummaryPart[] {
	const record = recordOf(value);
	const known = (ratings as readonly unknown[]).includes(record.rating);
	// A rating outside the scale (a value stored before it was checked) shows as it is rather than failing the page.
	const rating = known
		? pick(
				{
					fully: m.respond_rating_fully,
					not_at_all: m.respond_rating_not_at_all,
					partly: m.respond_rating_partly
				},
				record.rating as Rating
			)({}, { locale })
		: String(record.rating ?? '');
	return [
		textPart(rating, { tone: 'strong' }),
		...(record.evidence ? [textPart(String(record.evidence), { tone: 'answer' })] : [])
	];
}
