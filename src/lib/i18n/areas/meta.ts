/**
 * The `<meta name="description">` of each public page: what a search result says under the page's title,
 * in the page's language. One or two sentences, under about 160 characters.
 */
export const metaEn = {
	'meta.home':
		'How the cities that signed the Eurocities Charter on Integrating Cities keep their commitments: cities, reports, good practices and open data.',
	'meta.charter':
		'The Eurocities Charter on Integrating Cities: the four roles of a city and the eleven commitments its signatories make.',
	'meta.cities':
		'The cities that signed the Charter on Integrating Cities: where they are, when they signed, how they report.',
	'meta.city':
		'{city} and the Charter on Integrating Cities: its commitments, its ratings in each reporting cycle and its good practices.',
	'meta.practices':
		'Good practices of integrating cities: search projects and policies by commitment, theme, target group and country.',
	'meta.practice': 'A good practice of an integrating city: {title}.',
	'meta.reports':
		'The published reports on the Charter on Integrating Cities, each cycle with its findings, downloads and data.',
	'meta.report':
		'The report of the cycle {cycle}: how the signatory cities implement the Charter on Integrating Cities.',
	'meta.indicator': 'Every city’s figure for one indicator of the cycle {cycle}: {indicator}.',
	'meta.data':
		'Open data on the Charter on Integrating Cities: the JSON API and the data annex of every published report.',
	'meta.signIn': 'Sign in to report on your city’s commitments to the Charter on Integrating Cities.',
	'meta.account': 'Set a new password or accept an invitation to the Integrating Cities Monitor.'
} as const;

export const metaFr: Record<keyof typeof metaEn, string> = {
	'meta.home':
		'Comment les villes signataires de la Charte Eurocities des villes intégratrices tiennent leurs engagements : villes, rapports, bonnes pratiques et données ouvertes.',
	'meta.charter':
		'La Charte Eurocities des villes intégratrices : les quatre rôles d’une ville et les onze engagements de ses signataires.',
	'meta.cities':
		'Les villes signataires de la Charte des villes intégratrices : où elles sont, quand elles ont signé, leurs rapports.',
	'meta.city':
		'{city} et la Charte des villes intégratrices : ses engagements, ses évaluations à chaque cycle et ses bonnes pratiques.',
	'meta.practices':
		'Les bonnes pratiques des villes intégratrices : cherchez projets et politiques par engagement, thème, public et pays.',
	'meta.practice': 'Une bonne pratique d’une ville intégratrice : {title}.',
	'meta.reports':
		'Les rapports publiés sur la Charte des villes intégratrices, chaque cycle avec ses constats, ses fichiers et ses données.',
	'meta.report':
		'Le rapport du cycle {cycle} : comment les villes signataires mettent en œuvre la Charte des villes intégratrices.',
	'meta.indicator': 'Le chiffre de chaque ville pour un indicateur du cycle {cycle} : {indicator}.',
	'meta.data':
		'Données ouvertes sur la Charte des villes intégratrices : l’API JSON et l’annexe de données de chaque rapport publié.',
	'meta.signIn':
		'Connectez-vous pour rendre compte des engagements de votre ville envers la Charte des villes intégratrices.',
	'meta.account':
		'Choisir un nouveau mot de passe ou accepter une invitation au suivi des villes intégratrices.'
};

export const metaDe: Record<keyof typeof metaEn, string> = {
	'meta.home':
		'Wie die Unterzeichnerstädte der Eurocities-Charta der integrierenden Städte ihre Verpflichtungen einlösen: Städte, Berichte, gute Praxis und offene Daten.',
	'meta.charter':
		'Die Eurocities-Charta der integrierenden Städte: die vier Rollen einer Stadt und die elf Verpflichtungen ihrer Unterzeichner.',
	'meta.cities':
		'Die Städte, die die Charta der integrierenden Städte unterzeichnet haben: wo sie liegen, wann sie unterzeichneten, ihre Berichte.',
	'meta.city':
		'{city} und die Charta der integrierenden Städte: ihre Verpflichtungen, ihre Bewertungen in jedem Zyklus und ihre gute Praxis.',
	'meta.practices':
		'Gute Praxis integrierender Städte: Projekte und Maßnahmen nach Verpflichtung, Thema, Zielgruppe und Land suchen.',
	'meta.practice': 'Ein Beispiel guter Praxis einer integrierenden Stadt: {title}.',
	'meta.reports':
		'Die veröffentlichten Berichte zur Charta der integrierenden Städte, jeder Zyklus mit Ergebnissen, Dateien und Daten.',
	'meta.report':
		'Der Bericht des Zyklus {cycle}: wie die Unterzeichnerstädte die Charta der integrierenden Städte umsetzen.',
	'meta.indicator': 'Die Zahl jeder Stadt für einen Indikator des Zyklus {cycle}: {indicator}.',
	'meta.data':
		'Offene Daten zur Charta der integrierenden Städte: die JSON-API und der Datenanhang jedes veröffentlichten Berichts.',
	'meta.signIn':
		'Melden Sie sich an, um über die Verpflichtungen Ihrer Stadt zur Charta der integrierenden Städte zu berichten.',
	'meta.account':
		'Ein neues Passwort festlegen oder eine Einladung zum Monitoring der integrierenden Städte annehmen.'
};

export const metaEs: Record<keyof typeof metaEn, string> = {
	'meta.home':
		'Cómo cumplen sus compromisos las ciudades firmantes de la Carta de Eurocities sobre Ciudades Integradoras: ciudades, informes, buenas prácticas y datos abiertos.',
	'meta.charter':
		'La Carta de Eurocities sobre Ciudades Integradoras: las cuatro funciones de una ciudad y los once compromisos de sus firmantes.',
	'meta.cities':
		'Las ciudades que firmaron la Carta de Ciudades Integradoras: dónde están, cuándo la firmaron y cómo informan.',
	'meta.city':
		'{city} y la Carta de Ciudades Integradoras: sus compromisos, sus valoraciones en cada ciclo y sus buenas prácticas.',
	'meta.practices':
		'Buenas prácticas de las ciudades integradoras: busque proyectos y políticas por compromiso, tema, grupo destinatario y país.',
	'meta.practice': 'Una buena práctica de una ciudad integradora: {title}.',
	'meta.reports':
		'Los informes publicados sobre la Carta de Ciudades Integradoras, cada ciclo con sus conclusiones, descargas y datos.',
	'meta.report':
		'El informe del ciclo {cycle}: cómo aplican las ciudades firmantes la Carta de Ciudades Integradoras.',
	'meta.indicator': 'La cifra de cada ciudad para un indicador del ciclo {cycle}: {indicator}.',
	'meta.data':
		'Datos abiertos sobre la Carta de Ciudades Integradoras: la API JSON y el anexo de datos de cada informe publicado.',
	'meta.signIn':
		'Inicie sesión para informar sobre los compromisos de su ciudad con la Carta de Ciudades Integradoras.',
	'meta.account': 'Elija una contraseña nueva o acepte una invitación a Integrating Cities Monitor.'
};

export const metaIt: Record<keyof typeof metaEn, string> = {
	'meta.home':
		'Come le città firmatarie della Carta delle città integranti di Eurocities mantengono i loro impegni: città, rapporti, buone pratiche e dati aperti.',
	'meta.charter':
		'La Carta delle città integranti di Eurocities: i quattro ruoli di una città e gli undici impegni dei suoi firmatari.',
	'meta.cities':
		'Le città che hanno firmato la Carta delle città integranti: dove si trovano, quando l’hanno firmata, come rendicontano.',
	'meta.city':
		'{city} e la Carta delle città integranti: i suoi impegni, le sue valutazioni in ogni ciclo e le sue buone pratiche.',
	'meta.practices':
		'Buone pratiche delle città integranti: cerca progetti e politiche per impegno, tema, gruppo destinatario e paese.',
	'meta.practice': 'Una buona pratica di una città integrante: {title}.',
	'meta.reports':
		'I rapporti pubblicati sulla Carta delle città integranti, ogni ciclo con i suoi risultati, i file da scaricare e i dati.',
	'meta.report':
		'Il rapporto del ciclo {cycle}: come le città firmatarie attuano la Carta delle città integranti.',
	'meta.indicator': 'Il dato di ogni città per un indicatore del ciclo {cycle}: {indicator}.',
	'meta.data':
		'Dati aperti sulla Carta delle città integranti: l’API JSON e l’allegato dei dati di ogni rapporto pubblicato.',
	'meta.signIn': 'Accedi per rendicontare gli impegni della tua città verso la Carta delle città integranti.',
	'meta.account': 'Scegli una nuova password o accetta un invito a Integrating Cities Monitor.'
};
