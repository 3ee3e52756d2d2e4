/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const reviewEn = {} as const;

export const reviewFr: Record<keyof typeof reviewEn, string> = {};

export const reviewDe: Record<keyof typeof reviewEn, string> = {};
