/**
 * The audit log as sentences: one per action written anywhere in the code (a unit test finds them all), with
 * the names of the person, city, cycle and item filled in by the audit page. en.ts, fr.ts and de.ts spread it.
 * Parameters: {who} the person (or the system), {city}, {cycle}, {item} (a practice's or a report part's title,
 * an invited person's name).
 */
export const auditSentencesEn = {
	'auditSentence.city.updated': '{who} changed the details of {city}.',
	'auditSentence.person.invited': '{who} invited {item} to join the monitor.',
	'auditSentence.invitation.accepted': '{who} accepted the invitation and joined the monitor.',
	'auditSentence.section.assigned': '{who} handed a section of {city}’s response to {cycle} to a colleague.',
	'auditSentence.response.submitted': '{who} submitted {city}’s response to {cycle}.',
	'auditSentence.response.resubmitted': '{who} submitted {city}’s response to {cycle} again.',
	'auditSentence.response.imported':
		'{who} saved answers from a spreadsheet in {city}’s response to {cycle}.',
	'auditSentence.response.import_resolved':
		'{who} chose which answers to keep from a spreadsheet in {city}’s response to {cycle}.',
	'auditSentence.response.invited': '{who} invited {city} to {cycle}.',
	'auditSentence.response.extended': '{who} extended {city}’s deadline for {cycle}.',
	'auditSentence.response.returned': '{who} returned {city}’s response to {cycle} with queries.',
	'audit.action.response.language_set': 'Language of a response chosen',
	'auditSentence.response.language_set':
		'{who} said which language {city}’s response to {cycle} is written in.',
	'auditSentence.response.accepted': '{who} accepted {city}’s response to {cycle}.',
	'auditSentence.review.query_drafted': '{who} wrote a query on {city}’s response to {cycle}.',
	'auditSentence.review.draft_removed': '{who} removed a draft query on {city}’s response to {cycle}.',
	'auditSentence.review.replied': '{who} answered a query on {city}’s response to {cycle}.',
	'auditSentence.cycle.created': '{who} created the cycle {cycle}.',
	'auditSentence.cycle.updated': '{who} changed the settings of {cycle}.',
	'auditSentence.cycle.drafted': '{who} made {cycle} a draft.',
	'auditSentence.cycle.opened': '{who} opened {cycle} to the cities.',
	'auditSentence.cycle.closed': '{who} closed {cycle}.',
	'auditSentence.cycle.published': '{who} published the report of {cycle}.',
	'auditSentence.cycle.reminded': '{who} sent a reminder to the cities of {cycle}.',
	'auditSentence.questionnaire_version.copied': '{who} started the questionnaire version {item} as a copy.',
	'auditSentence.questionnaire_version.frozen':
		'{who} froze the questionnaire version {item}: a cycle uses it.',
	'auditSentence.questionnaire_version.languages_required':
		'{who} changed the languages the questionnaire version {item} must have in full.',
	'auditSentence.questionnaire_version.module_added':
		'{who} added a topical module to the questionnaire version {item}.',
	'auditSentence.questionnaire_version.section_added':
		'{who} added a section to the questionnaire version {item}.',
	'auditSentence.questionnaire_version.section_changed':
		'{who} changed a section of the questionnaire version {item}.',
	'auditSentence.questionnaire_version.section_moved':
		'{who} moved a section of the questionnaire version {item}.',
	'auditSentence.questionnaire_version.section_removed':
		'{who} removed a section from the questionnaire version {item}.',
	'auditSentence.questionnaire_version.item_added':
		'{who} added a question to the questionnaire version {item}.',
	'auditSentence.questionnaire_version.item_changed':
		'{who} changed a question of the questionnaire version {item}.',
	'auditSentence.questionnaire_version.item_moved':
		'{who} moved a question of the questionnaire version {item}.',
	'auditSentence.questionnaire_version.item_removed':
		'{who} removed a question from the questionnaire version {item}.',
	'auditSentence.questionnaire_version.translated':
		'{who} translated texts of the questionnaire version {item}.',
	'auditSentence.cycle.reminder_schedule_changed': '{who} changed when reminders go for {cycle}.',
	'auditSentence.cycle.auto_reminded':
		'A scheduled reminder went to a city that had not yet submitted its response to {cycle}.',
	'auditSentence.report.started': '{who} started the report of {cycle}.',
	'auditSentence.report.chapterSaved': '{who} saved the chapter “{item}” of the report of {cycle}.',
	'auditSentence.report.sectionAdded': '{who} added “{item}” to the report of {cycle}.',
	'auditSentence.report.sectionMoved': '{who} moved “{item}” in the report of {cycle}.',
	'auditSentence.report.sectionRemoved': '{who} removed “{item}” from the report of {cycle}.',
	'auditSentence.practice.created': '{who} created the good practice “{item}”.',
	'auditSentence.practice.updated': '{who} changed the good practice “{item}”.',
	'auditSentence.practice.promoted': '{who} made the good practice “{item}” from a city’s response.',
	'auditSentence.practice.merged': '{who} merged the good practice “{item}” with a duplicate.',
	'auditSentence.practice.published': '{who} published the good practice “{item}”.',
	'auditSentence.practice.unpublished': '{who} unpublished the good practice “{item}”.',
	/** An action the catalogue has no sentence for yet (the unit test keeps this from happening). */
	'auditSentence.other': '{who}: {action} ({item}).',
	/** A record that no longer exists, named by its kind and number. */
	'auditSentence.removed': '{type} no. {id} (removed)',
	'auditSentence.column': 'What happened',
	'audit.action.cycle.drafted': 'Cycle made a draft',
	'audit.action.report.started': 'Report started',
	'audit.action.report.chapterSaved': 'Report chapter saved',
	'audit.action.report.sectionAdded': 'Part added to a report',
	'audit.action.report.sectionMoved': 'Part moved in a report',
	'audit.action.report.sectionRemoved': 'Part removed from a report',
	'audit.subjectType.report_section': 'report part'
};

export const auditSentencesFr: Record<keyof typeof auditSentencesEn, string> = {
	'auditSentence.city.updated': '{who} a modifié la fiche de {city}.',
	'auditSentence.person.invited': '{who} a invité {item} à rejoindre le moniteur.',
	'auditSentence.invitation.accepted': '{who} a accepté l’invitation et rejoint le moniteur.',
	'auditSentence.section.assigned':
		'{who} a confié une section de la réponse de {city} à {cycle} à un ou une collègue.',
	'auditSentence.response.submitted': '{who} a remis la réponse de {city} à {cycle}.',
	'auditSentence.response.resubmitted': '{who} a remis de nouveau la réponse de {city} à {cycle}.',
	'auditSentence.response.imported':
		'{who} a enregistré des réponses d’un tableur dans la réponse de {city} à {cycle}.',
	'auditSentence.response.import_resolved':
		'{who} a choisi les réponses à garder d’un tableur dans la réponse de {city} à {cycle}.',
	'auditSentence.response.invited': '{who} a invité {city} à {cycle}.',
	'auditSentence.response.extended': '{who} a prolongé le délai de {city} pour {cycle}.',
	'auditSentence.response.returned': '{who} a renvoyé la réponse de {city} à {cycle} avec des questions.',
	'audit.action.response.language_set': 'Langue d’une réponse choisie',
	'auditSentence.response.language_set':
		'{who} a indiqué la langue dans laquelle est rédigée la réponse de {city} à {cycle}.',
	'auditSentence.response.accepted': '{who} a accepté la réponse de {city} à {cycle}.',
	'auditSentence.review.query_drafted': '{who} a rédigé une question sur la réponse de {city} à {cycle}.',
	'auditSentence.review.draft_removed':
		'{who} a supprimé un brouillon de question sur la réponse de {city} à {cycle}.',
	'auditSentence.review.replied': '{who} a répondu à une question sur la réponse de {city} à {cycle}.',
	'auditSentence.cycle.created': '{who} a créé le cycle {cycle}.',
	'auditSentence.cycle.updated': '{who} a modifié les paramètres de {cycle}.',
	'auditSentence.cycle.drafted': '{who} a remis {cycle} en brouillon.',
	'auditSentence.cycle.opened': '{who} a ouvert {cycle} aux villes.',
	'auditSentence.cycle.closed': '{who} a clos {cycle}.',
	'auditSentence.cycle.published': '{who} a publié le rapport de {cycle}.',
	'auditSentence.cycle.reminded': '{who} a envoyé un rappel aux villes de {cycle}.',
	'auditSentence.questionnaire_version.copied':
		'{who} a commencé la version du questionnaire {item} comme copie.',
	'auditSentence.questionnaire_version.frozen':
		'{who} a figé la version du questionnaire {item} : un cycle l’utilise.',
	'auditSentence.questionnaire_version.languages_required':
		'{who} a modifié les langues que la version du questionnaire {item} doit avoir en entier.',
	'auditSentence.questionnaire_version.module_added':
		'{who} a ajouté un module thématique à la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.section_added':
		'{who} a ajouté une section à la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.section_changed':
		'{who} a modifié une section de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.section_moved':
		'{who} a déplacé une section de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.section_removed':
		'{who} a supprimé une section de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.item_added':
		'{who} a ajouté une question à la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.item_changed':
		'{who} a modifié une question de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.item_moved':
		'{who} a déplacé une question de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.item_removed':
		'{who} a supprimé une question de la version du questionnaire {item}.',
	'auditSentence.questionnaire_version.translated':
		'{who} a traduit des textes de la version du questionnaire {item}.',
	'auditSentence.cycle.reminder_schedule_changed': '{who} a modifié les dates des relances de {cycle}.',
	'auditSentence.cycle.auto_reminded':
		'Une relance programmée est partie vers une ville qui n’avait pas encore soumis sa réponse à {cycle}.',
	'auditSentence.report.started': '{who} a commencé le rapport de {cycle}.',
	'auditSentence.report.chapterSaved': '{who} a enregistré le chapitre « {item} » du rapport de {cycle}.',
	'auditSentence.report.sectionAdded': '{who} a ajouté « {item} » au rapport de {cycle}.',
	'auditSentence.report.sectionMoved': '{who} a déplacé « {item} » dans le rapport de {cycle}.',
	'auditSentence.report.sectionRemoved': '{who} a retiré « {item} » du rapport de {cycle}.',
	'auditSentence.practice.created': '{who} a créé la bonne pratique « {item} ».',
	'auditSentence.practice.updated': '{who} a modifié la bonne pratique « {item} ».',
	'auditSentence.practice.promoted': '{who} a tiré la bonne pratique « {item} » de la réponse d’une ville.',
	'auditSentence.practice.merged': '{who} a fusionné la bonne pratique « {item} » avec un doublon.',
	'auditSentence.practice.published': '{who} a publié la bonne pratique « {item} ».',
	'auditSentence.practice.unpublished': '{who} a retiré de la publication la bonne pratique « {item} ».',
	'auditSentence.other': '{who} : {action} ({item}).',
	'auditSentence.removed': '{type} n° {id} (supprimé)',
	'auditSentence.column': 'Ce qui s’est passé',
	'audit.action.cycle.drafted': 'Cycle remis en brouillon',
	'audit.action.report.started': 'Rapport commencé',
	'audit.action.report.chapterSaved': 'Chapitre du rapport enregistré',
	'audit.action.report.sectionAdded': 'Partie ajoutée à un rapport',
	'audit.action.report.sectionMoved': 'Partie déplacée dans un rapport',
	'audit.action.report.sectionRemoved': 'Partie retirée d’un rapport',
	'audit.subjectType.report_section': 'partie de rapport'
};

export const auditSentencesDe: Record<keyof typeof auditSentencesEn, string> = {
	'auditSentence.city.updated': '{who} hat die Angaben zu {city} geändert.',
	'auditSentence.person.invited': '{who} hat {item} zum Monitor eingeladen.',
	'auditSentence.invitation.accepted': '{who} hat die Einladung angenommen und ist dem Monitor beigetreten.',
	'auditSentence.section.assigned':
		'{who} hat einen Abschnitt der Antwort von {city} zu {cycle} einer Kollegin oder einem Kollegen übergeben.',
	'auditSentence.response.submitted': '{who} hat die Antwort von {city} zu {cycle} eingereicht.',
	'auditSentence.response.resubmitted': '{who} hat die Antwort von {city} zu {cycle} erneut eingereicht.',
	'auditSentence.response.imported':
		'{who} hat Antworten aus einer Tabelle in der Antwort von {city} zu {cycle} gespeichert.',
	'auditSentence.response.import_resolved':
		'{who} hat gewählt, welche Antworten aus einer Tabelle in der Antwort von {city} zu {cycle} bleiben.',
	'auditSentence.response.invited': '{who} hat {city} zu {cycle} eingeladen.',
	'auditSentence.response.extended': '{who} hat die Frist von {city} für {cycle} verlängert.',
	'auditSentence.response.returned':
		'{who} hat die Antwort von {city} zu {cycle} mit Rückfragen zurückgegeben.',
	'audit.action.response.language_set': 'Sprache einer Antwort gewählt',
	'auditSentence.response.language_set':
		'{who} hat angegeben, in welcher Sprache die Antwort von {city} zu {cycle} verfasst ist.',
	'auditSentence.response.accepted': '{who} hat die Antwort von {city} zu {cycle} angenommen.',
	'auditSentence.review.query_drafted':
		'{who} hat eine Rückfrage zur Antwort von {city} zu {cycle} geschrieben.',
	'auditSentence.review.draft_removed':
		'{who} hat einen Entwurf einer Rückfrage zur Antwort von {city} zu {cycle} entfernt.',
	'auditSentence.review.replied': '{who} hat eine Rückfrage zur Antwort von {city} zu {cycle} beantwortet.',
	'auditSentence.cycle.created': '{who} hat den Zyklus {cycle} angelegt.',
	'auditSentence.cycle.updated': '{who} hat die Einstellungen von {cycle} geändert.',
	'auditSentence.cycle.drafted': '{who} hat {cycle} wieder zum Entwurf gemacht.',
	'auditSentence.cycle.opened': '{who} hat {cycle} für die Städte geöffnet.',
	'auditSentence.cycle.closed': '{who} hat {cycle} geschlossen.',
	'auditSentence.cycle.published': '{who} hat den Bericht zu {cycle} veröffentlicht.',
	'auditSentence.cycle.reminded': '{who} hat den Städten von {cycle} eine Erinnerung geschickt.',
	'auditSentence.questionnaire_version.copied': '{who} hat die Fragebogenversion {item} als Kopie begonnen.',
	'auditSentence.questionnaire_version.frozen':
		'{who} hat die Fragebogenversion {item} eingefroren: Ein Zyklus verwendet sie.',
	'auditSentence.questionnaire_version.languages_required':
		'{who} hat die Sprachen geändert, die die Fragebogenversion {item} vollständig haben muss.',
	'auditSentence.questionnaire_version.module_added':
		'{who} hat der Fragebogenversion {item} ein Themenmodul hinzugefügt.',
	'auditSentence.questionnaire_version.section_added':
		'{who} hat der Fragebogenversion {item} einen Abschnitt hinzugefügt.',
	'auditSentence.questionnaire_version.section_changed':
		'{who} hat einen Abschnitt der Fragebogenversion {item} geändert.',
	'auditSentence.questionnaire_version.section_moved':
		'{who} hat einen Abschnitt der Fragebogenversion {item} verschoben.',
	'auditSentence.questionnaire_version.section_removed':
		'{who} hat einen Abschnitt aus der Fragebogenversion {item} entfernt.',
	'auditSentence.questionnaire_version.item_added':
		'{who} hat der Fragebogenversion {item} eine Frage hinzugefügt.',
	'auditSentence.questionnaire_version.item_changed':
		'{who} hat eine Frage der Fragebogenversion {item} geändert.',
	'auditSentence.questionnaire_version.item_moved':
		'{who} hat eine Frage der Fragebogenversion {item} verschoben.',
	'auditSentence.questionnaire_version.item_removed':
		'{who} hat eine Frage aus der Fragebogenversion {item} entfernt.',
	'auditSentence.questionnaire_version.translated': '{who} hat Texte der Fragebogenversion {item} übersetzt.',
	'auditSentence.cycle.reminder_schedule_changed':
		'{who} hat geändert, wann Erinnerungen für {cycle} verschickt werden.',
	'auditSentence.cycle.auto_reminded':
		'Eine geplante Erinnerung ging an eine Stadt, die ihre Antwort für {cycle} noch nicht eingereicht hatte.',
	'auditSentence.report.started': '{who} hat den Bericht zu {cycle} begonnen.',
	'auditSentence.report.chapterSaved': '{who} hat das Kapitel „{item}“ des Berichts zu {cycle} gespeichert.',
	'auditSentence.report.sectionAdded': '{who} hat „{item}“ zum Bericht zu {cycle} hinzugefügt.',
	'auditSentence.report.sectionMoved': '{who} hat „{item}“ im Bericht zu {cycle} verschoben.',
	'auditSentence.report.sectionRemoved': '{who} hat „{item}“ aus dem Bericht zu {cycle} entfernt.',
	'auditSentence.practice.created': '{who} hat die gute Praxis „{item}“ angelegt.',
	'auditSentence.practice.updated': '{who} hat die gute Praxis „{item}“ geändert.',
	'auditSentence.practice.promoted':
		'{who} hat die gute Praxis „{item}“ aus der Antwort einer Stadt übernommen.',
	'auditSentence.practice.merged': '{who} hat die gute Praxis „{item}“ mit einem Duplikat zusammengeführt.',
	'auditSentence.practice.published': '{who} hat die gute Praxis „{item}“ veröffentlicht.',
	'auditSentence.practice.unpublished':
		'{who} hat die Veröffentlichung der guten Praxis „{item}“ zurückgenommen.',
	'auditSentence.other': '{who}: {action} ({item}).',
	'auditSentence.removed': '{type} Nr. {id} (entfernt)',
	'auditSentence.column': 'Was geschah',
	'audit.action.cycle.drafted': 'Zyklus wieder Entwurf',
	'audit.action.report.started': 'Bericht begonnen',
	'audit.action.report.chapterSaved': 'Berichtskapitel gespeichert',
	'audit.action.report.sectionAdded': 'Teil zu einem Bericht hinzugefügt',
	'audit.action.report.sectionMoved': 'Teil in einem Bericht verschoben',
	'audit.action.report.sectionRemoved': 'Teil aus einem Bericht entfernt',
	'audit.subjectType.report_section': 'Berichtsteil'
};

export const auditSentencesEs: Record<keyof typeof auditSentencesEn, string> = {
	'auditSentence.city.updated': '{who} cambió los datos de {city}.',
	'auditSentence.person.invited': '{who} invitó a {item} a unirse al monitor.',
	'auditSentence.invitation.accepted': '{who} aceptó la invitación y se unió al monitor.',
	'auditSentence.section.assigned':
		'{who} encargó a un colega una sección de la respuesta de {city} a {cycle}.',
	'auditSentence.response.submitted': '{who} envió la respuesta de {city} a {cycle}.',
	'auditSentence.response.resubmitted': '{who} volvió a enviar la respuesta de {city} a {cycle}.',
	'auditSentence.response.imported':
		'{who} guardó respuestas desde una hoja de cálculo en la respuesta de {city} a {cycle}.',
	'auditSentence.response.import_resolved':
		'{who} eligió qué respuestas conservar de una hoja de cálculo en la respuesta de {city} a {cycle}.',
	'auditSentence.response.invited': '{who} invitó a {city} a {cycle}.',
	'auditSentence.response.extended': '{who} prorrogó el plazo de {city} para {cycle}.',
	'auditSentence.response.returned': '{who} devolvió con consultas la respuesta de {city} a {cycle}.',
	'audit.action.response.language_set': 'Idioma de una respuesta indicado',
	'auditSentence.response.language_set':
		'{who} indicó en qué idioma está escrita la respuesta de {city} a {cycle}.',
	'auditSentence.response.accepted': '{who} aceptó la respuesta de {city} a {cycle}.',
	'auditSentence.review.query_drafted': '{who} redactó una consulta sobre la respuesta de {city} a {cycle}.',
	'auditSentence.review.draft_removed':
		'{who} eliminó un borrador de consulta sobre la respuesta de {city} a {cycle}.',
	'auditSentence.review.replied': '{who} respondió a una consulta sobre la respuesta de {city} a {cycle}.',
	'auditSentence.cycle.created': '{who} creó el ciclo {cycle}.',
	'auditSentence.cycle.updated': '{who} cambió la configuración de {cycle}.',
	'auditSentence.cycle.drafted': '{who} convirtió {cycle} en borrador.',
	'auditSentence.cycle.opened': '{who} abrió {cycle} a las ciudades.',
	'auditSentence.cycle.closed': '{who} cerró {cycle}.',
	'auditSentence.cycle.published': '{who} publicó el informe de {cycle}.',
	'auditSentence.cycle.reminded': '{who} envió un recordatorio a las ciudades de {cycle}.',
	'auditSentence.questionnaire_version.copied':
		'{who} creó la versión del cuestionario {item} como copia de otra.',
	'auditSentence.questionnaire_version.frozen':
		'{who} congeló la versión del cuestionario {item}: un ciclo la utiliza.',
	'auditSentence.questionnaire_version.languages_required':
		'{who} cambió los idiomas en los que la versión del cuestionario {item} debe estar completa.',
	'auditSentence.questionnaire_version.module_added':
		'{who} añadió un módulo temático a la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.section_added':
		'{who} añadió una sección a la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.section_changed':
		'{who} cambió una sección de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.section_moved':
		'{who} movió una sección de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.section_removed':
		'{who} eliminó una sección de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.item_added':
		'{who} añadió una pregunta a la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.item_changed':
		'{who} cambió una pregunta de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.item_moved':
		'{who} movió una pregunta de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.item_removed':
		'{who} eliminó una pregunta de la versión del cuestionario {item}.',
	'auditSentence.questionnaire_version.translated':
		'{who} tradujo textos de la versión del cuestionario {item}.',
	'auditSentence.cycle.reminder_schedule_changed':
		'{who} cambió cuándo se envían los recordatorios de {cycle}.',
	'auditSentence.cycle.auto_reminded':
		'Se envió un recordatorio programado a una ciudad que aún no había enviado su respuesta a {cycle}.',
	'auditSentence.report.started': '{who} empezó el informe de {cycle}.',
	'auditSentence.report.chapterSaved': '{who} guardó el capítulo «{item}» del informe de {cycle}.',
	'auditSentence.report.sectionAdded': '{who} añadió «{item}» al informe de {cycle}.',
	'auditSentence.report.sectionMoved': '{who} movió «{item}» en el informe de {cycle}.',
	'auditSentence.report.sectionRemoved': '{who} quitó «{item}» del informe de {cycle}.',
	'auditSentence.practice.created': '{who} creó la buena práctica «{item}».',
	'auditSentence.practice.updated': '{who} cambió la buena práctica «{item}».',
	'auditSentence.practice.promoted':
		'{who} creó la buena práctica «{item}» a partir de la respuesta de una ciudad.',
	'auditSentence.practice.merged': '{who} fusionó la buena práctica «{item}» con un duplicado.',
	'auditSentence.practice.published': '{who} publicó la buena práctica «{item}».',
	'auditSentence.practice.unpublished': '{who} retiró de la publicación la buena práctica «{item}».',
	'auditSentence.other': '{who}: {action} ({item}).',
	'auditSentence.removed': '{type} n.º {id} (eliminado)',
	'auditSentence.column': 'Qué pasó',
	'audit.action.cycle.drafted': 'Ciclo convertido en borrador',
	'audit.action.report.started': 'Informe empezado',
	'audit.action.report.chapterSaved': 'Capítulo del informe guardado',
	'audit.action.report.sectionAdded': 'Parte añadida a un informe',
	'audit.action.report.sectionMoved': 'Parte movida en un informe',
	'audit.action.report.sectionRemoved': 'Parte quitada de un informe',
	'audit.subjectType.report_section': 'parte del informe'
};

export const auditSentencesIt: Record<keyof typeof auditSentencesEn, string> = {
	'auditSentence.city.updated': '{who} ha modificato i dati di {city}.',
	'auditSentence.person.invited': '{who} ha invitato {item} a unirsi al monitor.',
	'auditSentence.invitation.accepted': '{who} ha accettato l’invito e si è unito al monitor.',
	'auditSentence.section.assigned':
		'{who} ha affidato a un collega una sezione della risposta di {city} a {cycle}.',
	'auditSentence.response.submitted': '{who} ha inviato la risposta di {city} a {cycle}.',
	'auditSentence.response.resubmitted': '{who} ha inviato di nuovo la risposta di {city} a {cycle}.',
	'auditSentence.response.imported':
		'{who} ha salvato risposte da un foglio di calcolo nella risposta di {city} a {cycle}.',
	'auditSentence.response.import_resolved':
		'{who} ha scelto quali risposte di un foglio di calcolo tenere nella risposta di {city} a {cycle}.',
	'auditSentence.response.invited': '{who} ha invitato {city} a {cycle}.',
	'auditSentence.response.extended': '{who} ha prorogato la scadenza di {city} per {cycle}.',
	'auditSentence.response.returned':
		'{who} ha restituito la risposta di {city} a {cycle} con richieste di chiarimento.',
	'audit.action.response.language_set': 'Lingua di una risposta indicata',
	'auditSentence.response.language_set':
		'{who} ha indicato in quale lingua è scritta la risposta di {city} a {cycle}.',
	'auditSentence.response.accepted': '{who} ha accettato la risposta di {city} a {cycle}.',
	'auditSentence.review.query_drafted':
		'{who} ha scritto una richiesta di chiarimento sulla risposta di {city} a {cycle}.',
	'auditSentence.review.draft_removed':
		'{who} ha eliminato una bozza di richiesta sulla risposta di {city} a {cycle}.',
	'auditSentence.review.replied':
		'{who} ha risposto a una richiesta di chiarimento sulla risposta di {city} a {cycle}.',
	'auditSentence.cycle.created': '{who} ha creato il ciclo {cycle}.',
	'auditSentence.cycle.updated': '{who} ha modificato le impostazioni di {cycle}.',
	'auditSentence.cycle.drafted': '{who} ha riportato {cycle} a bozza.',
	'auditSentence.cycle.opened': '{who} ha aperto {cycle} alle città.',
	'auditSentence.cycle.closed': '{who} ha chiuso {cycle}.',
	'auditSentence.cycle.published': '{who} ha pubblicato il rapporto di {cycle}.',
	'auditSentence.cycle.reminded': '{who} ha inviato un promemoria alle città di {cycle}.',
	'auditSentence.questionnaire_version.copied':
		'{who} ha creato la versione del questionario {item} come copia di un’altra.',
	'auditSentence.questionnaire_version.frozen':
		'{who} ha bloccato la versione del questionario {item}: un ciclo la usa.',
	'auditSentence.questionnaire_version.languages_required':
		'{who} ha modificato le lingue in cui la versione del questionario {item} deve essere completa.',
	'auditSentence.questionnaire_version.module_added':
		'{who} ha aggiunto un modulo tematico alla versione del questionario {item}.',
	'auditSentence.questionnaire_version.section_added':
		'{who} ha aggiunto una sezione alla versione del questionario {item}.',
	'auditSentence.questionnaire_version.section_changed':
		'{who} ha modificato una sezione della versione del questionario {item}.',
	'auditSentence.questionnaire_version.section_moved':
		'{who} ha spostato una sezione della versione del questionario {item}.',
	'auditSentence.questionnaire_version.section_removed':
		'{who} ha eliminato una sezione dalla versione del questionario {item}.',
	'auditSentence.questionnaire_version.item_added':
		'{who} ha aggiunto una domanda alla versione del questionario {item}.',
	'auditSentence.questionnaire_version.item_changed':
		'{who} ha modificato una domanda della versione del questionario {item}.',
	'auditSentence.questionnaire_version.item_moved':
		'{who} ha spostato una domanda della versione del questionario {item}.',
	'auditSentence.questionnaire_version.item_removed':
		'{who} ha eliminato una domanda dalla versione del questionario {item}.',
	'auditSentence.questionnaire_version.translated':
		'{who} ha tradotto testi della versione del questionario {item}.',
	'auditSentence.cycle.reminder_schedule_changed':
		'{who} ha modificato quando partono i promemoria per {cycle}.',
	'auditSentence.cycle.auto_reminded':
		'Un promemoria programmato è partito verso una città che non aveva ancora inviato la sua risposta a {cycle}.',
	'auditSentence.report.started': '{who} ha iniziato il rapporto di {cycle}.',
	'auditSentence.report.chapterSaved': '{who} ha salvato il capitolo “{item}” del rapporto di {cycle}.',
	'auditSentence.report.sectionAdded': '{who} ha aggiunto “{item}” al rapporto di {cycle}.',
	'auditSentence.report.sectionMoved': '{who} ha spostato “{item}” nel rapporto di {cycle}.',
	'auditSentence.report.sectionRemoved': '{who} ha tolto “{item}” dal rapporto di {cycle}.',
	'auditSentence.practice.created': '{who} ha creato la buona pratica “{item}”.',
	'auditSentence.practice.updated': '{who} ha modificato la buona pratica “{item}”.',
	'auditSentence.practice.promoted':
		'{who} ha ricavato la buona pratica “{item}” dalla risposta di una città.',
	'auditSentence.practice.merged': '{who} ha unito la buona pratica “{item}” con un duplicato.',
	'auditSentence.practice.published': '{who} ha pubblicato la buona pratica “{item}”.',
	'auditSentence.practice.unpublished': '{who} ha ritirato dalla pubblicazione la buona pratica “{item}”.',
	'auditSentence.other': '{who}: {action} ({item}).',
	'auditSentence.removed': '{type} n. {id} (eliminato)',
	'auditSentence.column': 'Cosa è successo',
	'audit.action.cycle.drafted': 'Ciclo riportato a bozza',
	'audit.action.report.started': 'Rapporto iniziato',
	'audit.action.report.chapterSaved': 'Capitolo del rapporto salvato',
	'audit.action.report.sectionAdded': 'Parte aggiunta a un rapporto',
	'audit.action.report.sectionMoved': 'Parte spostata in un rapporto',
	'audit.action.report.sectionRemoved': 'Parte tolta da un rapporto',
	'audit.subjectType.report_section': 'parte del rapporto'
};
