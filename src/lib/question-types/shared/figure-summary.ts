import type { Locale } from '$lib/domain/locale';
import type { LocalizedText } from '$lib/domain/questionnaire/localized';
import { localized } from '$lib/domain/questionnaire/localized';
import { recordOf } from './input-props';

/** A figure with its unit, year and source: "12 %, 2020 (Eurostat)". */
export function figureText(value: unknown, unit: LocalizedText, locale: Locale): string {
	const record = recordOf(value);
	return [
		`${String(record.value)} ${localized(unit, locale)}`,
		record.year ? `, ${String(record.year)}` : '',
		record.source ? ` (${String(record.source)})` : ''
	].join('');
}
