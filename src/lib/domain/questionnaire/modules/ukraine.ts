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
		de: 'Aufnahme von Menschen, die vor dem Krieg in der Ukraine geflohen sind',
		es: 'Acogida de las personas que huyeron de la guerra en Ucrania',
		it: 'Accoglienza delle persone fuggite dalla guerra in Ucraina'
	},
	intro: {
		en: 'A topical module of this cycle. The 6th Integrating Cities Report (2024) dedicated a chapter to the arrival of people from Ukraine, according to the Eurocities news item on it. Tell us what your city did for housing, schooling and access to work, and how many people it received, with your own figures and their sources.',
		fr: 'Un module thématique de ce cycle. Le 6e rapport Integrating Cities (2024) a consacré un chapitre à l’arrivée de personnes venues d’Ukraine, selon l’article d’Eurocities qui le présente. Dites-nous ce que votre ville a fait pour le logement, la scolarisation et l’accès à l’emploi, et combien de personnes elle a accueillies, avec vos propres chiffres et leurs sources.',
		de: 'Ein thematisches Modul dieses Zyklus. Der 6. Integrating-Cities-Bericht (2024) widmete der Ankunft von Menschen aus der Ukraine ein Kapitel, so die Eurocities-Meldung dazu. Sagen Sie uns, was Ihre Stadt für Wohnen, Schule und Zugang zu Arbeit getan hat und wie viele Menschen sie aufgenommen hat, mit Ihren eigenen Zahlen und deren Quellen.',
		es: 'Un módulo temático de este ciclo. Según la noticia de Eurocities que lo presenta, el 6.º informe Integrating Cities (2024) dedicó un capítulo a la llegada de personas procedentes de Ucrania. Indíquenos qué hizo su ciudad en materia de vivienda, escolarización y acceso al empleo, y cuántas personas acogió, con sus propias cifras y sus fuentes.',
		it: 'Un modulo tematico di questo ciclo. Secondo la notizia di Eurocities che lo presenta, il 6° Integrating Cities Report (2024) ha dedicato un capitolo all’arrivo di persone dall’Ucraina. Raccontaci che cosa ha fatto la tua città per l’alloggio, la scuola e l’accesso al lavoro, e quante persone ha accolto, con i tuoi dati e le loro fonti.'
	}
};

const option = (value: string, en: string, fr: string, de: string, es: string, it: string): ChoiceOption => ({
	value,
	label: { en, fr, de, es, it }
});

const selectAll = {
	en: 'Select all that apply.',
	fr: 'Cochez tout ce qui s’applique.',
	de: 'Wählen Sie alles Zutreffende aus.',
	es: 'Seleccione todas las opciones que correspondan.',
	it: 'Seleziona tutte le voci pertinenti.'
};

const figureHint = {
	en: 'Your city’s own figure, with the year it refers to and where it comes from (for example the population register or the register of temporary protection).',
	fr: 'Le chiffre de votre ville, avec l’année à laquelle il se rapporte et sa provenance (par exemple le registre de la population ou celui de la protection temporaire).',
	de: 'Die eigene Zahl Ihrer Stadt, mit dem Jahr, auf das sie sich bezieht, und ihrer Herkunft (zum Beispiel das Melderegister oder das Register des vorübergehenden Schutzes).',
	es: 'La cifra propia de su ciudad, con el año al que se refiere y su procedencia (por ejemplo, el padrón municipal o el registro de protección temporal).',
	it: 'Il dato della tua città, con l’anno a cui si riferisce e da dove proviene (per esempio l’anagrafe o il registro dei titolari di protezione temporanea).'
};

const arrivals: Section = {
	id: 'ukraine-arrivals',
	module: ukraineModule.id,
	title: {
		en: 'People received',
		fr: 'Personnes accueillies',
		de: 'Aufgenommene Menschen',
		es: 'Personas acogidas',
		it: 'Persone accolte'
	},
	items: [
		{
			id: 'ukraine-people-received',
			type: 'number',
			label: {
				en: 'How many people who fled the war in Ukraine live in your city?',
				fr: 'Combien de personnes ayant fui la guerre en Ukraine vivent dans votre ville ?',
				de: 'Wie viele Menschen, die vor dem Krieg in der Ukraine geflohen sind, leben in Ihrer Stadt?',
				es: '¿Cuántas personas que huyeron de la guerra en Ucrania viven en su ciudad?',
				it: 'Quante persone fuggite dalla guerra in Ucraina vivono nella tua città?'
			},
			hint: figureHint,
			required: false,
			unit: { en: 'people', fr: 'personnes', de: 'Personen', es: 'personas', it: 'persone' },
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
	title: { en: 'Housing', fr: 'Logement', de: 'Wohnen', es: 'Vivienda', it: 'Alloggio' },
	items: [
		{
			id: 'ukraine-housing-kinds',
			type: 'multi_choice',
			label: {
				en: 'Where did your city house the people it received?',
				fr: 'Où votre ville a-t-elle logé les personnes accueillies ?',
				de: 'Wo hat Ihre Stadt die aufgenommenen Menschen untergebracht?',
				es: '¿Dónde alojó su ciudad a las personas que acogió?',
				it: 'Dove la tua città ha dato alloggio alle persone accolte?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'reception_centres',
					'Reception centres or collective shelters',
					'Centres d’accueil ou hébergements collectifs',
					'Aufnahmezentren oder Sammelunterkünfte',
					'Centros de acogida o alojamientos colectivos',
					'Centri di accoglienza o strutture collettive'
				),
				option(
					'private_hosts',
					'With private hosts',
					'Chez des particuliers',
					'Bei privaten Gastgeberinnen und Gastgebern',
					'En casas de particulares',
					'Presso privati che le hanno ospitate'
				),
				option(
					'municipal_housing',
					'Municipal or social housing',
					'Logements municipaux ou sociaux',
					'Städtische Wohnungen oder Sozialwohnungen',
					'Viviendas municipales o sociales',
					'Alloggi comunali o di edilizia residenziale pubblica'
				),
				option(
					'supported_rentals',
					'Rented homes with the city’s support',
					'Logements loués avec l’aide de la ville',
					'Mietwohnungen mit Unterstützung der Stadt',
					'Viviendas de alquiler con ayuda de la ciudad',
					'Abitazioni in affitto con il sostegno della città'
				),
				option(
					'temporary_accommodation',
					'Hotels or other temporary accommodation',
					'Hôtels ou autres hébergements temporaires',
					'Hotels oder andere vorübergehende Unterkünfte',
					'Hoteles u otros alojamientos temporales',
					'Alberghi o altre sistemazioni temporanee'
				)
			]
		},
		{
			id: 'ukraine-housing-now',
			type: 'choice',
			label: {
				en: 'Where do most of them live now?',
				fr: 'Où vit aujourd’hui la plupart d’entre elles ?',
				de: 'Wo leben die meisten von ihnen heute?',
				es: '¿Dónde vive ahora la mayoría de ellas?',
				it: 'Dove vive ora la maggior parte di loro?'
			},
			required: false,
			options: [
				option(
					'own_homes',
					'In homes of their own (rented or owned)',
					'Dans leur propre logement (loué ou acheté)',
					'In eigenen Wohnungen (gemietet oder gekauft)',
					'En su propia vivienda (de alquiler o en propiedad)',
					'In un’abitazione autonoma (in affitto o di proprietà)'
				),
				option(
					'hosted_or_temporary',
					'Still with hosts or in temporary accommodation',
					'Encore chez des particuliers ou en hébergement temporaire',
					'Noch bei Gastgebern oder in vorübergehenden Unterkünften',
					'Todavía en casas de particulares o en alojamientos temporales',
					'Ancora presso privati o in sistemazioni temporanee'
				),
				option(
					'not_known',
					'The city does not know',
					'La ville ne le sait pas',
					'Die Stadt weiß es nicht',
					'La ciudad no lo sabe',
					'La città non lo sa'
				)
			]
		}
	]
};

const schooling: Section = {
	id: 'ukraine-schooling',
	module: ukraineModule.id,
	title: { en: 'Schooling', fr: 'Scolarisation', de: 'Schule', es: 'Escolarización', it: 'Scuola' },
	items: [
		{
			id: 'ukraine-pupils',
			type: 'number',
			label: {
				en: 'How many children and young people from Ukraine are enrolled in your city’s schools?',
				fr: 'Combien d’enfants et de jeunes venus d’Ukraine sont inscrits dans les écoles de votre ville ?',
				de: 'Wie viele Kinder und Jugendliche aus der Ukraine sind an den Schulen Ihrer Stadt angemeldet?',
				es: '¿Cuántos niños, niñas y jóvenes procedentes de Ucrania están matriculados en los centros educativos de su ciudad?',
				it: 'Quanti bambini e ragazzi provenienti dall’Ucraina sono iscritti nelle scuole della tua città?'
			},
			hint: figureHint,
			required: false,
			unit: {
				en: 'pupils',
				fr: 'élèves',
				de: 'Schülerinnen und Schüler',
				es: 'alumnos y alumnas',
				it: 'alunni e alunne'
			},
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
				de: 'Was hat Ihre Stadt ihnen in der Schule angeboten?',
				es: '¿Qué les ofreció su ciudad en la escuela?',
				it: 'Che cosa ha offerto loro la tua città a scuola?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'welcome_classes',
					'Welcome or preparatory classes',
					'Classes d’accueil ou préparatoires',
					'Willkommens- oder Vorbereitungsklassen',
					'Aulas de acogida o clases preparatorias',
					'Classi di accoglienza o preparatorie'
				),
				option(
					'language_support',
					'Extra teaching of the local language',
					'Cours supplémentaires de la langue locale',
					'Zusätzlichen Unterricht in der Landessprache',
					'Clases adicionales de la lengua local',
					'Insegnamento aggiuntivo della lingua locale'
				),
				option(
					'ukrainian_staff',
					'Ukrainian-speaking teachers or assistants',
					'Enseignants ou assistants ukrainophones',
					'Ukrainischsprachige Lehrkräfte oder Assistenzkräfte',
					'Docentes o auxiliares que hablan ucraniano',
					'Insegnanti o assistenti che parlano ucraino'
				),
				option(
					'psychosocial_support',
					'Psychological and social support',
					'Soutien psychologique et social',
					'Psychologische und soziale Unterstützung',
					'Apoyo psicológico y social',
					'Sostegno psicologico e sociale'
				)
			]
		}
	]
};

const work: Section = {
	id: 'ukraine-work',
	module: ukraineModule.id,
	title: {
		en: 'Access to work',
		fr: 'Accès à l’emploi',
		de: 'Zugang zu Arbeit',
		es: 'Acceso al empleo',
		it: 'Accesso al lavoro'
	},
	items: [
		{
			id: 'ukraine-work-measures',
			type: 'multi_choice',
			label: {
				en: 'How did your city help them find work?',
				fr: 'Comment votre ville les a-t-elle aidées à trouver un emploi ?',
				de: 'Wie hat Ihre Stadt ihnen geholfen, Arbeit zu finden?',
				es: '¿Cómo les ayudó su ciudad a encontrar empleo?',
				it: 'In che modo la tua città le ha aiutate a trovare lavoro?'
			},
			hint: selectAll,
			required: false,
			options: [
				option(
					'language_for_work',
					'Language courses aimed at work',
					'Cours de langue orientés vers l’emploi',
					'Berufsbezogene Sprachkurse',
					'Cursos de idiomas orientados al empleo',
					'Corsi di lingua orientati al lavoro'
				),
				option(
					'recognition',
					'Advice on the recognition of qualifications',
					'Conseils sur la reconnaissance des qualifications',
					'Beratung zur Anerkennung von Qualifikationen',
					'Asesoramiento sobre el reconocimiento de títulos y cualificaciones',
					'Consulenza sul riconoscimento dei titoli e delle qualifiche'
				),
				option(
					'job_matching',
					'Job matching with local employers',
					'Mise en relation avec des employeurs locaux',
					'Vermittlung an Arbeitgeber vor Ort',
					'Intermediación con empresas y empleadores locales',
					'Intermediazione con i datori di lavoro locali'
				),
				option(
					'childcare',
					'Childcare so that parents can work or train',
					'Garde d’enfants pour que les parents puissent travailler ou se former',
					'Kinderbetreuung, damit Eltern arbeiten oder lernen können',
					'Cuidado infantil para que madres y padres puedan trabajar o formarse',
					'Servizi per l’infanzia perché i genitori possano lavorare o formarsi'
				),
				option(
					'city_jobs',
					'Jobs in the city administration',
					'Des emplois dans l’administration municipale',
					'Stellen in der Stadtverwaltung',
					'Puestos de trabajo en la administración municipal',
					'Posti di lavoro nell’amministrazione comunale'
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
				de: 'Was hat ihre Aufnahme an der Integrationsarbeit Ihrer Stadt verändert?',
				es: '¿Qué ha cambiado en la labor de integración de su ciudad a raíz de la acogida de estas personas?',
				it: 'Che cosa ha cambiato la loro accoglienza nel lavoro della tua città per l’integrazione?'
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
