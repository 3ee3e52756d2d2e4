/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const analysisEn = {} as const;

export const analysisFr: Record<keyof typeof analysisEn, string> = {};

export const analysisDe: Record<keyof typeof analysisEn, string> = {};
