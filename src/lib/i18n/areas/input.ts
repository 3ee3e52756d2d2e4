/**
 * What a malformed request is told (src/lib/server/input-guard.ts, handleError): a short, plain answer instead
 * of a server error. en.ts, fr.ts and de.ts spread it.
 */
export const inputEn = {
	'input.badRequestTitle': 'This request could not be understood',
	'input.badAddress':
		'This web address contains characters that no address on this site has. Check the link, or go to the home page.',
	'input.notAForm':
		'This address only accepts forms sent from its own page. Go back to the page and send it again.',
	'input.badForm': 'The form could not be read. Go back to the page and send it again.',
	'input.tooLarge': 'What was sent is too large. Send less, or a smaller file.',
	'input.badRevision':
		'This answer could not be saved because the page sent a version number that does not exist. Reload the page and save again.',
	'import.unpackedTooLarge':
		'The file is too large: unpacked, it holds more than {maxMb} MB. Use the spreadsheet downloaded on this page, filled in.'
};

export const inputFr: Record<keyof typeof inputEn, string> = {
	'input.badRequestTitle': 'Cette demande n’a pas pu être comprise',
	'input.badAddress':
		'Cette adresse web contient des caractères qu’aucune adresse de ce site ne contient. Vérifiez le lien, ou allez à la page d’accueil.',
	'input.notAForm':
		'Cette adresse n’accepte que les formulaires envoyés depuis sa propre page. Revenez à la page et envoyez-le à nouveau.',
	'input.badForm': 'Le formulaire n’a pas pu être lu. Revenez à la page et envoyez-le à nouveau.',
	'input.tooLarge': 'L’envoi est trop volumineux. Envoyez moins, ou un fichier plus petit.',
	'input.badRevision':
		'Cette réponse n’a pas pu être enregistrée : la page a envoyé un numéro de version qui n’existe pas. Rechargez la page et enregistrez à nouveau.',
	'import.unpackedTooLarge':
		'Le fichier est trop volumineux : décompressé, il contient plus de {maxMb} Mo. Utilisez le tableur téléchargé sur cette page, rempli.'
};

export const inputDe: Record<keyof typeof inputEn, string> = {
	'input.badRequestTitle': 'Diese Anfrage konnte nicht verstanden werden',
	'input.badAddress':
		'Diese Webadresse enthält Zeichen, die keine Adresse dieser Website enthält. Prüfen Sie den Link oder gehen Sie zur Startseite.',
	'input.notAForm':
		'Diese Adresse nimmt nur Formulare an, die von ihrer eigenen Seite gesendet werden. Gehen Sie zurück zur Seite und senden Sie es erneut.',
	'input.badForm':
		'Das Formular konnte nicht gelesen werden. Gehen Sie zurück zur Seite und senden Sie es erneut.',
	'input.tooLarge': 'Das Gesendete ist zu groß. Senden Sie weniger oder eine kleinere Datei.',
	'input.badRevision':
		'Diese Antwort konnte nicht gespeichert werden: Die Seite hat eine Versionsnummer gesendet, die es nicht gibt. Laden Sie die Seite neu und speichern Sie erneut.',
	'import.unpackedTooLarge':
		'Die Datei ist zu groß: Entpackt enthält sie mehr als {maxMb} MB. Verwenden Sie die auf dieser Seite heruntergeladene Tabelle, ausgefüllt.'
};

export const inputEs: Record<keyof typeof inputEn, string> = {
	'input.badRequestTitle': 'No se ha podido entender esta solicitud',
	'input.badAddress':
		'Esta dirección web contiene caracteres que ninguna dirección de este sitio tiene. Compruebe el enlace o vaya a la página de inicio.',
	'input.notAForm':
		'Esta dirección solo acepta formularios enviados desde su propia página. Vuelva a la página y envíelo de nuevo.',
	'input.badForm': 'No se ha podido leer el formulario. Vuelva a la página y envíelo de nuevo.',
	'input.tooLarge': 'Lo enviado es demasiado grande. Envíe menos, o un archivo más pequeño.',
	'input.badRevision':
		'No se ha podido guardar esta respuesta porque la página envió un número de versión que no existe. Vuelva a cargar la página y guarde de nuevo.',
	'import.unpackedTooLarge':
		'El archivo es demasiado grande: descomprimido, ocupa más de {maxMb} MB. Utilice la hoja de cálculo descargada en esta página, rellenada.'
};

export const inputIt: Record<keyof typeof inputEn, string> = {
	'input.badRequestTitle': 'Questa richiesta non è comprensibile',
	'input.badAddress':
		'Questo indirizzo web contiene caratteri che nessun indirizzo di questo sito contiene. Controlla il link oppure vai alla home page.',
	'input.notAForm':
		'Questo indirizzo accetta solo moduli inviati dalla sua pagina. Torna alla pagina e invialo di nuovo.',
	'input.badForm': 'Il modulo non è leggibile. Torna alla pagina e invialo di nuovo.',
	'input.tooLarge': 'Ciò che è stato inviato è troppo grande. Invia meno dati o un file più piccolo.',
	'input.badRevision':
		'Questa risposta non è stata salvata perché la pagina ha inviato un numero di versione che non esiste. Ricarica la pagina e salva di nuovo.',
	'import.unpackedTooLarge':
		'Il file è troppo grande: decompresso supera {maxMb} MB. Usa il foglio di calcolo scaricato da questa pagina, compilato.'
};
