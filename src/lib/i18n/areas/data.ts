/** Interface text of the open data page; en.ts, fr.ts and de.ts spread it. */
export const dataEn = {
	'data.title': 'Open data',
	'data.lead':
		'Everything published here can be reused: the cities, the published reporting cycles and the good-practice library, as JSON for programs and as files to download.',
	'data.apiTitle': 'The API',
	'data.api':
		'A read-only JSON API with paging ({ items, total, limit, offset }) and filters. Only published data is served.',
	'data.openapi': 'The API description (OpenAPI 3.1)',
	'data.colData': 'Data',
	'data.colLink': 'Address',
	'data.cities': 'Cities, with the published cycles they answered',
	'data.cycles': 'Published reporting cycles',
	'data.practices': 'Good practices',
	'data.cyclesTitle': 'Published cycles',
	'data.noCycles': 'No cycle has been published yet.',
	'data.cycleParticipants': '{count} participating cities',
	'data.licence':
		'Cite the Integrating Cities Monitor and the Eurocities Integrating Cities Reports as the source when you reuse this data.',
	'data.footerLink': 'Open data',
	'data.results': 'results',
	'data.indicators': 'indicators',
	'data.annexCsv': 'data annex (CSV)',
	'data.annexXlsx': 'data annex (Excel)'
} as const;

export const dataFr: Record<keyof typeof dataEn, string> = {
	'data.title': 'Données ouvertes',
	'data.lead':
		'Tout ce qui est publié ici peut être réutilisé : les villes, les cycles de rapport publiés et la bibliothèque de bonnes pratiques, en JSON pour les programmes et en fichiers à télécharger.',
	'data.apiTitle': 'L’API',
	'data.api':
		'Une API JSON en lecture seule, avec pagination ({ items, total, limit, offset }) et filtres. Seules les données publiées sont servies.',
	'data.openapi': 'La description de l’API (OpenAPI 3.1)',
	'data.colData': 'Données',
	'data.colLink': 'Adresse',
	'data.cities': 'Les villes, avec les cycles publiés auxquels elles ont répondu',
	'data.cycles': 'Les cycles de rapport publiés',
	'data.practices': 'Les bonnes pratiques',
	'data.cyclesTitle': 'Cycles publiés',
	'data.noCycles': 'Aucun cycle n’a encore été publié.',
	'data.cycleParticipants': '{count} villes participantes',
	'data.licence':
		'Citez Integrating Cities Monitor et les rapports Integrating Cities d’Eurocities comme source lorsque vous réutilisez ces données.',
	'data.footerLink': 'Données ouvertes',
	'data.results': 'résultats',
	'data.indicators': 'indicateurs',
	'data.annexCsv': 'annexe de données (CSV)',
	'data.annexXlsx': 'annexe de données (Excel)'
};

export const dataDe: Record<keyof typeof dataEn, string> = {
	'data.title': 'Offene Daten',
	'data.lead':
		'Alles, was hier veröffentlicht ist, darf weiterverwendet werden: die Städte, die veröffentlichten Berichtszyklen und die Sammlung guter Praxis – als JSON für Programme und als Dateien zum Herunterladen.',
	'data.apiTitle': 'Die API',
	'data.api':
		'Eine JSON-API nur zum Lesen, mit Seiten ({ items, total, limit, offset }) und Filtern. Sie liefert nur veröffentlichte Daten.',
	'data.openapi': 'Die Beschreibung der API (OpenAPI 3.1)',
	'data.colData': 'Daten',
	'data.colLink': 'Adresse',
	'data.cities': 'Die Städte, mit den veröffentlichten Zyklen, an denen sie teilgenommen haben',
	'data.cycles': 'Die veröffentlichten Berichtszyklen',
	'data.practices': 'Gute Praxis',
	'data.cyclesTitle': 'Veröffentlichte Zyklen',
	'data.noCycles': 'Noch ist kein Zyklus veröffentlicht.',
	'data.cycleParticipants': '{count} teilnehmende Städte',
	'data.licence':
		'Nennen Sie Integrating Cities Monitor und die Integrating-Cities-Berichte von Eurocities als Quelle, wenn Sie diese Daten weiterverwenden.',
	'data.footerLink': 'Offene Daten',
	'data.results': 'Ergebnisse',
	'data.indicators': 'Indikatoren',
	'data.annexCsv': 'Datenanhang (CSV)',
	'data.annexXlsx': 'Datenanhang (Excel)'
};

export const dataEs: Record<keyof typeof dataEn, string> = {
	'data.title': 'Datos abiertos',
	'data.lead':
		'Todo lo que se publica aquí puede reutilizarse: las ciudades, los ciclos de informe publicados y la biblioteca de buenas prácticas, en JSON para los programas y como archivos para descargar.',
	'data.apiTitle': 'La API',
	'data.api':
		'Una API JSON de solo lectura con paginación ({ items, total, limit, offset }) y filtros. Solo se sirven datos publicados.',
	'data.openapi': 'La descripción de la API (OpenAPI 3.1)',
	'data.colData': 'Datos',
	'data.colLink': 'Dirección',
	'data.cities': 'Ciudades, con los ciclos publicados a los que respondieron',
	'data.cycles': 'Ciclos de informe publicados',
	'data.practices': 'Buenas prácticas',
	'data.cyclesTitle': 'Ciclos publicados',
	'data.noCycles': 'Todavía no se ha publicado ningún ciclo.',
	'data.cycleParticipants': '{count} ciudades participantes',
	'data.licence':
		'Cite Integrating Cities Monitor y los informes Integrating Cities de Eurocities como fuente cuando reutilice estos datos.',
	'data.footerLink': 'Datos abiertos',
	'data.results': 'resultados',
	'data.indicators': 'indicadores',
	'data.annexCsv': 'anexo de datos (CSV)',
	'data.annexXlsx': 'anexo de datos (Excel)'
};

export const dataIt: Record<keyof typeof dataEn, string> = {
	'data.title': 'Dati aperti',
	'data.lead':
		'Tutto ciò che è pubblicato qui può essere riutilizzato: le città, i cicli di rendicontazione pubblicati e la raccolta di buone pratiche, in JSON per i programmi e come file da scaricare.',
	'data.apiTitle': 'L’API',
	'data.api':
		'Un’API JSON in sola lettura con paginazione ({ items, total, limit, offset }) e filtri. Fornisce solo dati pubblicati.',
	'data.openapi': 'La descrizione dell’API (OpenAPI 3.1)',
	'data.colData': 'Dati',
	'data.colLink': 'Indirizzo',
	'data.cities': 'Città, con i cicli pubblicati a cui hanno risposto',
	'data.cycles': 'Cicli di rendicontazione pubblicati',
	'data.practices': 'Buone pratiche',
	'data.cyclesTitle': 'Cicli pubblicati',
	'data.noCycles': 'Nessun ciclo è stato ancora pubblicato.',
	'data.cycleParticipants': '{count} città partecipanti',
	'data.licence':
		'Quando riutilizzi questi dati, cita come fonte l’Integrating Cities Monitor e gli Integrating Cities Report di Eurocities.',
	'data.footerLink': 'Dati aperti',
	'data.results': 'risultati',
	'data.indicators': 'indicatori',
	'data.annexCsv': 'allegato dei dati (CSV)',
	'data.annexXlsx': 'allegato dei dati (Excel)'
};
