import { z } from 'zod';
import { parseStoredId, storedId } from '../stored-integer';
import { chapterForm } from './chapter-form';
import { generatedParts } from './parts';

/** "Place after": a section id, or empty for the end of the report. */
const placeAfter = z.string().trim().transform(parseStoredId);

const sectionId = storedId;

/** The builder's "Add a chapter" form: the chapter starts with a title and no text. */
export const addChapterForm = z.object({ title: chapterForm.shape.title, after: placeAfter });

/** The builder's "Add a generated part" form: only the parts the report does not have yet are offered. */
export const addPartForm = z.object({
	part: z.enum(generatedParts, 'reportBuilder.error.partRequired'),
	after: placeAfter
});

export const moveSectionForm = z.object({ id: sectionId, direction: z.enum(['up', 'down']) });

/** Removing a chapter asks first; `confirmed` is set by the confirmation step's button. */
export const removeSectionForm = z.object({
	id: sectionId,
	confirmed: z.string().transform((value) => value === 'yes')
});

/** Publishing: the person confirms having read the preview; `seen` is the cycle state their page showed. */
export const publishForm = z.object({
	seen: z.enum(['draft', 'open', 'closed', 'published']),
	confirm: z.literal('yes', 'reportBuilder.error.confirmPublish')
});

/** Words of a chapter's Markdown as a reader counts them (marks like # or ** are not words). */
export function wordCount(markdown: string): number {
	return markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
