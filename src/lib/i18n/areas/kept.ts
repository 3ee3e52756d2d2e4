/**
 * Interface text for a form sent after the sender's session ended: the sign-in notice and the page that
 * sends it again. en.ts, fr.ts and de.ts spread it.
 */
export const keptEn = {
	'kept.signInNotice':
		'Your session had ended, so the form you sent was not saved yet. Nothing is lost: it is kept for a day. Sign in, and you can send it again.',
	'kept.title': 'Send the form you typed again',
	'kept.lead':
		'Your session ended before this form reached us, so it has not been saved. It is kept here exactly as you sent it.',
	'kept.from': 'It was sent from this page:',
	'kept.textsTitle': 'What you typed',
	'kept.files': 'Files are not kept. After sending, attach again: {files}.',
	'kept.send': 'Send it now',
	'kept.sendHint':
		'If someone changed the same answers meanwhile, the page shows both versions and you choose; nothing is overwritten without your say.',
	'kept.discard': 'Discard it',
	'kept.discardHint': 'Discarding removes the kept form; the page itself is not changed.',
	'kept.discarded': 'The kept form has been discarded.',
	'kept.backToPage': 'Back to the page',
	'kept.goneTitle': 'Nothing is kept here',
	'kept.gone':
		'This form has already been sent again or discarded, was kept in another browser, or is older than a day.'
};

export const keptFr: Record<keyof typeof keptEn, string> = {
	'kept.signInNotice':
		'Votre session avait pris fin : le formulaire envoyé n’est pas encore enregistré. Rien n’est perdu : il est conservé pendant un jour. Connectez-vous, puis renvoyez-le.',
	'kept.title': 'Renvoyer le formulaire saisi',
	'kept.lead':
		'Votre session a pris fin avant que ce formulaire ne nous parvienne : il n’a pas été enregistré. Il est conservé ici tel que vous l’avez envoyé.',
	'kept.from': 'Il a été envoyé depuis cette page :',
	'kept.textsTitle': 'Ce que vous avez saisi',
	'kept.files': 'Les fichiers ne sont pas conservés. Après l’envoi, joignez-les de nouveau : {files}.',
	'kept.send': 'L’envoyer maintenant',
	'kept.sendHint':
		'Si quelqu’un a modifié les mêmes réponses entre-temps, la page montre les deux versions et vous choisissez ; rien n’est écrasé sans votre accord.',
	'kept.discard': 'L’abandonner',
	'kept.discardHint': 'Abandonner supprime le formulaire conservé ; la page elle-même ne change pas.',
	'kept.discarded': 'Le formulaire conservé a été abandonné.',
	'kept.backToPage': 'Retour à la page',
	'kept.goneTitle': 'Rien n’est conservé ici',
	'kept.gone':
		'Ce formulaire a déjà été renvoyé ou abandonné, a été conservé dans un autre navigateur, ou date de plus d’un jour.'
};

export const keptDe: Record<keyof typeof keptEn, string> = {
	'kept.signInNotice':
		'Ihre Sitzung war abgelaufen, daher ist das gesendete Formular noch nicht gespeichert. Nichts ist verloren: Es wird einen Tag lang aufbewahrt. Melden Sie sich an, dann können Sie es erneut senden.',
	'kept.title': 'Das eingegebene Formular erneut senden',
	'kept.lead':
		'Ihre Sitzung ist abgelaufen, bevor dieses Formular bei uns ankam; es wurde nicht gespeichert. Es ist hier genau so aufbewahrt, wie Sie es gesendet haben.',
	'kept.from': 'Es wurde von dieser Seite gesendet:',
	'kept.textsTitle': 'Was Sie eingegeben haben',
	'kept.files': 'Dateien werden nicht aufbewahrt. Hängen Sie sie nach dem Senden erneut an: {files}.',
	'kept.send': 'Jetzt senden',
	'kept.sendHint':
		'Hat jemand dieselben Antworten inzwischen geändert, zeigt die Seite beide Fassungen und Sie wählen; nichts wird ohne Ihr Zutun überschrieben.',
	'kept.discard': 'Verwerfen',
	'kept.discardHint': 'Verwerfen löscht das aufbewahrte Formular; die Seite selbst bleibt unverändert.',
	'kept.discarded': 'Das aufbewahrte Formular wurde verworfen.',
	'kept.backToPage': 'Zurück zur Seite',
	'kept.goneTitle': 'Hier ist nichts aufbewahrt',
	'kept.gone':
		'Dieses Formular wurde bereits erneut gesendet oder verworfen, in einem anderen Browser aufbewahrt oder ist älter als einen Tag.'
};

export const keptEs: Record<keyof typeof keptEn, string> = {
	'kept.signInNotice':
		'Su sesión había terminado, así que el formulario que envió aún no se ha guardado. No se pierde nada: se conserva durante un día. Inicie sesión y podrá enviarlo de nuevo.',
	'kept.title': 'Volver a enviar el formulario que escribió',
	'kept.lead':
		'Su sesión terminó antes de que nos llegara este formulario, así que no se ha guardado. Se conserva aquí tal como lo envió.',
	'kept.from': 'Se envió desde esta página:',
	'kept.textsTitle': 'Lo que escribió',
	'kept.files': 'Los archivos no se conservan. Después de enviar, vuelva a adjuntar: {files}.',
	'kept.send': 'Enviarlo ahora',
	'kept.sendHint':
		'Si alguien cambió las mismas respuestas entretanto, la página muestra las dos versiones y usted elige; no se sobrescribe nada sin su consentimiento.',
	'kept.discard': 'Descartarlo',
	'kept.discardHint': 'Al descartarlo se elimina el formulario conservado; la página en sí no cambia.',
	'kept.discarded': 'Se ha descartado el formulario conservado.',
	'kept.backToPage': 'Volver a la página',
	'kept.goneTitle': 'Aquí no se conserva nada',
	'kept.gone':
		'Este formulario ya se ha vuelto a enviar o se ha descartado, se conservó en otro navegador o tiene más de un día.'
};

export const keptIt: Record<keyof typeof keptEn, string> = {
	'kept.signInNotice':
		'La tua sessione era scaduta, quindi il modulo che hai inviato non è ancora stato salvato. Non si perde nulla: viene conservato per un giorno. Accedi e potrai inviarlo di nuovo.',
	'kept.title': 'Invia di nuovo il modulo che hai compilato',
	'kept.lead':
		'La tua sessione è scaduta prima che questo modulo ci arrivasse, quindi non è stato salvato. È conservato qui esattamente come l’hai inviato.',
	'kept.from': 'È stato inviato da questa pagina:',
	'kept.textsTitle': 'Ciò che hai scritto',
	'kept.files': 'I file non vengono conservati. Dopo l’invio, allegali di nuovo: {files}.',
	'kept.send': 'Invialo ora',
	'kept.sendHint':
		'Se nel frattempo qualcuno ha modificato le stesse risposte, la pagina mostra entrambe le versioni e scegli tu; nulla viene sovrascritto senza il tuo consenso.',
	'kept.discard': 'Scartalo',
	'kept.discardHint': 'Scartarlo elimina il modulo conservato; la pagina stessa non cambia.',
	'kept.discarded': 'Il modulo conservato è stato scartato.',
	'kept.backToPage': 'Torna alla pagina',
	'kept.goneTitle': 'Qui non è conservato nulla',
	'kept.gone':
		'Questo modulo è già stato inviato di nuovo o scartato, è stato conservato in un altro browser oppure risale a più di un giorno fa.'
};
