/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const auditEn = {} as const;

export const auditFr: Record<keyof typeof auditEn, string> = {};

export const auditDe: Record<keyof typeof auditEn, string> = {};
