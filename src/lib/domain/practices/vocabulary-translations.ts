import type { Locale } from '../locale';

/** Every interface language but English, whose labels are the vocabulary's own (vocabulary.ts). */
type Translated = Record<Exclude<Locale, 'en'>, string>;

/**
 * French, German and Italian labels of the library's vocabularies (our translations), keyed by vocabulary and key
 * because the same key may stand in two vocabularies (e.g. "participation" as a trend and as a theme).
 */
export const vocabularyTranslations: Record<string, Translated> = {
	'trend:structured-policies': {
		fr: 'Élaborer des politiques d’intégration structurées et durables',
		de: 'Integrationspolitik strukturiert und nachhaltig entwickeln',
		it: 'Sviluppare politiche di integrazione in modo strutturato e sostenibile'
	},
	'trend:mainstreaming': {
		fr: 'Intégrer l’intégration dans tous les domaines politiques',
		de: 'Integration als Querschnittsaufgabe in allen Politikbereichen verankern',
		it: 'Rendere l’integrazione trasversale a tutti i settori di intervento'
	},
	'trend:specific-groups': {
		fr: 'Répondre aux besoins d’intégration de groupes particuliers',
		de: 'Auf die besonderen Integrationsbedürfnisse bestimmter Gruppen eingehen',
		it: 'Rispondere ai bisogni di integrazione specifici di determinati gruppi'
	},
	'trend:low-threshold-access': {
		fr: 'Offrir un accès facile aux services d’intégration',
		de: 'Niedrigschwelligen Zugang zu Integrationsangeboten schaffen',
		it: 'Creare un accesso facilitato ai servizi di integrazione'
	},
	'trend:open-communication': {
		fr: 'Communiquer ouvertement sur l’égalité des chances',
		de: 'Offen über Chancengleichheit kommunizieren',
		it: 'Comunicare apertamente sulle pari opportunità'
	},
	'trend:participation': {
		fr: 'Mettre en œuvre une approche d’intégration inclusive et participative',
		de: 'Einen inklusiven und partizipativen Integrationsansatz umsetzen',
		it: 'Attuare un approccio all’integrazione inclusivo e partecipativo'
	},
	'trend:inclusive-administration': {
		fr: 'Vers des administrations et des achats publics plus inclusifs',
		de: 'Auf inklusivere Stadtverwaltungen und Beschaffung hinarbeiten',
		it: 'Verso amministrazioni comunali e pratiche di appalto più inclusive'
	},
	'trend:eu-global-governance': {
		fr: 'Agir dans la politique européenne et la gouvernance mondiale des migrations',
		de: 'Als Akteurin in der EU-Politik und der globalen Migrationspolitik mitwirken',
		it: 'Partecipare da protagonisti alle politiche dell’UE e alla governance globale delle migrazioni'
	},
	'theme:integration-strategy': {
		fr: 'Stratégie et lignes directrices d’intégration',
		de: 'Integrationsstrategie und Leitlinien',
		it: 'Strategia e linee guida per l’integrazione'
	},
	'theme:city-identity': {
		fr: 'Identité de la ville et appartenance',
		de: 'Stadtidentität und Zugehörigkeit',
		it: 'Identità cittadina e senso di appartenenza'
	},
	'theme:interdepartmental-cooperation': {
		fr: 'Coopération entre services municipaux',
		de: 'Zusammenarbeit der städtischen Ämter',
		it: 'Cooperazione tra gli uffici comunali'
	},
	'theme:one-stop-shops': {
		fr: 'Guichets uniques et centres d’accueil',
		de: 'Anlaufstellen und Willkommenszentren',
		it: 'Sportelli unici e centri di accoglienza'
	},
	'theme:stakeholder-cooperation': {
		fr: 'Coopération avec les acteurs locaux',
		de: 'Zusammenarbeit mit lokalen Akteuren',
		it: 'Cooperazione con gli attori locali'
	},
	'theme:anti-discrimination': {
		fr: 'Lutte contre les discriminations et points de signalement',
		de: 'Antidiskriminierungsstrategien und Meldestellen',
		it: 'Strategie contro la discriminazione e punti di segnalazione'
	},
	'theme:multilingual-information': {
		fr: 'Information multilingue et en langage clair',
		de: 'Mehrsprachige Informationen in einfacher Sprache',
		it: 'Informazioni multilingui e in linguaggio semplice'
	},
	'theme:digital-services': { fr: 'Services numériques', de: 'Digitale Dienste', it: 'Servizi digitali' },
	'theme:language-learning': {
		fr: 'Apprentissage de la langue',
		de: 'Spracherwerb',
		it: 'Apprendimento della lingua'
	},
	'theme:education': { fr: 'Éducation', de: 'Bildung', it: 'Istruzione' },
	'theme:employment': {
		fr: 'Emploi et compétences',
		de: 'Beschäftigung und Qualifikation',
		it: 'Lavoro e competenze'
	},
	'theme:housing': {
		fr: 'Logement et hébergement',
		de: 'Wohnen und Unterbringung',
		it: 'Alloggio e accoglienza abitativa'
	},
	'theme:health': { fr: 'Santé', de: 'Gesundheit', it: 'Salute' },
	'theme:social-care': {
		fr: 'Action sociale et conseil',
		de: 'Soziale Betreuung und Beratung',
		it: 'Assistenza sociale e consulenza'
	},
	'theme:communication': {
		fr: 'Campagnes de communication et événements publics',
		de: 'Kommunikationskampagnen und öffentliche Veranstaltungen',
		it: 'Campagne di comunicazione ed eventi pubblici'
	},
	'theme:political-leadership': {
		fr: 'Engagement politique',
		de: 'Politische Führung',
		it: 'Leadership politica'
	},
	'theme:participation': {
		fr: 'Participation et engagement citoyen',
		de: 'Teilhabe und bürgerschaftliches Engagement',
		it: 'Partecipazione e impegno civico'
	},
	'theme:consultative-bodies': {
		fr: 'Instances consultatives et conseils de migrants',
		de: 'Beratende Gremien und Migrationsbeiräte',
		it: 'Organi consultivi e consulte dei migranti'
	},
	'theme:participatory-budgeting': {
		fr: 'Budget participatif',
		de: 'Bürgerhaushalt',
		it: 'Bilancio partecipativo'
	},
	'theme:staff-diversity': {
		fr: 'Diversité dans le recrutement et le personnel',
		de: 'Vielfalt bei Einstellung und Personal',
		it: 'Diversità nelle assunzioni e nel personale'
	},
	'theme:equal-treatment-at-work': {
		fr: 'Égalité de traitement au travail',
		de: 'Gleichbehandlung am Arbeitsplatz',
		it: 'Parità di trattamento sul lavoro'
	},
	'theme:staff-training': {
		fr: 'Formation et sensibilisation du personnel',
		de: 'Schulung und Sensibilisierung der Beschäftigten',
		it: 'Formazione e sensibilizzazione del personale'
	},
	'theme:procurement': {
		fr: 'Achats publics et clauses contractuelles',
		de: 'Beschaffung und Vertragsklauseln',
		it: 'Appalti e clausole contrattuali'
	},
	'theme:supplier-diversity': {
		fr: 'Diversité des fournisseurs',
		de: 'Vielfalt der Lieferanten',
		it: 'Diversità dei fornitori'
	},
	'theme:monitoring-and-data': {
		fr: 'Suivi, évaluation et données',
		de: 'Monitoring, Evaluation und Daten',
		it: 'Monitoraggio, valutazione e dati'
	},
	'theme:european-networks': {
		fr: 'Réseaux européens et internationaux',
		de: 'Europäische und internationale Netzwerke',
		it: 'Reti europee e internazionali'
	},
	'theme:eu-funded-projects': {
		fr: 'Projets financés par l’UE',
		de: 'EU-geförderte Projekte',
		it: 'Progetti finanziati dall’UE'
	},
	'target:migrant-residents': {
		fr: 'Personnes migrantes et habitants issus de l’immigration (en général)',
		de: 'Migrantinnen, Migranten und Menschen mit Migrationsgeschichte (allgemein)',
		it: 'Persone migranti e residenti con un background migratorio (in generale)'
	},
	'target:newly-arrived': {
		fr: 'Personnes nouvellement arrivées',
		de: 'Neu Zugewanderte',
		it: 'Persone migranti arrivate di recente'
	},
	'target:refugees-asylum-seekers': {
		fr: 'Réfugiés et demandeurs d’asile',
		de: 'Geflüchtete und Asylsuchende',
		it: 'Rifugiati e richiedenti asilo'
	},
	'target:status-holders': {
		fr: 'Bénéficiaires d’une protection',
		de: 'Anerkannte Schutzberechtigte',
		it: 'Titolari di protezione internazionale'
	},
	'target:unaccompanied-minors': {
		fr: 'Mineurs non accompagnés',
		de: 'Unbegleitete Minderjährige',
		it: 'Minori stranieri non accompagnati'
	},
	'target:children-families': {
		fr: 'Enfants et familles',
		de: 'Kinder und Familien',
		it: 'Bambini e famiglie'
	},
	'target:young-people': {
		fr: 'Jeunes et jeunes adultes (15–29 ans)',
		de: 'Jugendliche und junge Erwachsene (15–29)',
		it: 'Giovani e giovani adulti (15–29)'
	},
	'target:migrant-women': { fr: 'Femmes migrantes', de: 'Migrantinnen', it: 'Donne migranti' },
	'target:undocumented-migrants': {
		fr: 'Personnes sans papiers et en situation irrégulière',
		de: 'Menschen ohne Papiere und mit irregulärem Aufenthalt',
		it: 'Persone migranti senza documenti e in condizione irregolare'
	},
	'target:eu-mobile-citizens': {
		fr: 'Citoyens mobiles de l’UE',
		de: 'Mobile EU-Bürgerinnen und -Bürger',
		it: 'Cittadini dell’UE in mobilità'
	},
	'target:specific-communities': {
		fr: 'Nationalités, communautés et minorités particulières',
		de: 'Bestimmte Nationalitäten, Gemeinschaften und Minderheiten',
		it: 'Nazionalità, comunità e minoranze specifiche'
	},
	'target:roma': { fr: 'Roms', de: 'Roma', it: 'Rom' },
	'target:international-talent': {
		fr: 'Migrants hautement qualifiés et talents internationaux',
		de: 'Hochqualifizierte und internationale Fachkräfte',
		it: 'Migranti altamente qualificati e talenti internazionali'
	},
	'target:ukrainian-refugees': {
		fr: 'Réfugiés ukrainiens',
		de: 'Geflüchtete aus der Ukraine',
		it: 'Rifugiati ucraini'
	},
	'target:jobseekers': {
		fr: 'Demandeurs d’emploi éloignés du marché du travail',
		de: 'Arbeitsuchende fern vom Arbeitsmarkt',
		it: 'Persone in cerca di lavoro lontane dal mercato del lavoro'
	},
	'target:migrant-entrepreneurs': {
		fr: 'Entrepreneurs migrants',
		de: 'Unternehmerinnen und Unternehmer mit Migrationsgeschichte',
		it: 'Imprenditori migranti'
	},
	'target:migrant-organisations': {
		fr: 'Associations de migrants et ONG',
		de: 'Migrantenorganisationen und NGOs',
		it: 'Organizzazioni di migranti e ONG'
	},
	'target:businesses': {
		fr: 'Entreprises, prestataires et fournisseurs',
		de: 'Unternehmen, Auftragnehmer und Lieferanten',
		it: 'Imprese, appaltatori e fornitori'
	},
	'target:city-staff': { fr: 'Personnel municipal', de: 'Städtische Beschäftigte', it: 'Personale comunale' },
	'target:all-residents': {
		fr: 'Tous les habitants',
		de: 'Alle Einwohnerinnen und Einwohner',
		it: 'Tutti i residenti'
	},
	'funding:amif': {
		fr: 'Fonds Asile, migration et intégration (AMIF)',
		de: 'Asyl-, Migrations- und Integrationsfonds (AMIF)',
		it: 'Fondo Asilo, migrazione e integrazione (FAMI)'
	},
	'funding:esf': {
		fr: 'Fonds social européen (FSE)',
		de: 'Europäischer Sozialfonds (ESF)',
		it: 'Fondo sociale europeo (FSE)'
	},
	'funding:easi': {
		fr: 'Programme de l’UE pour l’emploi et l’innovation sociale (EaSI)',
		de: 'EU-Programm für Beschäftigung und soziale Innovation (EaSI)',
		it: 'Programma dell’UE per l’occupazione e l’innovazione sociale (EaSI)'
	},
	'funding:uia': {
		fr: 'Actions innovatrices urbaines (UIA)',
		de: 'Innovative Maßnahmen für nachhaltige Stadtentwicklung (UIA)',
		it: 'Azioni urbane innovative (UIA)'
	},
	'funding:european-integration-fund': {
		fr: 'Fonds européen d’intégration',
		de: 'Europäischer Integrationsfonds',
		it: 'Fondo europeo per l’integrazione'
	},
	'funding:eu-other': {
		fr: 'Autres financements de l’UE ou non précisés',
		de: 'Andere oder nicht genannte EU-Mittel',
		it: 'Altri fondi dell’UE o non specificati'
	},
	'funding:open-society-foundations': {
		fr: 'Open Society Foundations',
		de: 'Open Society Foundations',
		it: 'Open Society Foundations'
	},
	'funding:city-budget': { fr: 'Budget de la ville', de: 'Städtischer Haushalt', it: 'Bilancio comunale' },
	'funding:national-funding': {
		fr: 'Financement national ou fédéral',
		de: 'Nationale oder Bundesmittel',
		it: 'Fondi nazionali o federali'
	}
};

/** A vocabulary label in the reader's language, or null when there is no translation (then English shows). */
export function translatedLabel(vocabulary: string, key: string, locale: Locale): string | null {
	if (locale === 'en') return null;
	return vocabularyTranslations[`${vocabulary}:${key}`]?.[locale] ?? null;
}
