import type { Locale } from '../locale';

/** Every interface language but English, which the vocabulary itself is written in. */
type Translated = Record<Exclude<Locale, 'en'>, string>;

/**
 * French, German and Spanish labels of the library's vocabularies (our translations), keyed by vocabulary and key
 * because the same key may stand in two vocabularies (e.g. "participation" as a trend and as a theme).
 */
export const vocabularyTranslations: Record<string, Translated> = {
	'trend:structured-policies': {
		fr: 'Élaborer des politiques d’intégration structurées et durables',
		de: 'Integrationspolitik strukturiert und nachhaltig entwickeln',
		es: 'Elaborar políticas de integración estructuradas y sostenibles'
	},
	'trend:mainstreaming': {
		fr: 'Intégrer l’intégration dans tous les domaines politiques',
		de: 'Integration als Querschnittsaufgabe in allen Politikbereichen verankern',
		es: 'Incorporar la integración de forma transversal en todos los ámbitos de actuación'
	},
	'trend:specific-groups': {
		fr: 'Répondre aux besoins d’intégration de groupes particuliers',
		de: 'Auf die besonderen Integrationsbedürfnisse bestimmter Gruppen eingehen',
		es: 'Atender las necesidades de integración de grupos concretos'
	},
	'trend:low-threshold-access': {
		fr: 'Offrir un accès facile aux services d’intégration',
		de: 'Niedrigschwelligen Zugang zu Integrationsangeboten schaffen',
		es: 'Ofrecer un acceso de bajo umbral a los servicios de integración'
	},
	'trend:open-communication': {
		fr: 'Communiquer ouvertement sur l’égalité des chances',
		de: 'Offen über Chancengleichheit kommunizieren',
		es: 'Comunicar abiertamente sobre la igualdad de oportunidades'
	},
	'trend:participation': {
		fr: 'Mettre en œuvre une approche d’intégration inclusive et participative',
		de: 'Einen inklusiven und partizipativen Integrationsansatz umsetzen',
		es: 'Aplicar un enfoque de integración inclusivo y participativo'
	},
	'trend:inclusive-administration': {
		fr: 'Vers des administrations et des achats publics plus inclusifs',
		de: 'Auf inklusivere Stadtverwaltungen und Beschaffung hinarbeiten',
		es: 'Avanzar hacia administraciones y contrataciones públicas más inclusivas'
	},
	'trend:eu-global-governance': {
		fr: 'Agir dans la politique européenne et la gouvernance mondiale des migrations',
		de: 'Als Akteurin in der EU-Politik und der globalen Migrationspolitik mitwirken',
		es: 'Actuar en la política de la UE y en la gobernanza mundial de las migraciones'
	},
	'theme:integration-strategy': {
		fr: 'Stratégie et lignes directrices d’intégration',
		de: 'Integrationsstrategie und Leitlinien',
		es: 'Estrategia y directrices de integración'
	},
	'theme:city-identity': {
		fr: 'Identité de la ville et appartenance',
		de: 'Stadtidentität und Zugehörigkeit',
		es: 'Identidad de la ciudad y sentimiento de pertenencia'
	},
	'theme:interdepartmental-cooperation': {
		fr: 'Coopération entre services municipaux',
		de: 'Zusammenarbeit der städtischen Ämter',
		es: 'Cooperación entre departamentos municipales'
	},
	'theme:one-stop-shops': {
		fr: 'Guichets uniques et centres d’accueil',
		de: 'Anlaufstellen und Willkommenszentren',
		es: 'Ventanillas únicas y centros de acogida'
	},
	'theme:stakeholder-cooperation': {
		fr: 'Coopération avec les acteurs locaux',
		de: 'Zusammenarbeit mit lokalen Akteuren',
		es: 'Cooperación con los agentes locales'
	},
	'theme:anti-discrimination': {
		fr: 'Lutte contre les discriminations et points de signalement',
		de: 'Antidiskriminierungsstrategien und Meldestellen',
		es: 'Lucha contra la discriminación y puntos de denuncia'
	},
	'theme:multilingual-information': {
		fr: 'Information multilingue et en langage clair',
		de: 'Mehrsprachige Informationen in einfacher Sprache',
		es: 'Información multilingüe y en lenguaje claro'
	},
	'theme:digital-services': { fr: 'Services numériques', de: 'Digitale Dienste', es: 'Servicios digitales' },
	'theme:language-learning': {
		fr: 'Apprentissage de la langue',
		de: 'Spracherwerb',
		es: 'Aprendizaje de la lengua'
	},
	'theme:education': { fr: 'Éducation', de: 'Bildung', es: 'Educación' },
	'theme:employment': {
		fr: 'Emploi et compétences',
		de: 'Beschäftigung und Qualifikation',
		es: 'Empleo y competencias'
	},
	'theme:housing': {
		fr: 'Logement et hébergement',
		de: 'Wohnen und Unterbringung',
		es: 'Vivienda y alojamiento'
	},
	'theme:health': { fr: 'Santé', de: 'Gesundheit', es: 'Salud' },
	'theme:social-care': {
		fr: 'Action sociale et conseil',
		de: 'Soziale Betreuung und Beratung',
		es: 'Atención social y asesoramiento'
	},
	'theme:communication': {
		fr: 'Campagnes de communication et événements publics',
		de: 'Kommunikationskampagnen und öffentliche Veranstaltungen',
		es: 'Campañas de comunicación y actos públicos'
	},
	'theme:political-leadership': {
		fr: 'Engagement politique',
		de: 'Politische Führung',
		es: 'Liderazgo político'
	},
	'theme:participation': {
		fr: 'Participation et engagement citoyen',
		de: 'Teilhabe und bürgerschaftliches Engagement',
		es: 'Participación y compromiso ciudadano'
	},
	'theme:consultative-bodies': {
		fr: 'Instances consultatives et conseils de migrants',
		de: 'Beratende Gremien und Migrationsbeiräte',
		es: 'Órganos consultivos y consejos de personas migrantes'
	},
	'theme:participatory-budgeting': {
		fr: 'Budget participatif',
		de: 'Bürgerhaushalt',
		es: 'Presupuestos participativos'
	},
	'theme:staff-diversity': {
		fr: 'Diversité dans le recrutement et le personnel',
		de: 'Vielfalt bei Einstellung und Personal',
		es: 'Diversidad en la contratación y en la plantilla'
	},
	'theme:equal-treatment-at-work': {
		fr: 'Égalité de traitement au travail',
		de: 'Gleichbehandlung am Arbeitsplatz',
		es: 'Igualdad de trato en el trabajo'
	},
	'theme:staff-training': {
		fr: 'Formation et sensibilisation du personnel',
		de: 'Schulung und Sensibilisierung der Beschäftigten',
		es: 'Formación y sensibilización del personal'
	},
	'theme:procurement': {
		fr: 'Achats publics et clauses contractuelles',
		de: 'Beschaffung und Vertragsklauseln',
		es: 'Contratación pública y cláusulas contractuales'
	},
	'theme:supplier-diversity': {
		fr: 'Diversité des fournisseurs',
		de: 'Vielfalt der Lieferanten',
		es: 'Diversidad de proveedores'
	},
	'theme:monitoring-and-data': {
		fr: 'Suivi, évaluation et données',
		de: 'Monitoring, Evaluation und Daten',
		es: 'Seguimiento, evaluación y datos'
	},
	'theme:european-networks': {
		fr: 'Réseaux européens et internationaux',
		de: 'Europäische und internationale Netzwerke',
		es: 'Redes europeas e internacionales'
	},
	'theme:eu-funded-projects': {
		fr: 'Projets financés par l’UE',
		de: 'EU-geförderte Projekte',
		es: 'Proyectos financiados por la UE'
	},
	'target:migrant-residents': {
		fr: 'Personnes migrantes et habitants issus de l’immigration (en général)',
		de: 'Migrantinnen, Migranten und Menschen mit Migrationsgeschichte (allgemein)',
		es: 'Personas migrantes y residentes de origen migrante (en general)'
	},
	'target:newly-arrived': {
		fr: 'Personnes nouvellement arrivées',
		de: 'Neu Zugewanderte',
		es: 'Personas recién llegadas'
	},
	'target:refugees-asylum-seekers': {
		fr: 'Réfugiés et demandeurs d’asile',
		de: 'Geflüchtete und Asylsuchende',
		es: 'Refugiados y solicitantes de asilo'
	},
	'target:status-holders': {
		fr: 'Bénéficiaires d’une protection',
		de: 'Anerkannte Schutzberechtigte',
		es: 'Beneficiarios de protección internacional'
	},
	'target:unaccompanied-minors': {
		fr: 'Mineurs non accompagnés',
		de: 'Unbegleitete Minderjährige',
		es: 'Menores no acompañados'
	},
	'target:children-families': {
		fr: 'Enfants et familles',
		de: 'Kinder und Familien',
		es: 'Niños, niñas y familias'
	},
	'target:young-people': {
		fr: 'Jeunes et jeunes adultes (15–29 ans)',
		de: 'Jugendliche und junge Erwachsene (15–29)',
		es: 'Jóvenes y adultos jóvenes (15–29 años)'
	},
	'target:migrant-women': { fr: 'Femmes migrantes', de: 'Migrantinnen', es: 'Mujeres migrantes' },
	'target:undocumented-migrants': {
		fr: 'Personnes sans papiers et en situation irrégulière',
		de: 'Menschen ohne Papiere und mit irregulärem Aufenthalt',
		es: 'Personas indocumentadas y en situación irregular'
	},
	'target:eu-mobile-citizens': {
		fr: 'Citoyens mobiles de l’UE',
		de: 'Mobile EU-Bürgerinnen und -Bürger',
		es: 'Ciudadanos móviles de la UE'
	},
	'target:specific-communities': {
		fr: 'Nationalités, communautés et minorités particulières',
		de: 'Bestimmte Nationalitäten, Gemeinschaften und Minderheiten',
		es: 'Nacionalidades, comunidades y minorías concretas'
	},
	'target:roma': { fr: 'Roms', de: 'Roma', es: 'Población gitana (romaní)' },
	'target:international-talent': {
		fr: 'Migrants hautement qualifiés et talents internationaux',
		de: 'Hochqualifizierte und internationale Fachkräfte',
		es: 'Migrantes altamente cualificados y talento internacional'
	},
	'target:ukrainian-refugees': {
		fr: 'Réfugiés ukrainiens',
		de: 'Geflüchtete aus der Ukraine',
		es: 'Refugiados ucranianos'
	},
	'target:jobseekers': {
		fr: 'Demandeurs d’emploi éloignés du marché du travail',
		de: 'Arbeitsuchende fern vom Arbeitsmarkt',
		es: 'Demandantes de empleo alejados del mercado laboral'
	},
	'target:migrant-entrepreneurs': {
		fr: 'Entrepreneurs migrants',
		de: 'Unternehmerinnen und Unternehmer mit Migrationsgeschichte',
		es: 'Emprendedores migrantes'
	},
	'target:migrant-organisations': {
		fr: 'Associations de migrants et ONG',
		de: 'Migrantenorganisationen und NGOs',
		es: 'Asociaciones de migrantes y ONG'
	},
	'target:businesses': {
		fr: 'Entreprises, prestataires et fournisseurs',
		de: 'Unternehmen, Auftragnehmer und Lieferanten',
		es: 'Empresas, contratistas y proveedores'
	},
	'target:city-staff': { fr: 'Personnel municipal', de: 'Städtische Beschäftigte', es: 'Personal municipal' },
	'target:all-residents': {
		fr: 'Tous les habitants',
		de: 'Alle Einwohnerinnen und Einwohner',
		es: 'Toda la población'
	},
	'funding:amif': {
		fr: 'Fonds Asile, migration et intégration (AMIF)',
		de: 'Asyl-, Migrations- und Integrationsfonds (AMIF)',
		es: 'Fondo de Asilo, Migración e Integración (FAMI)'
	},
	'funding:esf': {
		fr: 'Fonds social européen (FSE)',
		de: 'Europäischer Sozialfonds (ESF)',
		es: 'Fondo Social Europeo (FSE)'
	},
	'funding:easi': {
		fr: 'Programme de l’UE pour l’emploi et l’innovation sociale (EaSI)',
		de: 'EU-Programm für Beschäftigung und soziale Innovation (EaSI)',
		es: 'Programa de la UE para el Empleo y la Innovación Social (EaSI)'
	},
	'funding:uia': {
		fr: 'Actions innovatrices urbaines (UIA)',
		de: 'Innovative Maßnahmen für nachhaltige Stadtentwicklung (UIA)',
		es: 'Acciones Urbanas Innovadoras (UIA)'
	},
	'funding:european-integration-fund': {
		fr: 'Fonds européen d’intégration',
		de: 'Europäischer Integrationsfonds',
		es: 'Fondo Europeo para la Integración'
	},
	'funding:eu-other': {
		fr: 'Autres financements de l’UE ou non précisés',
		de: 'Andere oder nicht genannte EU-Mittel',
		es: 'Otros fondos de la UE o sin especificar'
	},
	'funding:open-society-foundations': {
		fr: 'Open Society Foundations',
		de: 'Open Society Foundations',
		es: 'Open Society Foundations'
	},
	'funding:city-budget': {
		fr: 'Budget de la ville',
		de: 'Städtischer Haushalt',
		es: 'Presupuesto municipal'
	},
	'funding:national-funding': {
		fr: 'Financement national ou fédéral',
		de: 'Nationale oder Bundesmittel',
		es: 'Financiación nacional o federal'
	}
};

/** A vocabulary label in the reader's language, or null when there is no translation (then English shows). */
export function translatedLabel(vocabulary: string, key: string, locale: Locale): string | null {
	if (locale === 'en') return null;
	return vocabularyTranslations[`${vocabulary}:${key}`]?.[locale] ?? null;
}
