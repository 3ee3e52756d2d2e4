import type { Locale } from '$lib/domain/locale';

/**
 * A stored answer as readable parts: plain data, so a page's load can make it on the server and the browser
 * only shows it (ShownSummary.svelte), without every question type's summary code.
 */
export type SummaryPart =
	| {
			kind: 'text';
			text: string;
			/** `answer`: what the city wrote, in a language not known (`lang=""`). */
			tone?: 'strong' | 'muted' | 'answer';
			/** Starts on a new line. */
			newLine?: boolean;
	  }
	| {
			kind: 'rows';
			rows: SummaryRow[];
			/** Rows the city wrote, in a language not known (`lang=""`). */
			written?: boolean;
	  };

export interface SummaryRow {
	text: string;
	/** Where the row links to (an attached file), only where the reader may download it. */
	href?: string;
	/** The file name a link downloads as. */
	download?: string;
	/** Shown after the link or text (a file's size). */
	after?: string;
}

/** What each type's summary receives: a stored, non-empty answer. */
export interface SummaryInput<I> {
	item: I;
	value: unknown;
	locale: Locale;
	/** Where attached files link to, only where the reader may download them. */
	filesHref: string | null;
}

export const textPart = (
	text: string,
	more: Omit<Extract<SummaryPart, { kind: 'text' }>, 'kind' | 'text'> = {}
) => ({ kind: 'text', text, ...more }) satisfies SummaryPart;
