/**
 * What the practice form's component shares with the code that reads the posted form: the values it shows and
 * its field names. Apart from practice-form.ts, whose Zod schema only the server runs, so the page's JavaScript
 * carries no Zod.
 */

/** Rows of links the form offers; a practice keeps at most this many. */
export const maxLinks = 5;

export interface PracticeFormValues {
	cityId: string;
	title: string;
	summary: string;
	language: string;
	startYear: string;
	endYear: string;
	ongoing: boolean;
	commitments: string[];
	trends: string[];
	themes: string[];
	targetGroups: string[];
	funding: string[];
	links: { url: string; title: string }[];
	sourceReport: string;
	sourceYear: string;
}

/** Field ids of the link rows; the error summary links to them. */
export const linkFieldId = (row: number, part: 'url' | 'title') => `link-${row}-${part}`;
