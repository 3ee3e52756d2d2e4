/**
 * HTML field names of questionnaire inputs. One convention, shared by the forms, form-values.ts and the errors
 * of validate.ts, so an error can always be linked to the input it is about (GOV.UK error summary):
 *
 * - `<itemId>`                 a simple value (text, choice, multi_choice checkboxes), or a whole collection
 *                              (list, links, attachments: the page gives their fieldset id="<itemId>");
 * - `<itemId>.<part>`          one part of a compound value: 'c6-rating.rating', 'c6-rating.evidence',
 *                              'fb-share.value', 'fb-share.year', 'fb-share.source', 'fb-share.definition',
 *                              'fb-share.differentDataSet', 'fb-share.nationalOnly';
 * - `<itemId>.<row>.<key>`     one cell of a repeatable row, row counted from 0: 'good-practices.2.title',
 *                              'links.0.url', 'attachments.1.fileId'.
 *
 * Ids are kebab-case and keys are letters, digits, - and _ (the definition schema enforces it), so a dot
 * always separates segments.
 */
export function fieldName(itemId: string, ...parts: (string | number)[]): string {
	return [itemId, ...parts].join('.');
}
