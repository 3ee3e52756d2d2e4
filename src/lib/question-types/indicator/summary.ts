import { localized } from '$lib/domain/questionnaire/localized';
import { figureText } from '../shared/figure-summary';
import { recordOf } from '../shared/input-props';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import { type IndicatorItem, type MigrantDefinition } from './definition';
import { migrantDefinitionLabels } from './definition-labels';

/** The figure, and under it which definition of "migrant" the city counted by. */
export function summary({ item, value, locale }: SummaryInput<IndicatorItem>): SummaryPart[] {
	const definition = recordOf(value).definition as MigrantDefinition | undefined;
	const label = definition ? migrantDefinitionLabels[definition] : undefined;
	return [
		textPart(figureText(value, item.unit, locale)),
		...(label ? [textPart(localized(label, locale), { tone: 'muted', newLine: true })] : [])
	];
}
