/**
 * Interface text that says, on each question, whether it must be answered before the response is submitted,
 * and lists on a section's page what it still needs. en.ts, fr.ts and de.ts spread it.
 */
export const requirementsEn = {
	'requirement.required': 'Required',
	'requirement.optional': 'Optional',
	'requirement.depends': 'Required for some answers to “{question}”',
	'requirement.missingTitle':
		'Still to answer in this section before the response can be submitted ({count})',
	'requirement.missingText': 'Saved answers count. Each link goes to the question.'
};

export const requirementsFr: Record<keyof typeof requirementsEn, string> = {
	'requirement.required': 'Obligatoire',
	'requirement.optional': 'Facultatif',
	'requirement.depends': 'Obligatoire pour certaines réponses à « {question} »',
	'requirement.missingTitle':
		'Encore à remplir dans cette section avant de pouvoir soumettre la réponse ({count})',
	'requirement.missingText': 'Seules les réponses enregistrées comptent. Chaque lien mène à la question.'
};

export const requirementsDe: Record<keyof typeof requirementsEn, string> = {
	'requirement.required': 'Pflichtangabe',
	'requirement.optional': 'Freiwillig',
	'requirement.depends': 'Pflicht bei bestimmten Antworten auf „{question}“',
	'requirement.missingTitle':
		'In diesem Abschnitt noch zu beantworten, bevor die Antwort eingereicht werden kann ({count})',
	'requirement.missingText': 'Es zählen gespeicherte Antworten. Jeder Link führt zur Frage.'
};

export const requirementsEs: Record<keyof typeof requirementsEn, string> = {
	'requirement.required': 'Obligatoria',
	'requirement.optional': 'Opcional',
	'requirement.depends': 'Obligatoria para algunas respuestas a «{question}»',
	'requirement.missingTitle':
		'Pendientes de responder en esta sección antes de poder enviar la respuesta ({count})',
	'requirement.missingText': 'Cuentan las respuestas guardadas. Cada enlace lleva a la pregunta.'
};

export const requirementsIt: Record<keyof typeof requirementsEn, string> = {
	'requirement.required': 'Obbligatoria',
	'requirement.optional': 'Facoltativa',
	'requirement.depends': 'Obbligatoria per alcune risposte a “{question}”',
	'requirement.missingTitle':
		'Ancora da rispondere in questa sezione prima di poter inviare la risposta ({count})',
	'requirement.missingText': 'Contano le risposte salvate. Ogni link porta alla domanda.'
};
