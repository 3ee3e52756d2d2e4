/** Text of the report's Word (DOCX) export that the web page does not show; en.ts, fr.ts and de.ts spread it. */
export const reportExportEn = {
	'reportExport.contents': 'Contents',
	'reportExport.contentsHint':
		'If the contents are empty or the page numbers are missing, right-click them and choose “Update Field”.',
	'reportExport.pageOf': 'Page {page} of {pages}',
	'reportExport.published': 'Published {date}',
	'reportExport.cityCountry': '{city} ({country})',
	'reportExport.groupHeading': '{label}: {title}',
	'reportExport.indicatorsAggregate':
		'This cycle did not make the cities’ answers public, so the report gives, for each indicator, only how many cities gave a figure.',
	'reportExport.indicatorsCaption': 'Cities that gave a figure for each indicator',
	'reportExport.indicator': 'Indicator',
	'reportExport.citiesGiving': 'Cities that gave a figure',
	'reportExport.notComparable': 'Of which not comparable with most',
	'reportExport.creator': 'Integrating Cities Monitor'
} as const;

export const reportExportFr: Record<keyof typeof reportExportEn, string> = {
	'reportExport.contents': 'Sommaire',
	'reportExport.contentsHint':
		'Si le sommaire est vide ou sans numéros de page, faites un clic droit dessus et choisissez « Mettre à jour les champs ».',
	'reportExport.pageOf': 'Page {page} sur {pages}',
	'reportExport.published': 'Publié le {date}',
	'reportExport.cityCountry': '{city} ({country})',
	'reportExport.groupHeading': '{label} : {title}',
	'reportExport.indicatorsAggregate':
		'Ce cycle n’a pas rendu publiques les réponses des villes : le rapport indique donc seulement, pour chaque indicateur, combien de villes ont donné une valeur.',
	'reportExport.indicatorsCaption': 'Villes ayant donné une valeur pour chaque indicateur',
	'reportExport.indicator': 'Indicateur',
	'reportExport.citiesGiving': 'Villes ayant donné une valeur',
	'reportExport.notComparable': 'Dont non comparables avec la plupart',
	'reportExport.creator': 'Integrating Cities Monitor'
};

export const reportExportDe: Record<keyof typeof reportExportEn, string> = {
	'reportExport.contents': 'Inhalt',
	'reportExport.contentsHint':
		'Wenn das Inhaltsverzeichnis leer ist oder Seitenzahlen fehlen, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Felder aktualisieren“.',
	'reportExport.pageOf': 'Seite {page} von {pages}',
	'reportExport.published': 'Veröffentlicht am {date}',
	'reportExport.cityCountry': '{city} ({country})',
	'reportExport.groupHeading': '{label}: {title}',
	'reportExport.indicatorsAggregate':
		'In diesem Zyklus sind die Antworten der Städte nicht öffentlich; der Bericht nennt daher je Indikator nur, wie viele Städte einen Wert angegeben haben.',
	'reportExport.indicatorsCaption': 'Städte, die für jeden Indikator einen Wert angegeben haben',
	'reportExport.indicator': 'Indikator',
	'reportExport.citiesGiving': 'Städte mit Wert',
	'reportExport.notComparable': 'Davon mit den meisten nicht vergleichbar',
	'reportExport.creator': 'Integrating Cities Monitor'
};

export const reportExportEs: Record<keyof typeof reportExportEn, string> = {
	'reportExport.contents': 'Índice',
	'reportExport.contentsHint':
		'Si el índice está vacío o faltan los números de página, haga clic con el botón derecho y elija «Actualizar campos».',
	'reportExport.pageOf': 'Página {page} de {pages}',
	'reportExport.published': 'Publicado el {date}',
	'reportExport.cityCountry': '{city} ({country})',
	'reportExport.groupHeading': '{label}: {title}',
	'reportExport.indicatorsAggregate':
		'Este ciclo no hizo públicas las respuestas de las ciudades, así que el informe indica, para cada indicador, solo cuántas ciudades dieron una cifra.',
	'reportExport.indicatorsCaption': 'Ciudades que dieron una cifra para cada indicador',
	'reportExport.indicator': 'Indicador',
	'reportExport.citiesGiving': 'Ciudades que dieron una cifra',
	'reportExport.notComparable': 'De ellas, no comparables con la mayoría',
	'reportExport.creator': 'Integrating Cities Monitor'
};

export const reportExportIt: Record<keyof typeof reportExportEn, string> = {
	'reportExport.contents': 'Indice',
	'reportExport.contentsHint':
		'Se l’indice è vuoto o mancano i numeri di pagina, fai clic con il tasto destro e scegli “Aggiorna campo”.',
	'reportExport.pageOf': 'Pagina {page} di {pages}',
	'reportExport.published': 'Pubblicato il {date}',
	'reportExport.cityCountry': '{city} ({country})',
	'reportExport.groupHeading': '{label}: {title}',
	'reportExport.indicatorsAggregate':
		'Questo ciclo non ha reso pubbliche le risposte delle città, quindi il rapporto indica, per ogni indicatore, solo quante città hanno fornito un dato.',
	'reportExport.indicatorsCaption': 'Città che hanno fornito un dato per ogni indicatore',
	'reportExport.indicator': 'Indicatore',
	'reportExport.citiesGiving': 'Città che hanno fornito un dato',
	'reportExport.notComparable': 'Di cui non confrontabili con la maggior parte',
	'reportExport.creator': 'Integrating Cities Monitor'
};
