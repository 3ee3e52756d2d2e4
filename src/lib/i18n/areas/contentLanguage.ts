/**
 * The language content is written in: the response's language and each text answer's, chosen by the city, and
 * the short note that tells a reader a text is in another language than theirs.
 */
export const contentLanguageEn = {
	'respond.language.title': 'Language of your answers',
	'respond.language.intro':
		'Say which language your city writes its answers in, so readers and screen readers know. An answer written in another language can say so beside it.',
	'respond.language.label': 'Your answers are written in',
	'respond.language.notChosen': 'Not chosen yet: the language of the first person who writes is taken.',
	'respond.language.save': 'Save the language',
	'respond.language.saved': 'The language of your answers is saved.',
	'respond.language.unknown': 'Choose a language from the list.',
	'respond.language.itemLabel': 'Language of this answer',
	'respond.language.itemSame': 'The response’s language ({language})',
	'respond.language.itemSameUnknown': 'The response’s language',
	'content.writtenIn': 'Written in {language}'
};

export const contentLanguageFr: Record<keyof typeof contentLanguageEn, string> = {
	'respond.language.title': 'Langue de vos réponses',
	'respond.language.intro':
		'Indiquez la langue dans laquelle votre ville rédige ses réponses, pour que lecteurs et lecteurs d’écran le sachent. Une réponse rédigée dans une autre langue peut l’indiquer à côté d’elle.',
	'respond.language.label': 'Vos réponses sont rédigées en',
	'respond.language.notChosen':
		'Pas encore choisie : la langue de la première personne qui écrit est retenue.',
	'respond.language.save': 'Enregistrer la langue',
	'respond.language.saved': 'La langue de vos réponses est enregistrée.',
	'respond.language.unknown': 'Choisissez une langue dans la liste.',
	'respond.language.itemLabel': 'Langue de cette réponse',
	'respond.language.itemSame': 'La langue de la réponse ({language})',
	'respond.language.itemSameUnknown': 'La langue de la réponse',
	'content.writtenIn': 'Rédigé en {language}'
};

export const contentLanguageDe: Record<keyof typeof contentLanguageEn, string> = {
	'respond.language.title': 'Sprache Ihrer Antworten',
	'respond.language.intro':
		'Geben Sie an, in welcher Sprache Ihre Stadt ihre Antworten schreibt, damit Lesende und Screenreader es wissen. Eine Antwort in einer anderen Sprache kann das neben sich angeben.',
	'respond.language.label': 'Ihre Antworten sind verfasst auf',
	'respond.language.notChosen':
		'Noch nicht gewählt: Es gilt die Sprache der ersten Person, die etwas schreibt.',
	'respond.language.save': 'Sprache speichern',
	'respond.language.saved': 'Die Sprache Ihrer Antworten ist gespeichert.',
	'respond.language.unknown': 'Wählen Sie eine Sprache aus der Liste.',
	'respond.language.itemLabel': 'Sprache dieser Antwort',
	'respond.language.itemSame': 'Die Sprache der Antwort ({language})',
	'respond.language.itemSameUnknown': 'Die Sprache der Antwort',
	'content.writtenIn': 'Verfasst auf {language}'
};

export const contentLanguageEs: Record<keyof typeof contentLanguageEn, string> = {
	'respond.language.title': 'Idioma de sus respuestas',
	'respond.language.intro':
		'Indique en qué idioma escribe su ciudad sus respuestas, para que los lectores y los lectores de pantalla lo sepan. Una respuesta escrita en otro idioma puede indicarlo a su lado.',
	'respond.language.label': 'Sus respuestas están escritas en',
	'respond.language.notChosen': 'Aún no elegido: se toma el idioma de la primera persona que escribe.',
	'respond.language.save': 'Guardar el idioma',
	'respond.language.saved': 'Se ha guardado el idioma de sus respuestas.',
	'respond.language.unknown': 'Elija un idioma de la lista.',
	'respond.language.itemLabel': 'Idioma de esta respuesta',
	'respond.language.itemSame': 'El idioma elegido para sus respuestas ({language})',
	'respond.language.itemSameUnknown': 'El idioma elegido para sus respuestas',
	'content.writtenIn': 'Escrito en {language}'
};

export const contentLanguageIt: Record<keyof typeof contentLanguageEn, string> = {
	'respond.language.title': 'Lingua delle tue risposte',
	'respond.language.intro':
		'Indica in quale lingua la tua città scrive le risposte, perché lettori e lettori di schermo lo sappiano. Una risposta scritta in un’altra lingua può indicarlo accanto a sé.',
	'respond.language.label': 'Le tue risposte sono scritte in',
	'respond.language.notChosen': 'Non ancora scelta: vale la lingua della prima persona che scrive.',
	'respond.language.save': 'Salva la lingua',
	'respond.language.saved': 'La lingua delle tue risposte è salvata.',
	'respond.language.unknown': 'Scegli una lingua dall’elenco.',
	'respond.language.itemLabel': 'Lingua di questa risposta',
	'respond.language.itemSame': 'La lingua scelta per le tue risposte ({language})',
	'respond.language.itemSameUnknown': 'La lingua scelta per le tue risposte',
	'content.writtenIn': 'Scritto in {language}'
};
