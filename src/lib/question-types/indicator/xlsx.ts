import { m } from '$lib/paraglide/messages.js';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { figureSheetRows, isFigurePart } from '../shared/figure';
import {
	isPartOf,
	oneOf,
	readFlag,
	sheetRows,
	yes,
	type SheetContext,
	type SheetField
} from '../shared/sheet';
import { indicatorFlags, migrantDefinitions, type IndicatorItem } from './definition';
import { migrantDefinitionLabels } from './definition-labels';
import { indicatorFormFields } from './form';

const flagParts = {
	differentDataSet: m.import_partDifferentDataSet,
	nationalOnly: m.import_partNationalOnly
};
const allParts = { year: true, source: true };

/** The figure's rows, the definition of migrant as a drop-down, and each checkbox as a yes/no cell. */
export function indicatorSheetFields(
	item: IndicatorItem,
	value: unknown,
	context: SheetContext
): SheetField[] {
	const current = indicatorFormFields(item, value);
	const row = sheetRows(current);
	const { t } = context;
	const definitions = migrantDefinitions.map((v) => ({ value: v, label: migrantDefinitionLabels[v] }));
	return [
		...figureSheetRows(row, item, allParts, context),
		row(
			fieldName(item.id, 'definition'),
			m.import_partDefinition({}, { locale: t.locale }),
			oneOf(definitions, context)
		),
		...indicatorFlags.map((flag) => ({
			...row(fieldName(item.id, flag), flagParts[flag]({}, { locale: t.locale }), {
				note: m.import_noteYesNo({}, { locale: t.locale }),
				choices: [yes, 'no']
			}),
			text: current[fieldName(item.id, flag)] ? yes : ''
		}))
	];
}

export const indicatorSheetHolds = (item: IndicatorItem, field: string) =>
	isFigurePart(item.id, field, allParts) ||
	isPartOf(item.id, field, ['.definition', ...indicatorFlags.map((flag) => `.${flag}`)]);

/** A yes/no cell ticks its checkbox or not; the rest go into the form as typed. */
export function indicatorToForm(
	item: IndicatorItem,
	field: string,
	text: string,
	form: URLSearchParams
): 'import.yesOrNo' | null {
	if (!indicatorFlags.some((flag) => field === fieldName(item.id, flag))) {
		form.set(field, text);
		return null;
	}
	const flag = readFlag(text);
	if (flag === null) return 'import.yesOrNo';
	if (flag) form.set(field, 'on');
	return null;
}
