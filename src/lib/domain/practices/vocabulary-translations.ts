import type { Locale } from '../locale';

type Translated = { fr: string; de: string };

/**
 * French and German labels of the library's vocabularies (our translations), keyed by vocabulary and key
 * because the same key may stand in two vocabularies (e.g. "participation" as a trend and as a theme).
 */
export const vocabularyTranslations: Record<string, Translated> = {
	'trend:structured-policies': {
		fr: 'Élaborer des politiques d’intégration structurées et durables',
		de: 'Integrationspolitik strukturiert und nachhaltig entwickeln'
	},
	'trend:mainstreaming': {
		fr: 'Intégrer l’intégration dans tous les domaines politiques',
		de: 'Integration als Querschnittsaufgabe in allen Politikbereichen verankern'
	},
	'trend:specific-groups': {
		fr: 'Répondre aux besoins d’intégration de groupes particuliers',
		de: 'Auf die besonderen Integrationsbedürfnisse bestimmter Gruppen eingehen'
	},
	'trend:low-threshold-access': {
		fr: 'Offrir un accès facile aux services d’intégration',
		de: 'Niedrigschwelligen Zugang zu Integrationsangeboten schaffen'
	},
	'trend:open-communication': {
		fr: 'Communiquer ouvertement sur l’égalité des chances',
		de: 'Offen über Chancengleichheit kommunizieren'
	},
	'trend:participation': {
		fr: 'Mettre en œuvre une approche d’intégration inclusive et participative',
		de: 'Einen inklusiven und partizipativen Integrationsansatz umsetzen'
	},
	'trend:inclusive-administration': {
		fr: 'Vers des administrations et des achats publics plus inclusifs',
		de: 'Auf inklusivere Stadtverwaltungen und Beschaffung hinarbeiten'
	},
	'trend:eu-global-governance': {
		fr: 'Agir dans la politique européenne et la gouvernance mondiale des migrations',
		de: 'Als Akteurin in der EU-Politik und der globalen Migrationspolitik mitwirken'
	},
	'theme:integration-strategy': {
		fr: 'Stratégie et lignes directrices d’intégration',
		de: 'Integrationsstrategie und Leitlinien'
	},
	'theme:city-identity': {
		fr: 'Identité de la ville et appartenance',
		de: 'Stadtidentität und Zugehörigkeit'
	},
	'theme:interdepartmental-cooperation': {
		fr: 'Coopération entre services municipaux',
		de: 'Zusammenarbeit der städtischen Ämter'
	},
	'theme:one-stop-shops': {
		fr: 'Guichets uniques et centres d’accueil',
		de: 'Anlaufstellen und Willkommenszentren'
	},
	'theme:stakeholder-cooperation': {
		fr: 'Coopération avec les acteurs locaux',
		de: 'Zusammenarbeit mit lokalen Akteuren'
	},
	'theme:anti-discrimination': {
		fr: 'Lutte contre les discriminations et points de signalement',
		de: 'Antidiskriminierungsstrategien und Meldestellen'
	},
	'theme:multilingual-information': {
		fr: 'Information multilingue et en langage clair',
		de: 'Mehrsprachige Informationen in einfacher Sprache'
	},
	'theme:digital-services': { fr: 'Services numériques', de: 'Digitale Dienste' },
	'theme:language-learning': { fr: 'Apprentissage de la langue', de: 'Spracherwerb' },
	'theme:education': { fr: 'Éducation', de: 'Bildung' },
	'theme:employment': { fr: 'Emploi et compétences', de: 'Beschäftigung und Qualifikation' },
	'theme:housing': { fr: 'Logement et hébergement', de: 'Wohnen und Unterbringung' },
	'theme:health': { fr: 'Santé', de: 'Gesundheit' },
	'theme:social-care': { fr: 'Action sociale et conseil', de: 'Soziale Betreuung und Beratung' },
	'theme:communication': {
		fr: 'Campagnes de communication et événements publics',
		de: 'Kommunikationskampagnen und öffentliche Veranstaltungen'
	},
	'theme:political-leadership': { fr: 'Engagement politique', de: 'Politische Führung' },
	'theme:participation': {
		fr: 'Participation et engagement citoyen',
		de: 'Teilhabe und bürgerschaftliches Engagement'
	},
	'theme:consultative-bodies': {
		fr: 'Instances consultatives et conseils de migrants',
		de: 'Beratende Gremien und Migrationsbeiräte'
	},
	'theme:participatory-budgeting': { fr: 'Budget participatif', de: 'Bürgerhaushalt' },
	'theme:staff-diversity': {
		fr: 'Diversité dans le recrutement et le personnel',
		de: 'Vielfalt bei Einstellung und Personal'
	},
	'theme:equal-treatment-at-work': {
		fr: 'Égalité de traitement au travail',
		de: 'Gleichbehandlung am Arbeitsplatz'
	},
	'theme:staff-training': {
		fr: 'Formation et sensibilisation du personnel',
		de: 'Schulung und Sensibilisierung der Beschäftigten'
	},
	'theme:procurement': {
		fr: 'Achats publics et clauses contractuelles',
		de: 'Beschaffung und Vertragsklauseln'
	},
	'theme:supplier-diversity': { fr: 'Diversité des fournisseurs', de: 'Vielfalt der Lieferanten' },
	'theme:monitoring-and-data': { fr: 'Suivi, évaluation et données', de: 'Monitoring, Evaluation und Daten' },
	'theme:european-networks': {
		fr: 'Réseaux européens et internationaux',
		de: 'Europäische und internationale Netzwerke'
	},
	'theme:eu-funded-projects': { fr: 'Projets financés par l’UE', de: 'EU-geförderte Projekte' },
	'target:migrant-residents': {
		fr: 'Personnes migrantes et habitants issus de l’immigration (en général)',
		de: 'Migrantinnen, Migranten und Menschen mit Migrationsgeschichte (allgemein)'
	},
	'target:newly-arrived': { fr: 'Personnes nouvellement arrivées', de: 'Neu Zugewanderte' },
	'target:refugees-asylum-seekers': {
		fr: 'Réfugiés et demandeurs d’asile',
		de: 'Geflüchtete und Asylsuchende'
	},
	'target:status-holders': { fr: 'Bénéficiaires d’une protection', de: 'Anerkannte Schutzberechtigte' },
	'target:unaccompanied-minors': { fr: 'Mineurs non accompagnés', de: 'Unbegleitete Minderjährige' },
	'target:children-families': { fr: 'Enfants et familles', de: 'Kinder und Familien' },
	'target:young-people': {
		fr: 'Jeunes et jeunes adultes (15–29 ans)',
		de: 'Jugendliche und junge Erwachsene (15–29)'
	},
	'target:migrant-women': { fr: 'Femmes migrantes', de: 'Migrantinnen' },
	'target:undocumented-migrants': {
		fr: 'Personnes sans papiers et en situation irrégulière',
		de: 'Menschen ohne Papiere und mit irregulärem Aufenthalt'
	},
	'target:eu-mobile-citizens': { fr: 'Citoyens mobiles de l’UE', de: 'Mobile EU-Bürgerinnen und -Bürger' },
	'target:specific-communities': {
		fr: 'Nationalités, communautés et minorités particulières',
		de: 'Bestimmte Nationalitäten, Gemeinschaften und Minderheiten'
	},
	'target:roma': { fr: 'Roms', de: 'Roma' },
	'target:international-talent': {
		fr: 'Migrants hautement qualifiés et talents internationaux',
		de: 'Hochqualifizierte und internationale Fachkräfte'
	},
	'target:ukrainian-refugees': { fr: 'Réfugiés ukrainiens', de: 'Geflüchtete aus der Ukraine' },
	'target:jobseekers': {
		fr: 'Demandeurs d’emploi éloignés du marché du travail',
		de: 'Arbeitsuchende fern vom Arbeitsmarkt'
	},
	'target:migrant-entrepreneurs': {
		fr: 'Entrepreneurs migrants',
		de: 'Unternehmerinnen und Unternehmer mit Migrationsgeschichte'
	},
	'target:migrant-organisations': {
		fr: 'Associations de migrants et ONG',
		de: 'Migrantenorganisationen und NGOs'
	},
	'target:businesses': {
		fr: 'Entreprises, prestataires et fournisseurs',
		de: 'Unternehmen, Auftragnehmer und Lieferanten'
	},
	'target:city-staff': { fr: 'Personnel municipal', de: 'Städtische Beschäftigte' },
	'target:all-residents': { fr: 'Tous les habitants', de: 'Alle Einwohnerinnen und Einwohner' },
	'funding:amif': {
		fr: 'Fonds Asile, migration et intégration (AMIF)',
		de: 'Asyl-, Migrations- und Integrationsfonds (AMIF)'
	},
	'funding:esf': { fr: 'Fonds social européen (FSE)', de: 'Europäischer Sozialfonds (ESF)' },
	'funding:easi': {
		fr: 'Programme de l’UE pour l’emploi et l’innovation sociale (EaSI)',
		de: 'EU-Programm für Beschäftigung und soziale Innovation (EaSI)'
	},
	'funding:uia': {
		fr: 'Actions innovatrices urbaines (UIA)',
		de: 'Innovative Maßnahmen für nachhaltige Stadtentwicklung (UIA)'
	},
	'funding:european-integration-fund': {
		fr: 'Fonds européen d’intégration',
		de: 'Europäischer Integrationsfonds'
	},
	'funding:eu-other': {
		fr: 'Autres financements de l’UE ou non précisés',
		de: 'Andere oder nicht genannte EU-Mittel'
	},
	'funding:open-society-foundations': { fr: 'Open Society Foundations', de: 'Open Society Foundations' },
	'funding:city-budget': { fr: 'Budget de la ville', de: 'Städtischer Haushalt' },
	'funding:national-funding': { fr: 'Financement national ou fédéral', de: 'Nationale oder Bundesmittel' }
};

/** A vocabulary label in the reader's language, or null when there is no translation (then English shows). */
export function translatedLabel(vocabulary: string, key: string, locale: Locale): string | null {
	if (locale === 'en') return null;
	return vocabularyTranslations[`${vocabulary}:${key}`]?.[locale] ?? null;
}
