import type { LocalizedText } from '$lib/domain/questionnaire/localized';

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

/** How each definition of "migrant" reads in forms and chart notes. */
export const migrantDefinitionLabels: Record<MigrantDefinition, LocalizedText> = {
	foreign_nationality_incl_eu: {
		en: 'Foreign nationality, EU citizens included',
		fr: 'Nationalité étrangère, citoyens de l’UE compris',
		de: 'Ausländische Staatsangehörigkeit, EU-Bürgerinnen und -Bürger eingeschlossen',
		es: 'Nacionalidad extranjera, incluidos los ciudadanos de la UE',
		it: 'Cittadinanza straniera, cittadini dell’UE compresi'
	},
	foreign_nationality_eu_separate: {
		en: 'Foreign nationality, EU and non-EU citizens counted separately',
		fr: 'Nationalité étrangère, citoyens de l’UE et hors UE comptés séparément',
		de: 'Ausländische Staatsangehörigkeit, EU- und Nicht-EU-Staatsangehörige getrennt gezählt',
		es: 'Nacionalidad extranjera, con los ciudadanos de la UE y de fuera de la UE contados por separado',
		it: 'Cittadinanza straniera, cittadini UE e non UE contati separatamente'
	},
	foreign_born: {
		en: 'Born abroad',
		fr: 'Né à l’étranger',
		de: 'Im Ausland geboren',
		es: 'Nacido en el extranjero',
		it: 'Nati all’estero'
	},
	foreign_born_parent: {
		en: 'Foreign nationality, or nationals born to at least one foreign parent',
		fr: 'Nationalité étrangère, ou nationaux nés d’au moins un parent étranger',
		de: 'Ausländische Staatsangehörigkeit oder Inländerinnen und Inländer mit mindestens einem ausländischen Elternteil',
		es: 'Nacionalidad extranjera, o nacionales con al menos un progenitor extranjero',
		it: 'Cittadinanza straniera, oppure cittadini nati da almeno un genitore straniero'
	},
	ethnic_linguistic_minority: {
		en: 'Member of an ethnic or linguistic minority',
		fr: 'Membre d’une minorité ethnique ou linguistique',
		de: 'Angehörige einer ethnischen oder sprachlichen Minderheit',
		es: 'Miembro de una minoría étnica o lingüística',
		it: 'Appartenenza a una minoranza etnica o linguistica'
	},
	other: {
		en: 'Another definition',
		fr: 'Une autre définition',
		de: 'Eine andere Definition',
		es: 'Otra definición',
		it: 'Un’altra definizione'
	}
};
