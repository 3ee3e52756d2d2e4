import type { ChoiceOption, Definition, Item, QuestionnaireModule, Section } from '../definition';

/**
 * The demo's topical module: receiving people who fled the war in Ukraine. The Eurocities news item on the
 * 6th Integrating Cities Report (2024) says the report "dedicates a whole chapter to the impact of the arrival
 * of Ukrainian refugees on integration policies and outcomes in cities", and that cities worked "from
 * providing housing to developing tailored education and employment programmes". The module asks about those
 * three areas and the number of people received, each figure the city's own with its year and source. No
 * figure or finding of the report itself is used: only the news item is held. Every item is optional, so a
 * city that received nobody still hands in a complete questionnaire.
 */

export const ukraineModule: QuestionnaireModule = {
	id: 'ukraine',
	title: {
		en: 'Receiving people who fled the war in Ukraine',
		fr: 'Accueillir les personnes qui ont fui la guerre en Ukraine',
		de: 'Aufnahme von Menschen, die vor dem Krieg in der Ukraine geflohen sind'
	},
	intro: {
		en: 'A topical module of this cycle. The 6th Integrating Cities Report (2024) dedicated a chapter to the arrival of people from Ukraine, according to the Eurocities news item on it. Tell us what your city did for housing, schooling and access to work, and how many people it received, with your own figures and their sources.',
		fr: 'Un module thématique de ce cycle. Le 6e rapport Integrating Cities (2024) a consacré un chapitre à l’arrivée de personnes venues d’Ukraine, selon l’article d’Eurocities qui le présente. Dites-nous ce que votre ville a fait pour le logement, la scolarisation et l’accès à l’emploi, et combien de personnes elle a accueillies, avec vos propres chiffres et leurs sources.',
		de: 'Ein thematisches Modul dieses Zyklus. Der 6. Integrating-Cities-Bericht (2024) widmete der Ankunft von Menschen aus der Ukraine ein Kapitel, so die Eurocities-Meldung dazu. Sagen Sie uns, was Ihre Stadt für Wohnen, Schule und Zugang zu Arbeit getan hat und wie viele Menschen sie aufgenommen hat, mit Ihren eigenen Zahlen und deren Quellen.'
	}
};

const option = (value: string, en: string, fr: string, de: string): ChoiceOption => ({
	value,
	label: { en, fr, de }
});

const selectAll = {
	en: 'Select all that apply.',
	fr: 'Cochez tout ce qui s’applique.',
	de: 'Wählen Sie alles Zutreffende aus.'
};

const figureHint = {
	en: 'Your city’s own figure, with the year it refers to and where it comes from (for example the population register or the register of temporary protection).',
	fr: 'Le chiffre de votre ville, avec l’année à laquelle il se rapporte et sa provenance (par exemple le registre de la population ou celui de la protection temporaire).',
	de: 'Die eigene Zahl Ihrer Stadt, mit dem Jahr, auf das sie sich bezieht, und ihrer Herkunft (zum Beispiel das Melderegister oder das Register des vorübergehenden Schutzes).'
};

const arrivals: Section = {
	id: 'ukraine-arrivals',
	module: ukraineModule.id,
	title: { en: 'People received', fr: 'Personnes accueillies', de: 'Aufgenommene Menschen' },
	items: [
		{
			id: 'ukraine-people-received',
			type: 'number',
			label: {
				en: 'How many people who fled the war in Ukraine live in your city?',
				fr: 'Combien de personnes ayant fui la guerre en Ukraine vivent dans votre ville ?',
				de: 'Wie viele Menschen, die vor dem Krieg in der Ukraine geflohen sind, leben in Ihrer Stadt?'
			},
			hint: figureHint,
			required: false,
			unit: 'people',
			min: 0,
			integer: true,
			withYear: true,
			withSource: true
		}
	]
};

const housing: Section = {
	id: 'ukraine-housing',
	module: ukraineModule.id,
	title: { en: 'Housing', fr: 'Logement', de: 'Wohnen' },
	items: [
		{
			id: 'ukraine-housing-kinds',
			type: 'multi_choice',
			label: {
				en: 'Where did your city house the people it received?',
				fr: 'Où votre ville a-t-elle logé les personnes accueillies ?',
				de: 'Wo hat Ihre Stadt die aufgenommenen Menschen untergebracht?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'reception_centres',
					'Reception centres or collective shelters',
					'Centres d’accueil ou hébergements collectifs',
					'Aufnahmezentren oder Sammelunterkünfte'
				),
				option(
					'private_hosts',
					'With private hosts',
					'Chez des particuliers',
					'Bei privaten Gastgeberinnen und Gastgebern'
				),
				option(
					'municipal_housing',
					'Municipal or social housing',
					'Logements municipaux ou sociaux',
					'Städtische Wohnungen oder Sozialwohnungen'
				),
				option(
					'supported_rentals',
					'Rented homes with the city’s support',
					'Logements loués avec l’aide de la ville',
					'Mietwohnungen mit Unterstützung der Stadt'
				),
				option(
					'temporary_accommodation',
					'Hotels or other temporary accommodation',
					'Hôtels ou autres hébergements temporaires',
					'Hotels oder andere vorübergehende Unterkünfte'
				)
			]
		},
		{
			id: 'ukraine-housing-now',
			type: 'choice',
			label: {
				en: 'Where do most of them live now?',
				fr: 'Où vit aujourd’hui la plupart d’entre elles ?',
				de: 'Wo leben die meisten von ihnen heute?'
			},
			required: false,
			options: [
				option(
					'own_homes',
					'In homes of their own (rented or owned)',
					'Dans leur propre logement (loué ou acheté)',
					'In eigenen Wohnungen (gemietet oder gekauft)'
				),
				option(
					'hosted_or_temporary',
					'Still with hosts or in temporary accommodation',
					'Encore chez des particuliers ou en hébergement temporaire',
					'Noch bei Gastgebern oder in vorübergehenden Unterkünften'
				),
				option('not_known', 'The city does not know', 'La ville ne le sait pas', 'Die Stadt weiß es nicht')
			]
		}
	]
};

const schooling: Section = {
	id: 'ukraine-schooling',
	module: ukraineModule.id,
	title: { en: 'Schooling', fr: 'Scolarisation', de: 'Schule' },
	items: [
		{
			id: 'ukraine-pupils',
			type: 'number',
			label: {
				en: 'How many children and young people from Ukraine are enrolled in your city’s schools?',
				fr: 'Combien d’enfants et de jeunes venus d’Ukraine sont inscrits dans les écoles de votre ville ?',
				de: 'Wie viele Kinder und Jugendliche aus der Ukraine sind an den Schulen Ihrer Stadt angemeldet?'
			},
			hint: figureHint,
			required: false,
			unit: 'pupils',
			min: 0,
			integer: true,
			withYear: true,
			withSource: true
		},
		{
			id: 'ukraine-schooling-support',
			type: 'multi_choice',
			label: {
				en: 'What did your city offer them at school?',
				fr: 'Qu’a proposé votre ville à ces élèves ?',
				de: 'Was hat Ihre Stadt ihnen in der Schule angeboten?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'welcome_classes',
					'Welcome or preparatory classes',
					'Classes d’accueil ou préparatoires',
					'Willkommens- oder Vorbereitungsklassen'
				),
				option(
					'language_support',
					'Extra teaching of the local language',
					'Cours supplémentaires de la langue locale',
					'Zusätzlichen Unterricht in der Landessprache'
				),
				option(
					'ukrainian_staff',
					'Ukrainian-speaking teachers or assistants',
					'Enseignants ou assistants ukrainophones',
					'Ukrainischsprachige Lehrkräfte oder Assistenzkräfte'
				),
				option(
					'psychosocial_support',
					'Psychological and social support',
					'Soutien psychologique et social',
					'Psychologische und soziale Unterstützung'
				)
			]
		}
	]
};

const work: Section = {
	id: 'ukraine-work',
	module: ukraineModule.id,
	title: { en: 'Access to work', fr: 'Accès à l’emploi', de: 'Zugang zu Arbeit' },
	items: [
		{
			id: 'ukraine-work-measures',
			type: 'multi_choice',
			label: {
				en: 'How did your city help them find work?',
				fr: 'Comment votre ville les a-t-elle aidées à trouver un emploi ?',
				de: 'Wie hat Ihre Stadt ihnen geholfen, Arbeit zu finden?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'language_for_work',
					'Language courses aimed at work',
					'Cours de langue orientés vers l’emploi',
					'Berufsbezogene Sprachkurse'
				),
				option(
					'recognition',
					'Advice on the recognition of qualifications',
					'Conseils sur la reconnaissance des qualifications',
					'Beratung zur Anerkennung von Qualifikationen'
				),
				option(
					'job_matching',
					'Job matching with local employers',
					'Mise en relation avec des employeurs locaux',
					'Vermittlung an Arbeitgeber vor Ort'
				),
				option(
					'childcare',
					'Childcare so that parents can work or train',
					'Garde d’enfants pour que les parents puissent travailler ou se former',
					'Kinderbetreuung, damit Eltern arbeiten oder lernen können'
				),
				option(
					'city_jobs',
					'Jobs in the city administration',
					'Des emplois dans l’administration municipale',
					'Stellen in der Stadtverwaltung'
				)
			]
		},
		{
			id: 'ukraine-lessons',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'What has receiving them changed in your city’s integration work?',
				fr: 'Qu’est-ce que leur accueil a changé dans l’action d’intégration de votre ville ?',
				de: 'Was hat ihre Aufnahme an der Integrationsarbeit Ihrer Stadt verändert?'
			},
			required: false
		}
	]
};

export const ukraineSections: Section[] = [arrivals, housing, schooling, work];

/** Every item of the module, for tests and the demo answers. */
export const ukraineItems: Item[] = ukraineSections.flatMap((section) => section.items);

/**
 * A definition with a module added: the module declared and its sections after the core ones, under a new
 * version name and title (a version name always means one content, so adding a module makes a new version).
 * The result is plain data: the caller parses it with definitionSchema.
 */
export function withModule(
	definition: Definition,
	module: QuestionnaireModule,
	sections: Section[],
	version: { version: string; title: Definition['title'] }
): Definition {
	return {
		...definition,
		...version,
		modules: [...(definition.modules ?? []), module],
		sections: [...definition.sections, ...sections.map((section) => ({ ...section, module: module.id }))]
	};
}
