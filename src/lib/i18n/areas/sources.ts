/**
 * Interface text that says where a shown fact comes from, or that no held text confirms it: the signatory
 * count beside the reports' own figure, unverified signings, populations without a recorded source.
 * en.ts, fr.ts and de.ts spread it.
 */
export const sourcesEn = {
	'home.signatoriesNote':
		'The {source} counts {reported} signatories in {year}, in Europe and North America; the texts held here do not name them all. The figure above counts only the cities whose signing is recorded here: {recordedByYear} by the end of {year} and {recordedSince} since.',
	'cities.unverified': 'unverified',
	'cities.unverifiedNote':
		'“Unverified”: the signing comes from news we could not check against a held report.',
	'city.populationNote': 'approximate figure; its source is not recorded'
};

export const sourcesFr: Record<keyof typeof sourcesEn, string> = {
	'home.signatoriesNote':
		'D’après le {source}, la Charte comptait {reported} signataires en {year}, en Europe et en Amérique du Nord ; les textes dont nous disposons ne les nomment pas tous. Le chiffre ci-dessus ne compte que les villes dont la signature est enregistrée ici : {recordedByYear} jusqu’à la fin de {year} et {recordedSince} depuis.',
	'cities.unverified': 'non vérifiée',
	'cities.unverifiedNote':
		'« Non vérifiée » : la signature provient d’une actualité que nous n’avons pas pu vérifier dans un rapport disponible.',
	'city.populationNote': 'chiffre approximatif ; sa source n’est pas enregistrée'
};

export const sourcesDe: Record<keyof typeof sourcesEn, string> = {
	'home.signatoriesNote':
		'Laut dem {source} hatte die Charta {year} {reported} Unterzeichnerstädte in Europa und Nordamerika; die hier vorliegenden Texte nennen nicht alle. Die Zahl oben zählt nur die Städte, deren Unterzeichnung hier erfasst ist: {recordedByYear} bis Ende {year} und {recordedSince} seitdem.',
	'cities.unverified': 'nicht überprüft',
	'cities.unverifiedNote':
		'„Nicht überprüft“: Die Unterzeichnung stammt aus einer Meldung, die wir an keinem vorliegenden Bericht prüfen konnten.',
	'city.populationNote': 'ungefähre Zahl; ihre Quelle ist nicht erfasst'
};

export const sourcesEs: Record<keyof typeof sourcesEn, string> = {
	'home.signatoriesNote':
		'El {source} cuenta {reported} firmantes en {year}, en Europa y América del Norte; los textos que conservamos aquí no los nombran a todos. La cifra de arriba solo cuenta las ciudades cuya firma está registrada aquí: {recordedByYear} a finales de {year} y {recordedSince} desde entonces.',
	'cities.unverified': 'sin verificar',
	'cities.unverifiedNote':
		'«Sin verificar»: la firma procede de noticias que no hemos podido contrastar con un informe que conservemos.',
	'city.populationNote': 'cifra aproximada; su fuente no está registrada'
};

export const sourcesIt: Record<keyof typeof sourcesEn, string> = {
	'home.signatoriesNote':
		'Secondo il {source}, la Carta contava {reported} firmatarie nel {year}, in Europa e in America del Nord; i testi conservati qui non le nominano tutte. Il numero qui sopra conta solo le città la cui firma è registrata qui: {recordedByYear} entro la fine del {year} e {recordedSince} in seguito.',
	'cities.unverified': 'non verificata',
	'cities.unverifiedNote':
		'“Non verificata”: la firma proviene da notizie che non abbiamo potuto confrontare con un rapporto conservato.',
	'city.populationNote': 'dato approssimativo; la sua fonte non è registrata'
};
