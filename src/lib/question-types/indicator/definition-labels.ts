import type { LocalizedText } from '$lib/domain/questionnaire/localized';
import type { MigrantDefinition } from './definition';

// Apart from definition.ts, whose lists the answer page's inputs use: the browser reads the labels from the
// page's load in one language, and a page that needs the lists does not download five languages of labels.

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
