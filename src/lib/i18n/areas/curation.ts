/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const curationEn = {} as const;

export const curationFr: Record<keyof typeof curationEn, string> = {};

export const curationDe: Record<keyof typeof curationEn, string> = {};
