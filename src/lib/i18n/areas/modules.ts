/**
 * Interface text for the answers to a questionnaire's topical modules, in the secretariat's analysis and in the
 * report's generated part. Each language's catalogue (en.ts, fr.ts, de.ts, es.ts, it.ts) spreads its own.
 */
export const modulesEn = {
	'modules.nav': 'Topical modules',
	'modules.pageTitle': 'Topical modules: {cycle}',
	'modules.intro':
		'The answers to the questionnaire’s topical modules, question by question: how many cities chose each answer, each city’s figure with its year and source, and what cities wrote.',
	'modules.none': 'This cycle’s questionnaire has no topical module.',
	'modules.answering':
		'{count} of the {total} responding cities answered at least one question of this module.',
	'modules.noAnswers': 'No city has answered this question.',
	'modules.answer': 'Answer',
	'modules.cities': 'Cities',
	'modules.several': '{count} cities answered; each could choose several answers.',
	'modules.answered': '{count} cities answered.',
	'modules.countsCaption': '{question}: cities per answer',
	'modules.figuresCaption': '{question}: each city’s figure',
	'modules.summaryCaption': '{question}: total and median',
	'modules.total': 'Total',
	'modules.median': 'Median',
	'modules.unit': 'Unit: {unit}',
	'modules.city': 'City',
	'modules.figure': 'Figure',
	'modules.year': 'Year',
	'modules.source': 'Source',
	'modules.notGiven': 'not given',
	'modules.filesAttached': '{count} cities attached files.',
	'modules.withheld':
		'Withheld: fewer than {minimum} cities answered this question, and this cycle shows no city’s own answers.',
	'modules.aggregatesOnly':
		'This cycle shows aggregates only: each city’s own figures and texts are not published.',
	'report.part.module-results': 'Topical modules'
};

export const modulesFr: Record<keyof typeof modulesEn, string> = {
	'modules.nav': 'Modules thématiques',
	'modules.pageTitle': 'Modules thématiques : {cycle}',
	'modules.intro':
		'Les réponses aux modules thématiques du questionnaire, question par question : combien de villes ont choisi chaque réponse, le chiffre de chaque ville avec son année et sa source, et ce que les villes ont écrit.',
	'modules.none': 'Le questionnaire de ce cycle n’a pas de module thématique.',
	'modules.answering':
		'{count} des {total} villes répondantes ont répondu à au moins une question de ce module.',
	'modules.noAnswers': 'Aucune ville n’a répondu à cette question.',
	'modules.answer': 'Réponse',
	'modules.cities': 'Villes',
	'modules.several': '{count} villes ont répondu ; chacune pouvait choisir plusieurs réponses.',
	'modules.answered': '{count} villes ont répondu.',
	'modules.countsCaption': '{question} : villes par réponse',
	'modules.figuresCaption': '{question} : le chiffre de chaque ville',
	'modules.summaryCaption': '{question} : total et médiane',
	'modules.total': 'Total',
	'modules.median': 'Médiane',
	'modules.unit': 'Unité : {unit}',
	'modules.city': 'Ville',
	'modules.figure': 'Chiffre',
	'modules.year': 'Année',
	'modules.source': 'Source',
	'modules.notGiven': 'non indiqué',
	'modules.filesAttached': '{count} villes ont joint des fichiers.',
	'modules.withheld':
		'Non publié : moins de {minimum} villes ont répondu à cette question, et ce cycle ne montre les réponses d’aucune ville.',
	'modules.aggregatesOnly':
		'Ce cycle ne montre que des totaux : les chiffres et les textes de chaque ville ne sont pas publiés.',
	'report.part.module-results': 'Modules thématiques'
};

export const modulesDe: Record<keyof typeof modulesEn, string> = {
	'modules.nav': 'Thematische Module',
	'modules.pageTitle': 'Thematische Module: {cycle}',
	'modules.intro':
		'Die Antworten auf die thematischen Module des Fragebogens, Frage für Frage: wie viele Städte jede Antwort gewählt haben, die Zahl jeder Stadt mit Jahr und Quelle, und was die Städte geschrieben haben.',
	'modules.none': 'Der Fragebogen dieses Zyklus hat kein thematisches Modul.',
	'modules.answering':
		'{count} der {total} antwortenden Städte haben mindestens eine Frage dieses Moduls beantwortet.',
	'modules.noAnswers': 'Keine Stadt hat diese Frage beantwortet.',
	'modules.answer': 'Antwort',
	'modules.cities': 'Städte',
	'modules.several': '{count} Städte haben geantwortet; jede konnte mehrere Antworten wählen.',
	'modules.answered': '{count} Städte haben geantwortet.',
	'modules.countsCaption': '{question}: Städte je Antwort',
	'modules.figuresCaption': '{question}: die Zahl jeder Stadt',
	'modules.summaryCaption': '{question}: Summe und Median',
	'modules.total': 'Summe',
	'modules.median': 'Median',
	'modules.unit': 'Einheit: {unit}',
	'modules.city': 'Stadt',
	'modules.figure': 'Zahl',
	'modules.year': 'Jahr',
	'modules.source': 'Quelle',
	'modules.notGiven': 'nicht angegeben',
	'modules.filesAttached': '{count} Städte haben Dateien angehängt.',
	'modules.withheld':
		'Zurückgehalten: Weniger als {minimum} Städte haben diese Frage beantwortet, und dieser Zyklus zeigt keine Antworten einzelner Städte.',
	'modules.aggregatesOnly':
		'Dieser Zyklus zeigt nur Gesamtzahlen: Zahlen und Texte einzelner Städte werden nicht veröffentlicht.',
	'report.part.module-results': 'Thematische Module'
};

export const modulesEs: Record<keyof typeof modulesEn, string> = {
	'modules.nav': 'Módulos temáticos',
	'modules.pageTitle': 'Módulos temáticos: {cycle}',
	'modules.intro':
		'Las respuestas a los módulos temáticos del cuestionario, pregunta por pregunta: cuántas ciudades eligieron cada respuesta, la cifra de cada ciudad con su año y su fuente, y lo que escribieron las ciudades.',
	'modules.none': 'El cuestionario de este ciclo no tiene ningún módulo temático.',
	'modules.answering':
		'{count} de las {total} ciudades que respondieron contestaron al menos una pregunta de este módulo.',
	'modules.noAnswers': 'Ninguna ciudad ha respondido a esta pregunta.',
	'modules.answer': 'Respuesta',
	'modules.cities': 'Ciudades',
	'modules.several': 'Respondieron {count} ciudades; cada una podía elegir varias respuestas.',
	'modules.answered': 'Respondieron {count} ciudades.',
	'modules.countsCaption': '{question}: ciudades por respuesta',
	'modules.figuresCaption': '{question}: la cifra de cada ciudad',
	'modules.summaryCaption': '{question}: total y mediana',
	'modules.total': 'Total',
	'modules.median': 'Mediana',
	'modules.unit': 'Unidad: {unit}',
	'modules.city': 'Ciudad',
	'modules.figure': 'Cifra',
	'modules.year': 'Año',
	'modules.source': 'Fuente',
	'modules.notGiven': 'sin indicar',
	'modules.filesAttached': '{count} ciudades adjuntaron archivos.',
	'modules.withheld':
		'No se publica: menos de {minimum} ciudades respondieron a esta pregunta, y este ciclo no muestra las respuestas de ninguna ciudad en concreto.',
	'modules.aggregatesOnly':
		'Este ciclo solo muestra totales: las cifras y los textos de cada ciudad no se publican.',
	'report.part.module-results': 'Módulos temáticos'
};

export const modulesIt: Record<keyof typeof modulesEn, string> = {
	'modules.nav': 'Moduli tematici',
	'modules.pageTitle': 'Moduli tematici: {cycle}',
	'modules.intro':
		'Le risposte ai moduli tematici del questionario, domanda per domanda: quante città hanno scelto ciascuna risposta, il dato di ogni città con il suo anno e la sua fonte, e ciò che le città hanno scritto.',
	'modules.none': 'Il questionario di questo ciclo non ha moduli tematici.',
	'modules.answering':
		'Delle {total} città che hanno risposto al questionario, {count} hanno risposto ad almeno una domanda di questo modulo.',
	'modules.noAnswers': 'Nessuna città ha risposto a questa domanda.',
	'modules.answer': 'Risposta',
	'modules.cities': 'Città',
	'modules.several': 'Hanno risposto {count} città; ognuna poteva scegliere più risposte.',
	'modules.answered': 'Hanno risposto {count} città.',
	'modules.countsCaption': '{question}: città per risposta',
	'modules.figuresCaption': '{question}: il dato di ogni città',
	'modules.summaryCaption': '{question}: totale e mediana',
	'modules.total': 'Totale',
	'modules.median': 'Mediana',
	'modules.unit': 'Unità: {unit}',
	'modules.city': 'Città',
	'modules.figure': 'Dato',
	'modules.year': 'Anno',
	'modules.source': 'Fonte',
	'modules.notGiven': 'non indicato',
	'modules.filesAttached': '{count} città hanno allegato file.',
	'modules.withheld':
		'Non pubblicato: meno di {minimum} città hanno risposto a questa domanda e questo ciclo non mostra le risposte delle singole città.',
	'modules.aggregatesOnly':
		'Questo ciclo mostra solo dati aggregati: i dati e i testi delle singole città non sono pubblicati.',
	'report.part.module-results': 'Moduli tematici'
};
