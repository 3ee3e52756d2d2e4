import { z } from 'zod';
import { storedIdField } from '../stored-integer';
import { contentLanguages } from '../content-language';
import { chapterLimits } from './chapter-limits';

/**
 * A chapter as the builder's form sends it. Messages are keys of the message files (report area), so the
 * page can say what to do in the person's language.
 */
export const chapterForm = z.object({
	title: z
		.string()
		.trim()
		.min(1, 'report.error.titleRequired')
		.max(chapterLimits.title, 'report.error.titleTooLong'),
	body: z
		.string()
		.max(chapterLimits.body, 'report.error.bodyTooLong')
		.transform((body) => body.replace(/\r\n/g, '\n')),
	language: z.enum(contentLanguages, 'report.error.languageUnknown'),
	version: storedIdField('input.badRevision')
});

export type ChapterForm = z.infer<typeof chapterForm>;
