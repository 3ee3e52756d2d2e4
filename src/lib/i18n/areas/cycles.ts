/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const cyclesEn = {} as const;

export const cyclesFr: Record<keyof typeof cyclesEn, string> = {};

export const cyclesDe: Record<keyof typeof cyclesEn, string> = {};
