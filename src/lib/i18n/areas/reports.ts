/**
 * Interface text of the published reports: the /reports list, a report's page and its preview, the print
 * and PDF versions. en.ts, fr.ts and de.ts spread it. (Part headings shared with the DOCX are in report.ts.)
 */
export const reportsEn = {
	'reports.navLink': 'Reports',
	'reports.title': 'Integrating Cities Reports',
	'reports.lead':
		'Every published reporting cycle has its report: how the cities assess themselves against the Charter’s eleven commitments, how this changed, their indicators and their good practices. Read each report here, or download it.',
	'reports.none': 'No report has been published yet.',
	'reports.period': '{start} to {end}',
	'reports.periodLabel': 'Period',
	'reports.participants': '{count} participating cities',
	'reports.read': 'Read the report',
	'reports.number': 'Integrating Cities Report no. {number}, {year}',
	'reports.numberOnly': 'Integrating Cities Report no. {number}',
	'reports.publishedOn': 'Published on {date}',
	'reports.contents': 'Contents',
	'reports.downloads.title': 'Downloads',
	'reports.downloads.pdf': 'The report as a PDF file, to print or share (PDF, downloads a file)',
	'reports.downloads.docx': 'The report as an editable document (Word DOCX, downloads a file)',
	'reports.downloads.annexCsv':
		'Data annex: one row per city and question, plus the totals (CSV, downloads a file)',
	'reports.downloads.annexXlsx':
		'Data annex: one row per city and question, plus the totals (Excel XLSX, downloads a file)',
	'reports.downloads.api': 'The results in the open data API (JSON, opens in the browser)',
	'reports.citiesCount': '{count} cities took part in this cycle.',
	'reports.indicators.intro':
		'Figures the cities gave for the Integrating Cities Indicators. Marks after a city’s name show a figure that cannot be compared directly with the others; the notes explain each mark.',
	'reports.indicators.aggregateOnly':
		'This cycle did not make each city’s answers public, so the report shows how many cities gave each indicator and how many of those figures cannot be compared directly with the others.',
	'reports.indicators.summaryCaption': 'Indicators given by the cities',
	'reports.indicators.indicator': 'Indicator',
	'reports.indicators.cities': 'Cities that gave a figure',
	'reports.indicators.notComparable': 'Of which not directly comparable',
	'reports.practices.none': 'No good practice is listed under this heading.',
	'reports.preview.title': 'Preview: {cycle}',
	'reports.preview.banner': 'Preview — not published',
	'reports.preview.bannerText':
		'This is how the report will look once published. The public cannot see it until the secretariat publishes it.',
	'reports.preview.back': 'Back to the report builder',
	'reports.preview.notStarted':
		'The report has not been started: this preview shows the generated parts only, in the default order.',
	'reports.preview.emptyChapter': 'This chapter has no text yet.',
	'reports.pdf.footer': 'Page {page} of {total}'
} as const;

export const reportsFr: Record<keyof typeof reportsEn, string> = {
	'reports.navLink': 'Rapports',
	'reports.title': 'Rapports Integrating Cities',
	'reports.lead':
		'Chaque cycle de rapport publié a son rapport : comment les villes s’évaluent au regard des onze engagements de la Charte, comment cela a évolué, leurs indicateurs et leurs bonnes pratiques. Lisez chaque rapport ici ou téléchargez-le.',
	'reports.none': 'Aucun rapport n’a encore été publié.',
	'reports.period': 'de {start} à {end}',
	'reports.periodLabel': 'Période',
	'reports.participants': '{count} villes participantes',
	'reports.read': 'Lire le rapport',
	'reports.number': 'Rapport Integrating Cities n° {number}, {year}',
	'reports.numberOnly': 'Rapport Integrating Cities n° {number}',
	'reports.publishedOn': 'Publié le {date}',
	'reports.contents': 'Sommaire',
	'reports.downloads.title': 'Téléchargements',
	'reports.downloads.pdf': 'Le rapport en fichier PDF, à imprimer ou à partager (PDF, télécharge un fichier)',
	'reports.downloads.docx': 'Le rapport en document modifiable (Word DOCX, télécharge un fichier)',
	'reports.downloads.annexCsv':
		'Annexe de données : une ligne par ville et par question, avec les totaux (CSV, télécharge un fichier)',
	'reports.downloads.annexXlsx':
		'Annexe de données : une ligne par ville et par question, avec les totaux (Excel XLSX, télécharge un fichier)',
	'reports.downloads.api': 'Les résultats dans l’API de données ouvertes (JSON, s’ouvre dans le navigateur)',
	'reports.citiesCount': '{count} villes ont participé à ce cycle.',
	'reports.indicators.intro':
		'Les valeurs données par les villes pour les indicateurs Integrating Cities. Une marque après le nom d’une ville signale une valeur qui ne se compare pas directement aux autres ; les notes expliquent chaque marque.',
	'reports.indicators.aggregateOnly':
		'Ce cycle n’a pas rendu publiques les réponses de chaque ville : le rapport indique combien de villes ont donné chaque indicateur et combien de ces valeurs ne se comparent pas directement aux autres.',
	'reports.indicators.summaryCaption': 'Indicateurs donnés par les villes',
	'reports.indicators.indicator': 'Indicateur',
	'reports.indicators.cities': 'Villes ayant donné une valeur',
	'reports.indicators.notComparable': 'Dont non directement comparables',
	'reports.practices.none': 'Aucune bonne pratique n’est classée sous ce titre.',
	'reports.preview.title': 'Aperçu : {cycle}',
	'reports.preview.banner': 'Aperçu — non publié',
	'reports.preview.bannerText':
		'Voici le rapport tel qu’il apparaîtra une fois publié. Le public ne le voit pas tant que le secrétariat ne l’a pas publié.',
	'reports.preview.back': 'Retour à la préparation du rapport',
	'reports.preview.notStarted':
		'Le rapport n’a pas été commencé : cet aperçu ne montre que les parties générées, dans l’ordre par défaut.',
	'reports.preview.emptyChapter': 'Ce chapitre n’a pas encore de texte.',
	'reports.pdf.footer': 'Page {page} sur {total}'
};

export const reportsDe: Record<keyof typeof reportsEn, string> = {
	'reports.navLink': 'Berichte',
	'reports.title': 'Integrating-Cities-Berichte',
	'reports.lead':
		'Zu jedem veröffentlichten Berichtszyklus gibt es einen Bericht: wie sich die Städte an den elf Verpflichtungen der Charta messen, was sich verändert hat, ihre Indikatoren und ihre guten Praxisbeispiele. Lesen Sie jeden Bericht hier oder laden Sie ihn herunter.',
	'reports.none': 'Es wurde noch kein Bericht veröffentlicht.',
	'reports.period': '{start} bis {end}',
	'reports.periodLabel': 'Zeitraum',
	'reports.participants': '{count} teilnehmende Städte',
	'reports.read': 'Bericht lesen',
	'reports.number': 'Integrating-Cities-Bericht Nr. {number}, {year}',
	'reports.numberOnly': 'Integrating-Cities-Bericht Nr. {number}',
	'reports.publishedOn': 'Veröffentlicht am {date}',
	'reports.contents': 'Inhalt',
	'reports.downloads.title': 'Downloads',
	'reports.downloads.pdf':
		'Der Bericht als PDF-Datei zum Drucken oder Weitergeben (PDF, lädt eine Datei herunter)',
	'reports.downloads.docx': 'Der Bericht als bearbeitbares Dokument (Word DOCX, lädt eine Datei herunter)',
	'reports.downloads.annexCsv':
		'Datenanhang: eine Zeile je Stadt und Frage, dazu die Summen (CSV, lädt eine Datei herunter)',
	'reports.downloads.annexXlsx':
		'Datenanhang: eine Zeile je Stadt und Frage, dazu die Summen (Excel XLSX, lädt eine Datei herunter)',
	'reports.downloads.api': 'Die Ergebnisse in der Open-Data-API (JSON, öffnet sich im Browser)',
	'reports.citiesCount': '{count} Städte haben an diesem Zyklus teilgenommen.',
	'reports.indicators.intro':
		'Die Werte, die die Städte für die Integrating-Cities-Indikatoren angegeben haben. Ein Zeichen nach dem Namen einer Stadt kennzeichnet einen Wert, der sich nicht direkt mit den anderen vergleichen lässt; die Anmerkungen erklären jedes Zeichen.',
	'reports.indicators.aggregateOnly':
		'In diesem Zyklus wurden die Antworten der einzelnen Städte nicht veröffentlicht. Der Bericht zeigt daher, wie viele Städte jeden Indikator angegeben haben und wie viele dieser Werte sich nicht direkt mit den anderen vergleichen lassen.',
	'reports.indicators.summaryCaption': 'Von den Städten angegebene Indikatoren',
	'reports.indicators.indicator': 'Indikator',
	'reports.indicators.cities': 'Städte mit einem Wert',
	'reports.indicators.notComparable': 'Davon nicht direkt vergleichbar',
	'reports.practices.none': 'Unter dieser Überschrift ist keine gute Praxis aufgeführt.',
	'reports.preview.title': 'Vorschau: {cycle}',
	'reports.preview.banner': 'Vorschau — nicht veröffentlicht',
	'reports.preview.bannerText':
		'So wird der Bericht nach der Veröffentlichung aussehen. Die Öffentlichkeit sieht ihn erst, wenn das Sekretariat ihn veröffentlicht.',
	'reports.preview.back': 'Zurück zur Berichtserstellung',
	'reports.preview.notStarted':
		'Der Bericht wurde noch nicht begonnen: Diese Vorschau zeigt nur die erzeugten Teile in der vorgegebenen Reihenfolge.',
	'reports.preview.emptyChapter': 'Dieses Kapitel hat noch keinen Text.',
	'reports.pdf.footer': 'Seite {page} von {total}'
};

export const reportsEs: Record<keyof typeof reportsEn, string> = {
	'reports.navLink': 'Informes',
	'reports.title': 'Informes Integrating Cities',
	'reports.lead':
		'Cada ciclo de informe publicado tiene su informe: cómo se evalúan las ciudades respecto a los once compromisos de la Carta, cómo ha cambiado, sus indicadores y sus buenas prácticas. Lea aquí cada informe o descárguelo.',
	'reports.none': 'Todavía no se ha publicado ningún informe.',
	'reports.period': 'De {start} a {end}',
	'reports.periodLabel': 'Periodo',
	'reports.participants': '{count} ciudades participantes',
	'reports.read': 'Leer el informe',
	'reports.number': 'Informe Integrating Cities n.º {number}, {year}',
	'reports.numberOnly': 'Informe Integrating Cities n.º {number}',
	'reports.publishedOn': 'Publicado el {date}',
	'reports.contents': 'Índice',
	'reports.downloads.title': 'Descargas',
	'reports.downloads.pdf':
		'El informe como archivo PDF, para imprimir o compartir (PDF, descarga un archivo)',
	'reports.downloads.docx': 'El informe como documento editable (Word DOCX, descarga un archivo)',
	'reports.downloads.annexCsv':
		'Anexo de datos: una fila por ciudad y pregunta, más los totales (CSV, descarga un archivo)',
	'reports.downloads.annexXlsx':
		'Anexo de datos: una fila por ciudad y pregunta, más los totales (Excel XLSX, descarga un archivo)',
	'reports.downloads.api': 'Los resultados en la API de datos abiertos (JSON, se abre en el navegador)',
	'reports.citiesCount': '{count} ciudades participaron en este ciclo.',
	'reports.indicators.intro':
		'Cifras que dieron las ciudades para los indicadores Integrating Cities. Las marcas tras el nombre de una ciudad señalan una cifra que no puede compararse directamente con las demás; las notas explican cada marca.',
	'reports.indicators.aggregateOnly':
		'Este ciclo no hizo públicas las respuestas de cada ciudad, así que el informe muestra cuántas ciudades dieron cada indicador y cuántas de esas cifras no pueden compararse directamente con las demás.',
	'reports.indicators.summaryCaption': 'Indicadores dados por las ciudades',
	'reports.indicators.indicator': 'Indicador',
	'reports.indicators.cities': 'Ciudades que dieron una cifra',
	'reports.indicators.notComparable': 'De ellas, no directamente comparables',
	'reports.practices.none': 'No figura ninguna buena práctica en este apartado.',
	'reports.preview.title': 'Vista previa: {cycle}',
	'reports.preview.banner': 'Vista previa: no publicado',
	'reports.preview.bannerText':
		'Así se verá el informe una vez publicado. El público no puede verlo hasta que la secretaría lo publique.',
	'reports.preview.back': 'Volver al editor del informe',
	'reports.preview.notStarted':
		'El informe no se ha empezado: esta vista previa muestra solo las partes generadas, en el orden predeterminado.',
	'reports.preview.emptyChapter': 'Este capítulo todavía no tiene texto.',
	'reports.pdf.footer': 'Página {page} de {total}'
};

export const reportsIt: Record<keyof typeof reportsEn, string> = {
	'reports.navLink': 'Rapporti',
	'reports.title': 'Integrating Cities Report',
	'reports.lead':
		'Ogni ciclo di rendicontazione pubblicato ha il suo rapporto: come le città valutano sé stesse rispetto agli undici impegni della Carta, come è cambiato, i loro indicatori e le loro buone pratiche. Leggi qui ogni rapporto o scaricalo.',
	'reports.none': 'Nessun rapporto è stato ancora pubblicato.',
	'reports.period': 'dal {start} al {end}',
	'reports.periodLabel': 'Periodo',
	'reports.participants': '{count} città partecipanti',
	'reports.read': 'Leggi il rapporto',
	'reports.number': 'Integrating Cities Report n. {number}, {year}',
	'reports.numberOnly': 'Integrating Cities Report n. {number}',
	'reports.publishedOn': 'Pubblicato il {date}',
	'reports.contents': 'Indice',
	'reports.downloads.title': 'Download',
	'reports.downloads.pdf': 'Il rapporto come file PDF, da stampare o condividere (PDF, scarica un file)',
	'reports.downloads.docx': 'Il rapporto come documento modificabile (Word DOCX, scarica un file)',
	'reports.downloads.annexCsv':
		'Allegato dei dati: una riga per città e domanda, più i totali (CSV, scarica un file)',
	'reports.downloads.annexXlsx':
		'Allegato dei dati: una riga per città e domanda, più i totali (Excel XLSX, scarica un file)',
	'reports.downloads.api': 'I risultati nell’API dei dati aperti (JSON, si apre nel browser)',
	'reports.citiesCount': '{count} città hanno partecipato a questo ciclo.',
	'reports.indicators.intro':
		'I dati forniti dalle città per gli Integrating Cities Indicators. I segni dopo il nome di una città indicano un dato che non si può confrontare direttamente con gli altri; le note spiegano ogni segno.',
	'reports.indicators.aggregateOnly':
		'Questo ciclo non ha reso pubbliche le risposte delle singole città, quindi il rapporto mostra quante città hanno fornito ogni indicatore e quanti di quei dati non si possono confrontare direttamente con gli altri.',
	'reports.indicators.summaryCaption': 'Indicatori forniti dalle città',
	'reports.indicators.indicator': 'Indicatore',
	'reports.indicators.cities': 'Città che hanno fornito un dato',
	'reports.indicators.notComparable': 'Di cui non direttamente confrontabili',
	'reports.practices.none': 'Nessuna buona pratica è elencata sotto questo titolo.',
	'reports.preview.title': 'Anteprima: {cycle}',
	'reports.preview.banner': 'Anteprima — non pubblicato',
	'reports.preview.bannerText':
		'Ecco come apparirà il rapporto una volta pubblicato. Il pubblico non può vederlo finché la segreteria non lo pubblica.',
	'reports.preview.back': 'Torna alla composizione del rapporto',
	'reports.preview.notStarted':
		'Il rapporto non è stato ancora iniziato: questa anteprima mostra solo le parti generate, nell’ordine predefinito.',
	'reports.preview.emptyChapter': 'Questo capitolo non ha ancora testo.',
	'reports.pdf.footer': 'Pagina {page} di {total}'
};
