/**
 * Limits that keep a chapter a chapter: a title on one line, a body of at most about 30 printed pages. The
 * editor's fields say them as `maxlength`; chapter-form.ts, which only the server runs, refuses more.
 */
export const chapterLimits = { title: 200, body: 100_000 } as const;
