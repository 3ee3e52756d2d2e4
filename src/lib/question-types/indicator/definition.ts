export type { IndicatorItem } from './schema';

/**
 * How a city counts "migrants" in its figures (2013 report): comparability of the indicators depends on it,
 * so every figure carries one.
 */
export const migrantDefinitions = [
	'foreign_nationality_incl_eu',
	'foreign_nationality_eu_separate',
	'foreign_born',
	'foreign_born_parent',
	'ethnic_linguistic_minority',
	'other'
] as const;
export type MigrantDefinition = (typeof migrantDefinitions)[number];

/** An Integrating Cities Indicator figure, with what the charts need to mark it as not comparable. */
export interface IndicatorValue {
	value: number;
	year: number;
	source: string;
	definition: MigrantDefinition;
	/** A different data set than asked for (e.g. non-nationals for foreign-born): `*` in the 2013 chart. */
	differentDataSet: boolean;
	/** Only a national figure exists for this indicator. */
	nationalOnly: boolean;
}

/** The indicator's two checkboxes. */
export const indicatorFlags = ['differentDataSet', 'nationalOnly'] as const;
