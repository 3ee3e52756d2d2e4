/**
 * Interface text of a large network's report (more than a hundred cities), where the per-city lists are
 * summarised and every figure has its own paged page. en.ts, fr.ts and de.ts spread it.
 */
export const reportSummaryEn = {
	'reportSummary.citiesLead':
		'{count} cities took part in this cycle. Here they are counted by country; each has its own page, and the data annex lists every one.',
	'reportSummary.citiesCaption': 'Participating cities by country',
	'reportSummary.country': 'Country',
	'reportSummary.cities': 'Cities',
	'reportSummary.indicatorLead':
		'{count} cities gave this figure, {comparable} of them directly comparable with each other.',
	'reportSummary.indicatorNoneComparable':
		'{count} cities gave this figure; none of them can be compared directly with the others.',
	'reportSummary.distributionCaption':
		'The comparable figures of {indicator}, from the lowest to the highest',
	'reportSummary.measure': 'Measure',
	'reportSummary.value': 'Figure',
	'reportSummary.lowest': 'Lowest',
	'reportSummary.lowerQuartile': 'A quarter of the cities below',
	'reportSummary.median': 'Median (half of the cities below)',
	'reportSummary.upperQuartile': 'Three quarters of the cities below',
	'reportSummary.highest': 'Highest',
	'reportSummary.everyFigure': 'Every city’s figure for {indicator}',
	'reportSummary.annexToo': 'The data annex (CSV or Excel, under Downloads) has every figure too.',
	'reportSummary.figuresTitle': '{indicator}: every city’s figure',
	'reportSummary.backToReport': 'Back to the report',
	'reportSummary.pages': 'Pages of the figures of {indicator}'
} as const;

export const reportSummaryFr: Record<keyof typeof reportSummaryEn, string> = {
	'reportSummary.citiesLead':
		'{count} villes ont participé à ce cycle. Elles sont comptées ici par pays ; chacune a sa propre page, et l’annexe de données les liste toutes.',
	'reportSummary.citiesCaption': 'Villes participantes par pays',
	'reportSummary.country': 'Pays',
	'reportSummary.cities': 'Villes',
	'reportSummary.indicatorLead':
		'{count} villes ont donné ce chiffre, dont {comparable} directement comparables entre eux.',
	'reportSummary.indicatorNoneComparable':
		'{count} villes ont donné ce chiffre ; aucun ne peut être comparé directement aux autres.',
	'reportSummary.distributionCaption': 'Les chiffres comparables de {indicator}, du plus bas au plus haut',
	'reportSummary.measure': 'Mesure',
	'reportSummary.value': 'Chiffre',
	'reportSummary.lowest': 'Le plus bas',
	'reportSummary.lowerQuartile': 'Un quart des villes en dessous',
	'reportSummary.median': 'Médiane (la moitié des villes en dessous)',
	'reportSummary.upperQuartile': 'Trois quarts des villes en dessous',
	'reportSummary.highest': 'Le plus haut',
	'reportSummary.everyFigure': 'Le chiffre de chaque ville pour {indicator}',
	'reportSummary.annexToo':
		'L’annexe de données (CSV ou Excel, sous Téléchargements) contient aussi chaque chiffre.',
	'reportSummary.figuresTitle': '{indicator} : le chiffre de chaque ville',
	'reportSummary.backToReport': 'Retour au rapport',
	'reportSummary.pages': 'Pages des chiffres de {indicator}'
};

export const reportSummaryDe: Record<keyof typeof reportSummaryEn, string> = {
	'reportSummary.citiesLead':
		'{count} Städte haben an diesem Zyklus teilgenommen. Hier sind sie nach Land gezählt; jede hat ihre eigene Seite, und der Datenanhang führt alle auf.',
	'reportSummary.citiesCaption': 'Teilnehmende Städte nach Land',
	'reportSummary.country': 'Land',
	'reportSummary.cities': 'Städte',
	'reportSummary.indicatorLead':
		'{count} Städte haben diese Zahl angegeben, {comparable} davon direkt miteinander vergleichbar.',
	'reportSummary.indicatorNoneComparable':
		'{count} Städte haben diese Zahl angegeben; keine ist direkt mit den anderen vergleichbar.',
	'reportSummary.distributionCaption':
		'Die vergleichbaren Zahlen von {indicator}, von der niedrigsten zur höchsten',
	'reportSummary.measure': 'Maß',
	'reportSummary.value': 'Zahl',
	'reportSummary.lowest': 'Niedrigste',
	'reportSummary.lowerQuartile': 'Ein Viertel der Städte darunter',
	'reportSummary.median': 'Median (die Hälfte der Städte darunter)',
	'reportSummary.upperQuartile': 'Drei Viertel der Städte darunter',
	'reportSummary.highest': 'Höchste',
	'reportSummary.everyFigure': 'Die Zahl jeder Stadt für {indicator}',
	'reportSummary.annexToo': 'Der Datenanhang (CSV oder Excel, unter Downloads) enthält ebenfalls jede Zahl.',
	'reportSummary.figuresTitle': '{indicator}: die Zahl jeder Stadt',
	'reportSummary.backToReport': 'Zurück zum Bericht',
	'reportSummary.pages': 'Seiten der Zahlen von {indicator}'
};

export const reportSummaryEs: Record<keyof typeof reportSummaryEn, string> = {
	'reportSummary.citiesLead':
		'{count} ciudades participaron en este ciclo. Aquí se cuentan por país; cada una tiene su propia página y el anexo de datos las enumera todas.',
	'reportSummary.citiesCaption': 'Ciudades participantes por país',
	'reportSummary.country': 'País',
	'reportSummary.cities': 'Ciudades',
	'reportSummary.indicatorLead':
		'{count} ciudades dieron esta cifra; {comparable} de ellas son directamente comparables entre sí.',
	'reportSummary.indicatorNoneComparable':
		'{count} ciudades dieron esta cifra; ninguna puede compararse directamente con las demás.',
	'reportSummary.distributionCaption': 'Las cifras comparables de {indicator}, de la más baja a la más alta',
	'reportSummary.measure': 'Medida',
	'reportSummary.value': 'Cifra',
	'reportSummary.lowest': 'La más baja',
	'reportSummary.lowerQuartile': 'Una cuarta parte de las ciudades por debajo',
	'reportSummary.median': 'Mediana (la mitad de las ciudades por debajo)',
	'reportSummary.upperQuartile': 'Tres cuartas partes de las ciudades por debajo',
	'reportSummary.highest': 'La más alta',
	'reportSummary.everyFigure': 'La cifra de cada ciudad para {indicator}',
	'reportSummary.annexToo':
		'El anexo de datos (CSV o Excel, en Descargas) también contiene todas las cifras.',
	'reportSummary.figuresTitle': '{indicator}: la cifra de cada ciudad',
	'reportSummary.backToReport': 'Volver al informe',
	'reportSummary.pages': 'Páginas de las cifras de {indicator}'
};

export const reportSummaryIt: Record<keyof typeof reportSummaryEn, string> = {
	'reportSummary.citiesLead':
		'{count} città hanno partecipato a questo ciclo. Qui sono contate per paese; ognuna ha la sua pagina e l’allegato dei dati le elenca tutte.',
	'reportSummary.citiesCaption': 'Città partecipanti per paese',
	'reportSummary.country': 'Paese',
	'reportSummary.cities': 'Città',
	'reportSummary.indicatorLead':
		'{count} città hanno fornito questo dato, {comparable} delle quali direttamente confrontabili tra loro.',
	'reportSummary.indicatorNoneComparable':
		'{count} città hanno fornito questo dato; nessuna di esse è direttamente confrontabile con le altre.',
	'reportSummary.distributionCaption': 'I dati confrontabili di {indicator}, dal più basso al più alto',
	'reportSummary.measure': 'Misura',
	'reportSummary.value': 'Dato',
	'reportSummary.lowest': 'Il più basso',
	'reportSummary.lowerQuartile': 'Un quarto delle città al di sotto',
	'reportSummary.median': 'Mediana (metà delle città al di sotto)',
	'reportSummary.upperQuartile': 'Tre quarti delle città al di sotto',
	'reportSummary.highest': 'Il più alto',
	'reportSummary.everyFigure': 'Il dato di ogni città per {indicator}',
	'reportSummary.annexToo': 'Anche l’allegato dei dati (CSV o Excel, sotto Download) contiene ogni dato.',
	'reportSummary.figuresTitle': '{indicator}: il dato di ogni città',
	'reportSummary.backToReport': 'Torna al rapporto',
	'reportSummary.pages': 'Pagine dei dati di {indicator}'
};
