/**
 * Interface text that helps screen-reader and keyboard users: table captions (visually hidden where the heading
 * above says the same), skip links and error messages. en.ts, fr.ts and de.ts spread it.
 */
export const a11yEn = {
	'a11y.caption.extensions': 'Extensions granted in this cycle',
	'a11y.caption.recipients': 'Cities and people who will get the reminder',
	'a11y.caption.cycles': 'Cycles',
	'a11y.caption.candidates': 'Examples from questionnaires that could become good practices',
	'a11y.caption.practices': 'Good practices',
	'a11y.caption.people': 'People with an account',
	'a11y.caption.cities': 'Cities',
	'a11y.caption.participation': 'Cycles this city took part in',
	'a11y.caption.data': 'Data sets and their downloads',
	'a11y.caption.history': 'Saved versions of this answer',
	'a11y.errorTitle': 'Error: {title}',
	'a11y.error.personName': 'Enter the person’s name',
	'a11y.error.yourName': 'Enter your name',
	'a11y.error.nameTooLong': 'The name must be 120 characters or fewer',
	'a11y.error.role': 'Choose a role',
	'a11y.title.filtered': '{title}: {filters}',
	'a11y.title.page': '{title}, page {page}',
	'a11y.title.filteredMark': 'filtered',
	'a11y.title.search': 'search “{q}”'
} as const;

export const a11yFr: Record<keyof typeof a11yEn, string> = {
	'a11y.caption.extensions': 'Prolongations accordées dans ce cycle',
	'a11y.caption.recipients': 'Villes et personnes qui recevront le rappel',
	'a11y.caption.cycles': 'Cycles',
	'a11y.caption.candidates': 'Exemples tirés des questionnaires qui pourraient devenir des bonnes pratiques',
	'a11y.caption.practices': 'Bonnes pratiques',
	'a11y.caption.people': 'Personnes ayant un compte',
	'a11y.caption.cities': 'Villes',
	'a11y.caption.participation': 'Cycles auxquels cette ville a participé',
	'a11y.caption.data': 'Jeux de données et leurs téléchargements',
	'a11y.caption.history': 'Versions enregistrées de cette réponse',
	'a11y.errorTitle': 'Erreur : {title}',
	'a11y.error.personName': 'Saisissez le nom de la personne',
	'a11y.error.yourName': 'Saisissez votre nom',
	'a11y.error.nameTooLong': 'Le nom doit compter 120 caractères au plus',
	'a11y.error.role': 'Choisissez un rôle',
	'a11y.title.filtered': '{title} : {filters}',
	'a11y.title.page': '{title}, page {page}',
	'a11y.title.filteredMark': 'filtré',
	'a11y.title.search': 'recherche « {q} »'
};

export const a11yDe: Record<keyof typeof a11yEn, string> = {
	'a11y.caption.extensions': 'In diesem Zyklus gewährte Fristverlängerungen',
	'a11y.caption.recipients': 'Städte und Personen, die die Erinnerung erhalten',
	'a11y.caption.cycles': 'Zyklen',
	'a11y.caption.candidates': 'Beispiele aus Fragebögen, die gute Praxis werden könnten',
	'a11y.caption.practices': 'Gute Praxis',
	'a11y.caption.people': 'Personen mit einem Konto',
	'a11y.caption.cities': 'Städte',
	'a11y.caption.participation': 'Zyklen, an denen diese Stadt teilnahm',
	'a11y.caption.data': 'Datensätze und ihre Downloads',
	'a11y.caption.history': 'Gespeicherte Fassungen dieser Antwort',
	'a11y.errorTitle': 'Fehler: {title}',
	'a11y.error.personName': 'Geben Sie den Namen der Person ein',
	'a11y.error.yourName': 'Geben Sie Ihren Namen ein',
	'a11y.error.nameTooLong': 'Der Name darf höchstens 120 Zeichen lang sein',
	'a11y.error.role': 'Wählen Sie eine Rolle',
	'a11y.title.filtered': '{title}: {filters}',
	'a11y.title.page': '{title}, Seite {page}',
	'a11y.title.filteredMark': 'gefiltert',
	'a11y.title.search': 'Suche „{q}“'
};

export const a11yEs: Record<keyof typeof a11yEn, string> = {
	'a11y.caption.extensions': 'Prórrogas concedidas en este ciclo',
	'a11y.caption.recipients': 'Ciudades y personas que recibirán el recordatorio',
	'a11y.caption.cycles': 'Ciclos',
	'a11y.caption.candidates': 'Ejemplos de los cuestionarios que podrían convertirse en buenas prácticas',
	'a11y.caption.practices': 'Buenas prácticas',
	'a11y.caption.people': 'Personas con cuenta',
	'a11y.caption.cities': 'Ciudades',
	'a11y.caption.participation': 'Ciclos en los que participó esta ciudad',
	'a11y.caption.data': 'Conjuntos de datos y sus descargas',
	'a11y.caption.history': 'Versiones guardadas de esta respuesta',
	'a11y.errorTitle': 'Error: {title}',
	'a11y.error.personName': 'Escriba el nombre de la persona',
	'a11y.error.yourName': 'Escriba su nombre',
	'a11y.error.nameTooLong': 'El nombre debe tener 120 caracteres como máximo',
	'a11y.error.role': 'Elija un rol',
	'a11y.title.filtered': '{title}: {filters}',
	'a11y.title.page': '{title}, página {page}',
	'a11y.title.filteredMark': 'filtrado',
	'a11y.title.search': 'búsqueda «{q}»'
};

export const a11yIt: Record<keyof typeof a11yEn, string> = {
	'a11y.caption.extensions': 'Proroghe concesse in questo ciclo',
	'a11y.caption.recipients': 'Città e persone che riceveranno il promemoria',
	'a11y.caption.cycles': 'Cicli',
	'a11y.caption.candidates': 'Esempi dai questionari che potrebbero diventare buone pratiche',
	'a11y.caption.practices': 'Buone pratiche',
	'a11y.caption.people': 'Persone con un account',
	'a11y.caption.cities': 'Città',
	'a11y.caption.participation': 'Cicli a cui questa città ha partecipato',
	'a11y.caption.data': 'Serie di dati e relativi download',
	'a11y.caption.history': 'Versioni salvate di questa risposta',
	'a11y.errorTitle': 'Errore: {title}',
	'a11y.error.personName': 'Inserisci il nome della persona',
	'a11y.error.yourName': 'Inserisci il tuo nome',
	'a11y.error.nameTooLong': 'Il nome deve avere al massimo 120 caratteri',
	'a11y.error.role': 'Scegli un ruolo',
	'a11y.title.filtered': '{title}: {filters}',
	'a11y.title.page': '{title}, pagina {page}',
	'a11y.title.filteredMark': 'filtrato',
	'a11y.title.search': 'ricerca “{q}”'
};
