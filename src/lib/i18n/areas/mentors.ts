/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const mentorsEn = {} as const;

export const mentorsFr: Record<keyof typeof mentorsEn, string> = {};

export const mentorsDe: Record<keyof typeof mentorsEn, string> = {};
