/**
 * Interface text for the answers an uploaded spreadsheet changes that someone else changed since the file was
 * downloaded: the notice, and the form to choose a version per answer. en.ts, fr.ts and de.ts spread it.
 */
export const importConflictsEn = {
	'importConflicts.title': 'Some answers were not saved: someone changed them after the spreadsheet was made',
	'importConflicts.applied': 'Answers saved from the spreadsheet: {count}.',
	'importConflicts.text':
		'The spreadsheet also changes the answers listed below, but a colleague saved them after it was downloaded. Nothing is lost: for each one, choose which version to keep.',
	'importConflicts.again':
		'Someone saved these answers again while you were choosing, so they were not saved. Choose again with the newer version.',
	'importConflicts.listTitle': 'Choose which version to keep',
	'importConflicts.section': 'Section: {section}',
	'importConflicts.current': 'Current answer',
	'importConflicts.savedBy': 'Saved by {name} on {date}',
	'importConflicts.savedOn': 'Saved on {date}',
	'importConflicts.file': 'Answer in your spreadsheet',
	'importConflicts.keepCurrent': 'Keep the current answer',
	'importConflicts.takeFile': 'Use the answer from the spreadsheet',
	'importConflicts.submit': 'Save my choices',
	'importConflicts.pageTitle': 'Answers changed since your spreadsheet was made',
	'importConflicts.nothing':
		'There is nothing to choose here now. To upload answers from a spreadsheet, use the upload page.',
	'importConflicts.uploadLink': 'Upload your answers from a spreadsheet'
};

export const importConflictsFr: Record<keyof typeof importConflictsEn, string> = {
	'importConflicts.title':
		'Certaines réponses n’ont pas été enregistrées : quelqu’un les a modifiées après la création du tableur',
	'importConflicts.applied': 'Réponses du tableur enregistrées : {count}.',
	'importConflicts.text':
		'Le tableur modifie aussi les réponses ci-dessous, mais une ou un collègue les a enregistrées après son téléchargement. Rien n’est perdu : pour chacune, choisissez la version à garder.',
	'importConflicts.again':
		'Quelqu’un a de nouveau enregistré ces réponses pendant que vous choisissiez : elles n’ont pas été enregistrées. Choisissez à nouveau, avec la version la plus récente.',
	'importConflicts.listTitle': 'Choisissez la version à garder',
	'importConflicts.section': 'Section : {section}',
	'importConflicts.current': 'Réponse actuelle',
	'importConflicts.savedBy': 'Enregistrée par {name} le {date}',
	'importConflicts.savedOn': 'Enregistrée le {date}',
	'importConflicts.file': 'Réponse de votre tableur',
	'importConflicts.keepCurrent': 'Garder la réponse actuelle',
	'importConflicts.takeFile': 'Prendre la réponse du tableur',
	'importConflicts.submit': 'Enregistrer mes choix',
	'importConflicts.pageTitle': 'Réponses modifiées depuis la création de votre tableur',
	'importConflicts.nothing':
		'Il n’y a rien à choisir ici pour le moment. Pour envoyer des réponses depuis un tableur, utilisez la page d’envoi.',
	'importConflicts.uploadLink': 'Envoyer vos réponses depuis un tableur'
};

export const importConflictsDe: Record<keyof typeof importConflictsEn, string> = {
	'importConflicts.title':
		'Einige Antworten wurden nicht gespeichert: Jemand hat sie geändert, nachdem die Tabelle erstellt wurde',
	'importConflicts.applied': 'Aus der Tabelle gespeicherte Antworten: {count}.',
	'importConflicts.text':
		'Die Tabelle ändert auch die unten aufgeführten Antworten, aber eine Kollegin oder ein Kollege hat sie nach dem Herunterladen gespeichert. Nichts geht verloren: Wählen Sie für jede Antwort, welche Fassung bleiben soll.',
	'importConflicts.again':
		'Jemand hat diese Antworten erneut gespeichert, während Sie gewählt haben, daher wurden sie nicht gespeichert. Wählen Sie noch einmal, mit der neueren Fassung.',
	'importConflicts.listTitle': 'Wählen Sie, welche Fassung bleibt',
	'importConflicts.section': 'Abschnitt: {section}',
	'importConflicts.current': 'Aktuelle Antwort',
	'importConflicts.savedBy': 'Gespeichert von {name} am {date}',
	'importConflicts.savedOn': 'Gespeichert am {date}',
	'importConflicts.file': 'Antwort in Ihrer Tabelle',
	'importConflicts.keepCurrent': 'Die aktuelle Antwort behalten',
	'importConflicts.takeFile': 'Die Antwort aus der Tabelle übernehmen',
	'importConflicts.submit': 'Meine Auswahl speichern',
	'importConflicts.pageTitle': 'Seit dem Erstellen Ihrer Tabelle geänderte Antworten',
	'importConflicts.nothing':
		'Hier gibt es gerade nichts zu wählen. Um Antworten aus einer Tabelle hochzuladen, nutzen Sie die Seite zum Hochladen.',
	'importConflicts.uploadLink': 'Antworten aus einer Tabelle hochladen'
};

export const importConflictsEs: Record<keyof typeof importConflictsEn, string> = {
	'importConflicts.title':
		'Algunas respuestas no se han guardado: alguien las cambió después de crearse la hoja de cálculo',
	'importConflicts.applied': 'Respuestas guardadas desde la hoja de cálculo: {count}.',
	'importConflicts.text':
		'La hoja de cálculo también cambia las respuestas de la lista de abajo, pero un colega las guardó después de descargarla. No se pierde nada: para cada una, elija qué versión conservar.',
	'importConflicts.again':
		'Alguien volvió a guardar estas respuestas mientras usted elegía, así que no se han guardado. Elija de nuevo con la versión más reciente.',
	'importConflicts.listTitle': 'Elija qué versión conservar',
	'importConflicts.section': 'Sección: {section}',
	'importConflicts.current': 'Respuesta actual',
	'importConflicts.savedBy': 'Guardada por {name} el {date}',
	'importConflicts.savedOn': 'Guardada el {date}',
	'importConflicts.file': 'Respuesta en su hoja de cálculo',
	'importConflicts.keepCurrent': 'Conservar la respuesta actual',
	'importConflicts.takeFile': 'Usar la respuesta de la hoja de cálculo',
	'importConflicts.submit': 'Guardar mis elecciones',
	'importConflicts.pageTitle': 'Respuestas cambiadas desde que se creó su hoja de cálculo',
	'importConflicts.nothing':
		'Ahora no hay nada que elegir aquí. Para subir respuestas desde una hoja de cálculo, utilice la página de subida.',
	'importConflicts.uploadLink': 'Subir sus respuestas desde una hoja de cálculo'
};

export const importConflictsIt: Record<keyof typeof importConflictsEn, string> = {
	'importConflicts.title':
		'Alcune risposte non sono state salvate: qualcuno le ha modificate dopo la creazione del foglio di calcolo',
	'importConflicts.applied': 'Risposte salvate dal foglio di calcolo: {count}.',
	'importConflicts.text':
		'Il foglio di calcolo modifica anche le risposte elencate qui sotto, ma un collega le ha salvate dopo che il foglio è stato scaricato. Non si perde nulla: per ciascuna, scegli quale versione tenere.',
	'importConflicts.again':
		'Qualcuno ha salvato di nuovo queste risposte mentre sceglievi, quindi non sono state salvate. Scegli di nuovo con la versione più recente.',
	'importConflicts.listTitle': 'Scegli quale versione tenere',
	'importConflicts.section': 'Sezione: {section}',
	'importConflicts.current': 'Risposta attuale',
	'importConflicts.savedBy': 'Salvata da {name} il {date}',
	'importConflicts.savedOn': 'Salvata il {date}',
	'importConflicts.file': 'Risposta nel tuo foglio di calcolo',
	'importConflicts.keepCurrent': 'Tieni la risposta attuale',
	'importConflicts.takeFile': 'Usa la risposta del foglio di calcolo',
	'importConflicts.submit': 'Salva le mie scelte',
	'importConflicts.pageTitle': 'Risposte modificate dopo la creazione del tuo foglio di calcolo',
	'importConflicts.nothing':
		'Al momento qui non c’è nulla da scegliere. Per caricare risposte da un foglio di calcolo, usa la pagina di caricamento.',
	'importConflicts.uploadLink': 'Carica le risposte da un foglio di calcolo'
};
