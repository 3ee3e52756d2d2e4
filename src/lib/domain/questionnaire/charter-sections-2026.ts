import type { ChoiceOption, Item, ListField, LocalizedText, Section } from './definition';

/**
 * What the charter-2026.1 version adds to charter-2024.1, each part taken from what the reports describe:
 * - how the city uses the Charter in its own work: the 1st Integrating Cities Report (2013), chapter "Use of
 *   the Eurocities Integrating Cities Charter" (inspiring and assessing strategies, peer learning, showcasing);
 * - the migration the city sees: the same report, "Migratory trends" (mobility from other EU countries,
 *   asylum seekers, family reunification, foreign students, new countries of origin);
 * - for each good practice, the commitment, role and trend it illustrates, so that a report organised like
 *   the 4th Integrating Cities Report (2020), by eight trends, can be drawn from the cities' own answers.
 * Every new item is optional: a city that skips them still hands in a complete questionnaire.
 */

const charterUseOptions: ChoiceOption[] = [
	{
		value: 'strategy',
		label: {
			en: 'To write or revise our integration strategy or action plan',
			fr: 'Pour rédiger ou réviser notre stratégie ou notre plan d’action d’intégration',
			de: 'Um unsere Integrationsstrategie oder unseren Aktionsplan zu erarbeiten oder zu überarbeiten',
			es: 'Para redactar o revisar nuestra estrategia o nuestro plan de acción de integración',
			it: 'Per redigere o rivedere la nostra strategia o il nostro piano d’azione per l’integrazione'
		}
	},
	{
		value: 'assessment',
		label: {
			en: 'To assess or monitor our policies against the commitments',
			fr: 'Pour évaluer ou suivre nos politiques au regard des engagements',
			de: 'Um unsere Politik an den Verpflichtungen zu messen oder zu überwachen',
			es: 'Para evaluar o seguir nuestras políticas a la luz de los compromisos',
			it: 'Per valutare o monitorare le nostre politiche rispetto agli impegni'
		}
	},
	{
		value: 'peer_learning',
		label: {
			en: 'To learn with other cities (peer reviews, mentoring, exchanges)',
			fr: 'Pour apprendre avec d’autres villes (évaluations par les pairs, mentorat, échanges)',
			de: 'Um mit anderen Städten zu lernen (Peer-Reviews, Mentoring, Austausch)',
			es: 'Para aprender con otras ciudades (evaluaciones entre pares, mentoría, intercambios)',
			it: 'Per imparare con altre città (valutazioni tra pari, mentoring, scambi)'
		}
	},
	{
		value: 'internal_awareness',
		label: {
			en: 'To raise awareness within the city administration',
			fr: 'Pour sensibiliser au sein de l’administration municipale',
			de: 'Um in der Stadtverwaltung das Bewusstsein zu stärken',
			es: 'Para sensibilizar dentro de la administración municipal',
			it: 'Per sensibilizzare l’amministrazione comunale'
		}
	},
	{
		value: 'showcasing',
		label: {
			en: 'To present our work to residents, partners or other cities',
			fr: 'Pour présenter notre action aux habitants, aux partenaires ou à d’autres villes',
			de: 'Um unsere Arbeit Einwohnerinnen und Einwohnern, Partnern oder anderen Städten vorzustellen',
			es: 'Para presentar nuestro trabajo a la ciudadanía, a nuestros socios o a otras ciudades',
			it: 'Per presentare il nostro lavoro ai residenti, ai partner o ad altre città'
		}
	}
];

export const charterUseSection: Section = {
	id: 'charter-use',
	title: {
		en: 'The Charter in your city’s own work',
		fr: 'La Charte dans l’action de votre ville',
		de: 'Die Charta in der Arbeit Ihrer Stadt',
		es: 'La Carta en el trabajo de su ciudad',
		it: 'La Carta nel lavoro della tua città'
	},
	intro: {
		en: 'Cities have used the Charter to shape strategies, to assess their policies, to learn from each other and to present their work. Tell us how your city used it during this period.',
		fr: 'Les villes se sont servies de la Charte pour élaborer des stratégies, évaluer leurs politiques, apprendre les unes des autres et présenter leur action. Dites-nous comment votre ville l’a utilisée pendant la période.',
		de: 'Städte haben die Charta genutzt, um Strategien zu entwickeln, ihre Politik zu bewerten, voneinander zu lernen und ihre Arbeit vorzustellen. Sagen Sie uns, wie Ihre Stadt sie im Berichtszeitraum genutzt hat.',
		es: 'Las ciudades han utilizado la Carta para elaborar estrategias, evaluar sus políticas, aprender unas de otras y presentar su trabajo. Cuéntenos cómo la utilizó su ciudad durante este periodo.',
		it: 'Le città hanno usato la Carta per elaborare strategie, valutare le loro politiche, imparare le une dalle altre e presentare il loro lavoro. Raccontaci come la tua città l’ha usata in questo periodo.'
	},
	items: [
		{
			id: 'charter-use',
			type: 'multi_choice',
			label: {
				en: 'How did your city use the Charter in its own work?',
				fr: 'Comment votre ville a-t-elle utilisé la Charte dans son action ?',
				de: 'Wie hat Ihre Stadt die Charta in ihrer Arbeit genutzt?',
				es: '¿Cómo utilizó su ciudad la Carta en su propio trabajo?',
				it: 'Come ha usato la tua città la Carta nel proprio lavoro?'
			},
			hint: {
				en: 'Select all that apply. Leave it blank if the Charter played no part in this period.',
				fr: 'Cochez tout ce qui s’applique. Laissez vide si la Charte n’a joué aucun rôle pendant la période.',
				de: 'Wählen Sie alles Zutreffende aus. Lassen Sie das Feld leer, wenn die Charta im Berichtszeitraum keine Rolle gespielt hat.',
				es: 'Seleccione todas las opciones que correspondan. Déjelo en blanco si la Carta no tuvo ningún papel en este periodo.',
				it: 'Seleziona tutte le voci pertinenti. Lascia vuoto se la Carta non ha avuto alcun ruolo in questo periodo.'
			},
			required: false,
			options: charterUseOptions
		},
		{
			id: 'charter-use-examples',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'Examples of how the Charter was used',
				fr: 'Exemples d’utilisation de la Charte',
				de: 'Beispiele für die Nutzung der Charta',
				es: 'Ejemplos de cómo se utilizó la Carta',
				it: 'Esempi di come è stata usata la Carta'
			},
			hint: {
				en: 'For example, a strategy that cites the Charter, a council debate, a presentation to partners.',
				fr: 'Par exemple, une stratégie qui cite la Charte, un débat au conseil municipal, une présentation à des partenaires.',
				de: 'Zum Beispiel eine Strategie, die sich auf die Charta beruft, eine Debatte im Stadtrat, eine Vorstellung bei Partnern.',
				es: 'Por ejemplo, una estrategia que cite la Carta, un debate en el pleno municipal o una presentación a socios.',
				it: 'Per esempio, una strategia che cita la Carta, un dibattito in consiglio comunale, una presentazione ai partner.'
			},
			required: false
		}
	]
};

const trendOptions: ChoiceOption[] = [
	{
		value: 'increased',
		label: { en: 'Increased', fr: 'En hausse', de: 'Gestiegen', es: 'Ha aumentado', it: 'In aumento' }
	},
	{
		value: 'steady',
		label: {
			en: 'About the same',
			fr: 'Stable',
			de: 'Etwa gleich',
			es: 'Más o menos igual',
			it: 'Più o meno invariati'
		}
	},
	{
		value: 'decreased',
		label: { en: 'Decreased', fr: 'En baisse', de: 'Gesunken', es: 'Ha disminuido', it: 'In diminuzione' }
	},
	{
		value: 'unknown',
		label: {
			en: 'We do not know',
			fr: 'Nous ne savons pas',
			de: 'Wissen wir nicht',
			es: 'No lo sabemos',
			it: 'Non lo sappiamo'
		}
	}
];

const trendHint: LocalizedText = {
	en: 'Compared with the previous reporting period, as your city sees it. Give figures in the comments if you have them.',
	fr: 'Par rapport à la période précédente, tel que votre ville le constate. Donnez des chiffres dans les commentaires si vous en avez.',
	de: 'Im Vergleich zum vorigen Berichtszeitraum, wie Ihre Stadt es wahrnimmt. Nennen Sie Zahlen in den Anmerkungen, wenn Sie welche haben.',
	es: 'En comparación con el periodo de referencia anterior, según la percepción de su ciudad. Indique cifras en los comentarios si dispone de ellas.',
	it: 'Rispetto al periodo di riferimento precedente, secondo la percezione della tua città. Se hai dei dati, indicali nei commenti.'
};

function migrationTrend(id: string, label: LocalizedText): Item {
	return { id, type: 'choice', label, hint: trendHint, required: false, options: trendOptions };
}

export const migrationTrendsSection: Section = {
	id: 'migration-trends',
	title: {
		en: 'Migration trends in your city',
		fr: 'Tendances migratoires dans votre ville',
		de: 'Migrationstrends in Ihrer Stadt',
		es: 'Tendencias migratorias en su ciudad',
		it: 'Tendenze migratorie nella tua città'
	},
	intro: {
		en: 'How the arrivals in your city changed during this period, by the way people came.',
		fr: 'Comment les arrivées dans votre ville ont évolué pendant la période, selon la manière dont les personnes sont venues.',
		de: 'Wie sich die Zuzüge in Ihre Stadt im Berichtszeitraum entwickelt haben, je nachdem, auf welchem Weg die Menschen kamen.',
		es: 'Cómo cambiaron las llegadas a su ciudad durante este periodo, según la vía por la que llegaron las personas.',
		it: 'Come sono cambiati gli arrivi nella tua città in questo periodo, secondo il modo in cui le persone sono arrivate.'
	},
	items: [
		migrationTrend('trend-eu-mobility', {
			en: 'People moving from other EU countries, for example for work',
			fr: 'Personnes venant d’autres pays de l’UE, par exemple pour travailler',
			de: 'Menschen, die aus anderen EU-Ländern zuziehen, zum Beispiel zum Arbeiten',
			es: 'Personas procedentes de otros países de la UE, por ejemplo por trabajo',
			it: 'Persone che si trasferiscono da altri paesi dell’UE, per esempio per lavoro'
		}),
		migrationTrend('trend-asylum', {
			en: 'Asylum seekers',
			fr: 'Demandeurs d’asile',
			de: 'Asylsuchende',
			es: 'Solicitantes de asilo',
			it: 'Richiedenti asilo'
		}),
		migrationTrend('trend-family-reunification', {
			en: 'People joining family members (family reunification)',
			fr: 'Personnes rejoignant des membres de leur famille (regroupement familial)',
			de: 'Menschen, die zu Familienangehörigen ziehen (Familiennachzug)',
			es: 'Personas que se reúnen con familiares (reagrupación familiar)',
			it: 'Persone che raggiungono familiari (ricongiungimento familiare)'
		}),
		migrationTrend('trend-students', {
			en: 'Foreign students',
			fr: 'Étudiants étrangers',
			de: 'Ausländische Studierende',
			es: 'Estudiantes extranjeros',
			it: 'Studenti stranieri'
		}),
		{
			id: 'migration-trends-comments',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'Comments on migration to your city',
				fr: 'Commentaires sur les migrations vers votre ville',
				de: 'Anmerkungen zur Zuwanderung in Ihre Stadt',
				es: 'Comentarios sobre la migración a su ciudad',
				it: 'Commenti sulle migrazioni verso la tua città'
			},
			hint: {
				en: 'For example, figures, new countries of origin, or other ways people arrive.',
				fr: 'Par exemple, des chiffres, de nouveaux pays d’origine ou d’autres voies d’arrivée.',
				de: 'Zum Beispiel Zahlen, neue Herkunftsländer oder andere Wege, auf denen Menschen ankommen.',
				es: 'Por ejemplo, cifras, nuevos países de origen u otras vías de llegada.',
				it: 'Per esempio, dati, nuovi paesi di origine o altri modi in cui le persone arrivano.'
			},
			required: false
		}
	]
};

/**
 * The practice's place in the Charter and in the 2020 report's trends. Plain text for now: a list row's
 * cells can be text, year or web address only, so the hint names the values the secretariat expects.
 */
export const practiceTagFields: ListField[] = [
	{
		key: 'commitments',
		kind: 'text',
		required: false,
		label: {
			en: 'Commitments it serves (numbers 1 to 11)',
			fr: 'Engagements concernés (numéros 1 à 11)',
			de: 'Betroffene Verpflichtungen (Nummern 1 bis 11)',
			es: 'Compromisos a los que contribuye (números del 1 al 11)',
			it: 'Impegni a cui contribuisce (numeri da 1 a 11)'
		}
	},
	{
		key: 'role',
		kind: 'text',
		required: false,
		label: {
			en: 'The city’s role: policy maker, service provider, employer or buyer',
			fr: 'Le rôle de la ville : décideur politique, prestataire de services, employeur ou acheteur',
			de: 'Die Rolle der Stadt: Politikgestalterin, Dienstleisterin, Arbeitgeberin oder Auftraggeberin',
			es: 'La función de la ciudad: responsable de políticas, proveedora de servicios, empleadora o compradora',
			it: 'Il ruolo della città: decisore politico, fornitore di servizi, datore di lavoro o acquirente'
		}
	},
	{
		key: 'trend',
		kind: 'text',
		required: false,
		label: {
			en: 'Trend it shows (number 1 to 8, see the hint above)',
			fr: 'Tendance illustrée (numéro 1 à 8, voir l’aide ci-dessus)',
			de: 'Gezeigter Trend (Nummer 1 bis 8, siehe Hinweis oben)',
			es: 'Tendencia que ilustra (número del 1 al 8, vea la ayuda de arriba)',
			it: 'Tendenza che illustra (numero da 1 a 8, vedi l’indicazione qui sopra)'
		}
	}
];

/** The eight trends of the 4th report, listed in the good-practice hint so a city can name one by number. */
export const practiceTagHint: LocalizedText = {
	en: 'Up to 10. Summarise each in a few sentences: what it does, for whom, and what it achieved. If you can, say which commitments it serves, in which role, and which trend it shows: 1 structured and sustainable policies; 2 mainstreaming across policy areas; 3 needs of particular groups; 4 low-threshold access to services; 5 communicating openly about equal opportunities; 6 an inclusive, participatory approach; 7 inclusive administration and procurement; 8 EU policy and global governance.',
	fr: 'Jusqu’à 10. Résumez chacune en quelques phrases : ce qu’elle fait, pour qui, et ce qu’elle a permis. Si possible, indiquez les engagements concernés, le rôle de la ville et la tendance illustrée : 1 politiques structurées et durables ; 2 intégration dans tous les domaines d’action ; 3 besoins de groupes particuliers ; 4 accès facile aux services ; 5 communication ouverte sur l’égalité des chances ; 6 approche inclusive et participative ; 7 administration et achats inclusifs ; 8 politique européenne et gouvernance mondiale.',
	de: 'Bis zu 10. Fassen Sie jedes in wenigen Sätzen zusammen: was es tut, für wen und was es erreicht hat. Geben Sie wenn möglich an, welchen Verpflichtungen es dient, in welcher Rolle und welchen Trend es zeigt: 1 strukturierte und nachhaltige Politik; 2 Integration als Querschnittsaufgabe; 3 Bedarfe bestimmter Gruppen; 4 niedrigschwelliger Zugang zu Angeboten; 5 offene Kommunikation über Chancengleichheit; 6 inklusiver, partizipativer Ansatz; 7 inklusive Verwaltung und Beschaffung; 8 EU-Politik und globale Governance.',
	es: 'Hasta 10. Resuma cada una en unas frases: qué hace, para quién y qué ha logrado. Si puede, indique a qué compromisos contribuye, en qué función y qué tendencia ilustra: 1 políticas estructuradas y sostenibles; 2 transversalidad en todos los ámbitos de actuación; 3 necesidades de grupos concretos; 4 acceso de bajo umbral a los servicios; 5 comunicación abierta sobre la igualdad de oportunidades; 6 enfoque inclusivo y participativo; 7 administración y contratación pública inclusivas; 8 política de la UE y gobernanza mundial.',
	it: 'Fino a 10. Riassumi ciascuna in poche frasi: che cosa fa, per chi e che cosa ha ottenuto. Se puoi, indica a quali impegni contribuisce, in quale ruolo e quale tendenza illustra: 1 politiche strutturate e sostenibili; 2 integrazione trasversale a tutti i settori; 3 bisogni di gruppi specifici; 4 accesso facilitato ai servizi; 5 comunicazione aperta sulle pari opportunità; 6 approccio inclusivo e partecipativo; 7 amministrazione e appalti inclusivi; 8 politica europea e governance globale.'
};

/** The good-practices section with the tag fields added to its list (same item id: it asks the same thing). */
export function withPracticeTags(section: Section): Section {
	return {
		...section,
		items: section.items.map((item) =>
			item.type === 'list' && item.id === 'good-practices'
				? { ...item, hint: practiceTagHint, fields: [...item.fields, ...practiceTagFields] }
				: item
		)
	};
}
