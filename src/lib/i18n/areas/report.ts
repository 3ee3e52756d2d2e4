/**
 * Text shared by every view of a report (the public page, the preview, the PDF and the DOCX): the headings
 * of generated parts and the starting outline. en.ts, fr.ts and de.ts spread it.
 */
export const reportEn = {
	'report.part.participating-cities': 'Participating cities',
	'report.part.response-rate': 'Response rate',
	'report.part.role-results.policy_maker': 'The city as policy maker',
	'report.part.role-results.service_provider': 'The city as service provider',
	'report.part.role-results.employer': 'The city as employer',
	'report.part.role-results.buyer': 'The city as buyer of goods and services',
	'report.part.comparison': 'Change since {previous}',
	'report.part.comparisonNoPrevious': 'Change since the previous cycle',
	'report.part.indicators': 'Integrating Cities Indicators',
	'report.part.practices-by-commitment': 'Good practices by commitment',
	'report.part.practices-by-trend': 'Good practices by key trend',
	'report.outline.introduction': 'Introduction',
	'report.outline.conclusions': 'Conclusions and next steps',
	'report.noPrevious': 'There is no earlier published cycle to compare with.',
	'report.noIndicators': 'No city gave an indicator figure in this cycle.',
	'report.noPractices': 'No good practice of this cycle has been published in the library yet.',
	'report.noCities': 'No city has answered this cycle yet.',
	'report.commitmentNumber': 'Commitment {number}',
	'report.trendNumber': 'Trend {number}',
	'report.practiceCity': '{title} ({city})'
} as const;

export const reportFr: Record<keyof typeof reportEn, string> = {
	'report.part.participating-cities': 'Villes participantes',
	'report.part.response-rate': 'Taux de réponse',
	'report.part.role-results.policy_maker': 'La ville en tant que décideur politique',
	'report.part.role-results.service_provider': 'La ville en tant que prestataire de services',
	'report.part.role-results.employer': 'La ville en tant qu’employeur',
	'report.part.role-results.buyer': 'La ville en tant qu’acheteur de biens et de services',
	'report.part.comparison': 'Évolution depuis {previous}',
	'report.part.comparisonNoPrevious': 'Évolution depuis le cycle précédent',
	'report.part.indicators': 'Indicateurs Integrating Cities',
	'report.part.practices-by-commitment': 'Bonnes pratiques par engagement',
	'report.part.practices-by-trend': 'Bonnes pratiques par tendance clé',
	'report.outline.introduction': 'Introduction',
	'report.outline.conclusions': 'Conclusions et prochaines étapes',
	'report.noPrevious': 'Aucun cycle publié auparavant ne permet de comparaison.',
	'report.noIndicators': 'Aucune ville n’a donné de valeur d’indicateur dans ce cycle.',
	'report.noPractices': 'Aucune bonne pratique de ce cycle n’est encore publiée dans la bibliothèque.',
	'report.noCities': 'Aucune ville n’a encore répondu à ce cycle.',
	'report.commitmentNumber': 'Engagement {number}',
	'report.trendNumber': 'Tendance {number}',
	'report.practiceCity': '{title} ({city})'
};

export const reportDe: Record<keyof typeof reportEn, string> = {
	'report.part.participating-cities': 'Teilnehmende Städte',
	'report.part.response-rate': 'Rücklaufquote',
	'report.part.role-results.policy_maker': 'Die Stadt als Politikgestalterin',
	'report.part.role-results.service_provider': 'Die Stadt als Dienstleisterin',
	'report.part.role-results.employer': 'Die Stadt als Arbeitgeberin',
	'report.part.role-results.buyer': 'Die Stadt als Auftraggeberin für Waren und Dienstleistungen',
	'report.part.comparison': 'Veränderung seit {previous}',
	'report.part.comparisonNoPrevious': 'Veränderung seit dem vorigen Zyklus',
	'report.part.indicators': 'Integrating-Cities-Indikatoren',
	'report.part.practices-by-commitment': 'Gute Praxis nach Verpflichtung',
	'report.part.practices-by-trend': 'Gute Praxis nach Haupttrend',
	'report.outline.introduction': 'Einleitung',
	'report.outline.conclusions': 'Schlussfolgerungen und nächste Schritte',
	'report.noPrevious': 'Es gibt keinen früher veröffentlichten Zyklus zum Vergleich.',
	'report.noIndicators': 'Keine Stadt hat in diesem Zyklus einen Indikatorwert angegeben.',
	'report.noPractices': 'Noch keine gute Praxis dieses Zyklus ist in der Bibliothek veröffentlicht.',
	'report.noCities': 'Noch keine Stadt hat diesen Zyklus beantwortet.',
	'report.commitmentNumber': 'Verpflichtung {number}',
	'report.trendNumber': 'Trend {number}',
	'report.practiceCity': '{title} ({city})'
};

export const reportEs: Record<keyof typeof reportEn, string> = {
	'report.part.participating-cities': 'Ciudades participantes',
	'report.part.response-rate': 'Tasa de respuesta',
	'report.part.role-results.policy_maker': 'La ciudad como responsable de políticas',
	'report.part.role-results.service_provider': 'La ciudad como proveedora de servicios',
	'report.part.role-results.employer': 'La ciudad como empleadora',
	'report.part.role-results.buyer': 'La ciudad como compradora de bienes y servicios',
	'report.part.comparison': 'Cambios desde {previous}',
	'report.part.comparisonNoPrevious': 'Cambios desde el ciclo anterior',
	'report.part.indicators': 'Indicadores Integrating Cities',
	'report.part.practices-by-commitment': 'Buenas prácticas por compromiso',
	'report.part.practices-by-trend': 'Buenas prácticas por tendencia clave',
	'report.outline.introduction': 'Introducción',
	'report.outline.conclusions': 'Conclusiones y próximos pasos',
	'report.noPrevious': 'No hay ningún ciclo publicado anterior con el que comparar.',
	'report.noIndicators': 'Ninguna ciudad dio una cifra de indicador en este ciclo.',
	'report.noPractices': 'Todavía no se ha publicado en la biblioteca ninguna buena práctica de este ciclo.',
	'report.noCities': 'Ninguna ciudad ha respondido todavía a este ciclo.',
	'report.commitmentNumber': 'Compromiso {number}',
	'report.trendNumber': 'Tendencia {number}',
	'report.practiceCity': '{title} ({city})'
};

export const reportIt: Record<keyof typeof reportEn, string> = {
	'report.part.participating-cities': 'Città partecipanti',
	'report.part.response-rate': 'Tasso di risposta',
	'report.part.role-results.policy_maker': 'La città come decisore politico',
	'report.part.role-results.service_provider': 'La città come fornitore di servizi',
	'report.part.role-results.employer': 'La città come datore di lavoro',
	'report.part.role-results.buyer': 'La città come acquirente di beni e servizi',
	'report.part.comparison': 'Cambiamenti rispetto a {previous}',
	'report.part.comparisonNoPrevious': 'Cambiamenti rispetto al ciclo precedente',
	'report.part.indicators': 'Indicatori Integrating Cities',
	'report.part.practices-by-commitment': 'Buone pratiche per impegno',
	'report.part.practices-by-trend': 'Buone pratiche per tendenza principale',
	'report.outline.introduction': 'Introduzione',
	'report.outline.conclusions': 'Conclusioni e prossimi passi',
	'report.noPrevious': 'Non esiste un ciclo pubblicato in precedenza con cui fare il confronto.',
	'report.noIndicators': 'In questo ciclo nessuna città ha fornito un dato sugli indicatori.',
	'report.noPractices': 'Nessuna buona pratica di questo ciclo è stata ancora pubblicata nella raccolta.',
	'report.noCities': 'Nessuna città ha ancora risposto a questo ciclo.',
	'report.commitmentNumber': 'Impegno {number}',
	'report.trendNumber': 'Tendenza {number}',
	'report.practiceCity': '{title} ({city})'
};
