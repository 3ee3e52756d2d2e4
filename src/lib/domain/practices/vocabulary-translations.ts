import type { Locale } from '../locale';

/** Every interface language but English, which the vocabulary itself is written in. */
type Translated = Record<Exclude<Locale, 'en'>, string>;

/**
 * French, German, Spanish and Italian labels of the library's vocabularies (our translations), keyed by vocabulary and key
 * because the same key may stand in two vocabularies (e.g. "participation" as a trend and as a theme).
 */
export const vocabularyTranslations: Record<string, Translated> = {
	'trend:structured-policies': {
		fr: 'Élaborer des politiques d’intégration structurées et durables',
		de: 'Integrationspolitik strukturiert und nachhaltig entwickeln',
		es: 'Elaborar políticas de integración estructuradas y sostenibles',
		it: 'Sviluppare politiche di integrazione in modo strutturato e sostenibile'
	},
	'trend:mainstreaming': {
		fr: 'Intégrer l’intégration dans tous les domaines politiques',
		de: 'Integration als Querschnittsaufgabe in allen Politikbereichen verankern',
		es: 'Incorporar la integración de forma transversal en todos los ámbitos de actuación',
		it: 'Rendere l’integrazione trasversale a tutti i settori di intervento'
	},
	'trend:specific-groups': {
		fr: 'Répondre aux besoins d’intégration de groupes particuliers',
		de: 'Auf die besonderen Integrationsbedürfnisse bestimmter Gruppen eingehen',
		es: 'Atender las necesidades de integración de grupos concretos',
		it: 'Rispondere ai bisogni di integrazione specifici di determinati gruppi'
	},
	'trend:low-threshold-access': {
		fr: 'Offrir un accès facile aux services d’intégration',
		de: 'Niedrigschwelligen Zugang zu Integrationsangeboten schaffen',
		es: 'Ofrecer un acceso de bajo umbral a los servicios de integración',
		it: 'Creare un accesso facilitato ai servizi di integrazione'
	},
	'trend:open-communication': {
		fr: 'Communiquer ouvertement sur l’égalité des chances',
		de: 'Offen über Chancengleichheit kommunizieren',
		es: 'Comunicar abiertamente sobre la igualdad de oportunidades',
		it: 'Comunicare apertamente sulle pari opportunità'
	},
	'trend:participation': {
		fr: 'Mettre en œuvre une approche d’intégration inclusive et participative',
		de: 'Einen inklusiven und partizipativen Integrationsansatz umsetzen',
		es: 'Aplicar un enfoque de integración inclusivo y participativo',
		it: 'Attuare un approccio all’integrazione inclusivo e partecipativo'
	},
	'trend:inclusive-administration': {
		fr: 'Vers des administrations et des achats publics plus inclusifs',
		de: 'Auf inklusivere Stadtverwaltungen und Beschaffung hinarbeiten',
		es: 'Avanzar hacia administraciones y contrataciones públicas más inclusivas',
		it: 'Verso amministrazioni comunali e pratiche di appalto più inclusive'
	},
	'trend:eu-global-governance': {
		fr: 'Agir dans la politique européenne et la gouvernance mondiale des migrations',
		de: 'Als Akteurin in der EU-Politik und der globalen Migrationspolitik mitwirken',
		es: 'Actuar en la política de la UE y en la gobernanza mundial de las migraciones',
		it: 'Partecipare da protagonisti alle politiche dell’UE e alla governance globale delle migrazioni'
	},
	'theme:integration-strategy': {
		fr: 'Stratégie et lignes directrices d’intégration',
		de: 'Integrationsstrategie und Leitlinien',
		es: 'Estrategia y directrices de integración',
		it: 'Strategia e linee guida per l’integrazione'
	},
	'theme:city-identity': {
		fr: 'Identité de la ville et appartenance',
		de: 'Stadtidentität und Zugehörigkeit',
		es: 'Identidad de la ciudad y sentimiento de pertenencia',
		it: 'Identità cittadina e senso di appartenenza'
	},
	'theme:interdepartmental-cooperation': {
		fr: 'Coopération entre services municipaux',
		de: 'Zusammenarbeit der städtischen Ämter',
		es: 'Cooperación entre departamentos municipales',
		it: 'Cooperazione tra gli uffici comunali'
	},
	'theme:one-stop-shops': {
		fr: 'Guichets uniques et centres d’accueil',
		de: 'Anlaufstellen und Willkommenszentren',
		es: 'Ventanillas únicas y centros de acogida',
		it: 'Sportelli unici e centri di accoglienza'
	},
	'theme:stakeholder-cooperation': {
		fr: 'Coopération avec les acteurs locaux',
		de: 'Zusammenarbeit mit lokalen Akteuren',
		es: 'Cooperación con los agentes locales',
		it: 'Cooperazione con gli attori locali'
	},
	'theme:anti-discrimination': {
		fr: 'Lutte contre les discriminations et points de signalement',
		de: 'Antidiskriminierungsstrategien und Meldestellen',
		es: 'Lucha contra la discriminación y puntos de denuncia',
		it: 'Strategie contro la discriminazione e punti di segnalazione'
	},
	'theme:multilingual-information': {
		fr: 'Information multilingue et en langage clair',
		de: 'Mehrsprachige Informationen in einfacher Sprache',
		es: 'Información multilingüe y en lenguaje claro',
		it: 'Informazioni multilingui e in linguaggio semplice'
	},
	'theme:digital-services': {
		fr: 'Services numériques',
		de: 'Digitale Dienste',
		es: 'Servicios digitales',
		it: 'Servizi digitali'
	},
	'theme:language-learning': {
		fr: 'Apprentissage de la langue',
		de: 'Spracherwerb',
		es: 'Aprendizaje de la lengua',
		it: 'Apprendimento della lingua'
	},
	'theme:education': { fr: 'Éducation', de: 'Bildung', es: 'Educación', it: 'Istruzione' },
	'theme:employment': {
		fr: 'Emploi et compétences',
		de: 'Beschäftigung und Qualifikation',
		es: 'Empleo y competencias',
		it: 'Lavoro e competenze'
	},
	'theme:housing': {
		fr: 'Logement et hébergement',
		de: 'Wohnen und Unterbringung',
		es: 'Vivienda y alojamiento',
		it: 'Alloggio e accoglienza abitativa'
	},
	'theme:health': { fr: 'Santé', de: 'Gesundheit', es: 'Salud', it: 'Salute' },
	'theme:social-care': {
		fr: 'Action sociale et conseil',
		de: 'Soziale Betreuung und Beratung',
		es: 'Atención social y asesoramiento',
		it: 'Assistenza sociale e consulenza'
	},
	'theme:communication': {
		fr: 'Campagnes de communication et événements publics',
		de: 'Kommunikationskampagnen und öffentliche Veranstaltungen',
		es: 'Campañas de comunicación y actos públicos',
		it: 'Campagne di comunicazione ed eventi pubblici'
	},
	'theme:political-leadership': {
		fr: 'Engagement politique',
		de: 'Politische Führung',
		es: 'Liderazgo político',
		it: 'Leadership politica'
	},
	'theme:participation': {
		fr: 'Participation et engagement citoyen',
		de: 'Teilhabe und bürgerschaftliches Engagement',
		es: 'Participación y compromiso ciudadano',
		it: 'Partecipazione e impegno civico'
	},
	'theme:consultative-bodies': {
		fr: 'Instances consultatives et conseils de migrants',
		de: 'Beratende Gremien und Migrationsbeiräte',
		es: 'Órganos consultivos y consejos de personas migrantes',
		it: 'Organi consultivi e consulte dei migranti'
	},
	'theme:participatory-budgeting': {
		fr: 'Budget participatif',
		de: 'Bürgerhaushalt',
		es: 'Presupuestos participativos',
		it: 'Bilancio partecipativo'
	},
	'theme:staff-diversity': {
		fr: 'Diversité dans le recrutement et le personnel',
		de: 'Vielfalt bei Einstellung und Personal',
		es: 'Diversidad en la contratación y en la plantilla',
		it: 'Diversità nelle assunzioni e nel personale'
	},
	'theme:equal-treatment-at-work': {
		fr: 'Égalité de traitement au travail',
		de: 'Gleichbehandlung am Arbeitsplatz',
		es: 'Igualdad de trato en el trabajo',
		it: 'Parità di trattamento sul lavoro'
	},
	'theme:staff-training': {
		fr: 'Formation et sensibilisation du personnel',
		de: 'Schulung und Sensibilisierung der Beschäftigten',
		es: 'Formación y sensibilización del personal',
		it: 'Formazione e sensibilizzazione del personale'
	},
	'theme:procurement': {
		fr: 'Achats publics et clauses contractuelles',
		de: 'Beschaffung und Vertragsklauseln',
		es: 'Contratación pública y cláusulas contractuales',
		it: 'Appalti e clausole contrattuali'
	},
	'theme:supplier-diversity': {
		fr: 'Diversité des fournisseurs',
		de: 'Vielfalt der Lieferanten',
		es: 'Diversidad de proveedores',
		it: 'Diversità dei fornitori'
	},
	'theme:monitoring-and-data': {
		fr: 'Suivi, évaluation et données',
		de: 'Monitoring, Evaluation und Daten',
		es: 'Seguimiento, evaluación y datos',
		it: 'Monitoraggio, valutazione e dati'
	},
	'theme:european-networks': {
		fr: 'Réseaux européens et internationaux',
		de: 'Europäische und internationale Netzwerke',
		es: 'Redes europeas e internacionales',
		it: 'Reti europee e internazionali'
	},
	'theme:eu-funded-projects': {
		fr: 'Projets financés par l’UE',
		de: 'EU-geförderte Projekte',
		es: 'Proyectos financiados por la UE',
		it: 'Progetti finanziati dall’UE'
	},
	'target:migrant-residents': {
		fr: 'Personnes migrantes et habitants issus de l’immigration (en général)',
		de: 'Migrantinnen, Migranten und Menschen mit Migrationsgeschichte (allgemein)',
		es: 'Personas migrantes y residentes de origen migrante (en general)',
		it: 'Persone migranti e residenti con un background migratorio (in generale)'
	},
	'target:newly-arrived': {
		fr: 'Personnes nouvellement arrivées',
		de: 'Neu Zugewanderte',
		es: 'Personas recién llegadas',
		it: 'Persone migranti arrivate di recente'
	},
	'target:refugees-asylum-seekers': {
		fr: 'Réfugiés et demandeurs d’asile',
		de: 'Geflüchtete und Asylsuchende',
		es: 'Refugiados y solicitantes de asilo',
		it: 'Rifugiati e richiedenti asilo'
	},
	'target:status-holders': {
		fr: 'Bénéficiaires d’une protection',
		de: 'Anerkannte Schutzberechtigte',
		es: 'Beneficiarios de protección internacional',
		it: 'Titolari di protezione internazionale'
	},
	'target:unaccompanied-minors': {
		fr: 'Mineurs non accompagnés',
		de: 'Unbegleitete Minderjährige',
		es: 'Menores no acompañados',
		it: 'Minori stranieri non accompagnati'
	},
	'target:children-families': {
		fr: 'Enfants et familles',
		de: 'Kinder und Familien',
		es: 'Niños, niñas y familias',
		it: 'Bambini e famiglie'
	},
	'target:young-people': {
		fr: 'Jeunes et jeunes adultes (15–29 ans)',
		de: 'Jugendliche und junge Erwachsene (15–29)',
		es: 'Jóvenes y adultos jóvenes (15–29 años)',
		it: 'Giovani e giovani adulti (15–29)'
	},
	'target:migrant-women': {
		fr: 'Femmes migrantes',
		de: 'Migrantinnen',
		es: 'Mujeres migrantes',
		it: 'Donne migranti'
	},
	'target:undocumented-migrants': {
		fr: 'Personnes sans papiers et en situation irrégulière',
		de: 'Menschen ohne Papiere und mit irregulärem Aufenthalt',
		es: 'Personas indocumentadas y en situación irregular',
		it: 'Persone migranti senza documenti e in condizione irregolare'
	},
	'target:eu-mobile-citizens': {
		fr: 'Citoyens mobiles de l’UE',
		de: 'Mobile EU-Bürgerinnen und -Bürger',
		es: 'Ciudadanos móviles de la UE',
		it: 'Cittadini dell’UE in mobilità'
	},
	'target:specific-communities': {
		fr: 'Nationalités, communautés et minorités particulières',
		de: 'Bestimmte Nationalitäten, Gemeinschaften und Minderheiten',
		es: 'Nacionalidades, comunidades y minorías concretas',
		it: 'Nazionalità, comunità e minoranze specifiche'
	},
	'target:roma': { fr: 'Roms', de: 'Roma', es: 'Población gitana (romaní)', it: 'Rom' },
	'target:international-talent': {
		fr: 'Migrants hautement qualifiés et talents internationaux',
		de: 'Hochqualifizierte und internationale Fachkräfte',
		es: 'Migrantes altamente cualificados y talento internacional',
		it: 'Migranti altamente qualificati e talenti internazionali'
	},
	'target:ukrainian-refugees': {
		fr: 'Réfugiés ukrainiens',
		de: 'Geflüchtete aus der Ukraine',
		es: 'Refugiados ucranianos',
		it: 'Rifugiati ucraini'
	},
	'target:jobseekers': {
		fr: 'Demandeurs d’emploi éloignés du marché du travail',
		de: 'Arbeitsuchende fern vom Arbeitsmarkt',
		es: 'Demandantes de empleo alejados del mercado laboral',
		it: 'Persone in cerca di lavoro lontane dal mercato del lavoro'
	},
	'target:migrant-entrepreneurs': {
		fr: 'Entrepreneurs migrants',
		de: 'Unternehmerinnen und Unternehmer mit Migrationsgeschichte',
		es: 'Emprendedores migrantes',
		it: 'Imprenditori migranti'
	},
	'target:migrant-organisations': {
		fr: 'Associations de migrants et ONG',
		de: 'Migrantenorganisationen und NGOs',
		es: 'Asociaciones de migrantes y ONG',
		it: 'Organizzazioni di migranti e ONG'
	},
	'target:businesses': {
		fr: 'Entreprises, prestataires et fournisseurs',
		de: 'Unternehmen, Auftragnehmer und Lieferanten',
		es: 'Empresas, contratistas y proveedores',
		it: 'Imprese, appaltatori e fornitori'
	},
	'target:city-staff': {
		fr: 'Personnel municipal',
		de: 'Städtische Beschäftigte',
		es: 'Personal municipal',
		it: 'Personale comunale'
	},
	'target:all-residents': {
		fr: 'Tous les habitants',
		de: 'Alle Einwohnerinnen und Einwohner',
		es: 'Toda la población',
		it: 'Tutti i residenti'
	},
	'funding:amif': {
		fr: 'Fonds Asile, migration et intégration (AMIF)',
		de: 'Asyl-, Migrations- und Integrationsfonds (AMIF)',
		es: 'Fondo de Asilo, Migración e Integración (FAMI)',
		it: 'Fondo Asilo, migrazione e integrazione (FAMI)'
	},
	'funding:esf': {
		fr: 'Fonds social européen (FSE)',
		de: 'Europäischer Sozialfonds (ESF)',
		es: 'Fondo Social Europeo (FSE)',
		it: 'Fondo sociale europeo (FSE)'
	},
	'funding:easi': {
		fr: 'Programme de l’UE pour l’emploi et l’innovation sociale (EaSI)',
		de: 'EU-Programm für Beschäftigung und soziale Innovation (EaSI)',
		es: 'Programa de la UE para el Empleo y la Innovación Social (EaSI)',
		it: 'Programma dell’UE per l’occupazione e l’innovazione sociale (EaSI)'
	},
	'funding:uia': {
		fr: 'Actions innovatrices urbaines (UIA)',
		de: 'Innovative Maßnahmen für nachhaltige Stadtentwicklung (UIA)',
		es: 'Acciones Urbanas Innovadoras (UIA)',
		it: 'Azioni urbane innovative (UIA)'
	},
	'funding:european-integration-fund': {
		fr: 'Fonds européen d’intégration',
		de: 'Europäischer Integrationsfonds',
		es: 'Fondo Europeo para la Integración',
		it: 'Fondo europeo per l’integrazione'
	},
	'funding:eu-other': {
		fr: 'Autres financements de l’UE ou non précisés',
		de: 'Andere oder nicht genannte EU-Mittel',
		es: 'Otros fondos de la UE o sin especificar',
		it: 'Altri fondi dell’UE o non specificati'
	},
	'funding:open-society-foundations': {
		fr: 'Open Society Foundations',
		de: 'Open Society Foundations',
		es: 'Open Society Foundations',
		it: 'Open Society Foundations'
	},
	'funding:city-budget': {
		fr: 'Budget de la ville',
		de: 'Städtischer Haushalt',
		es: 'Presupuesto municipal',
		it: 'Bilancio comunale'
	},
	'funding:national-funding': {
		fr: 'Financement national ou fédéral',
		de: 'Nationale oder Bundesmittel',
		es: 'Financiación nacional o federal',
		it: 'Fondi nazionali o federali'
	}
};

/** A vocabulary label in the reader's language, or null when there is no translation (then English shows). */
export function translatedLabel(vocabulary: string, key: string, locale: Locale): string | null {
	if (locale === 'en') return null;
	return vocabularyTranslations[`${vocabulary}:${key}`]?.[locale] ?? null;
}
