/**
 * Interface text for how figures are shown: rounded percentages, times in the organisation's time zone, the
 * report a cycle belongs to. en.ts, fr.ts and de.ts spread it.
 */
export const figuresEn = {
	'figures.roundingNote': 'Percentages are rounded, so a row may not add up to 100.',
	'figures.reportOf': 'Report of {cycle}'
};

export const figuresFr: Record<keyof typeof figuresEn, string> = {
	'figures.roundingNote': 'Les pourcentages sont arrondis : une ligne peut donc ne pas totaliser 100.',
	'figures.reportOf': 'Rapport de {cycle}'
};

export const figuresDe: Record<keyof typeof figuresEn, string> = {
	'figures.roundingNote': 'Die Prozentsätze sind gerundet, daher ergibt eine Zeile nicht immer 100.',
	'figures.reportOf': 'Bericht zu {cycle}'
};

export const figuresEs: Record<keyof typeof figuresEn, string> = {
	'figures.roundingNote': 'Los porcentajes están redondeados, por lo que una fila puede no sumar 100.',
	'figures.reportOf': 'Informe de {cycle}'
};

export const figuresIt: Record<keyof typeof figuresEn, string> = {
	'figures.roundingNote': 'Le percentuali sono arrotondate, quindi una riga può non dare 100 come somma.',
	'figures.reportOf': 'Rapporto di {cycle}'
};
