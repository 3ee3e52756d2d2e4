/**
 * Where things are in a city's response workbook, shared by the writer (exports/response-xlsx.ts) and the
 * reader (imports/response-workbook.ts) so the two cannot drift apart.
 */

export const answersSheetName = 'Answers';
export const revisionsSheetName = 'Revisions';
/** The first row of the sheet "Revisions": this key, then the response's id. */
export const responseKey = 'response';
export const column = { section: 1, question: 2, item: 3, field: 4, answer: 5 } as const;
export const lastColumn = column.answer;

/** What a file was made from: the response, and each item's revision (an item without an answer: 0). */
export interface MadeFrom {
	responseId: number;
	revisions: Map<string, number>;
}
