/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const progressEn = {} as const;

export const progressFr: Record<keyof typeof progressEn, string> = {};

export const progressDe: Record<keyof typeof progressEn, string> = {};
