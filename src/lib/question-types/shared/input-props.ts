import type { Locale } from '$lib/domain/locale';
import type { Translate } from '$lib/i18n';
import type { QuestionTexts } from '$lib/i18n/question-texts';
import type { ShownText } from '$lib/i18n/shown-text';
import type { FormFields } from './form';

/** What every question input receives. */
export interface QuestionProps {
	fields: FormFields;
	/** The error beside each field, by the field's name: text the server made in the reader's language. */
	errors: Record<string, ShownText>;
	locale: Locale;
	t: Translate;
	/** The questions' fixed words, made by the page's load in `locale`. */
	texts: QuestionTexts;
}

/** What a type's Input.svelte receives; each takes the parts it needs. */
export interface InputProps<I> extends QuestionProps {
	item: I;
	/** The id of the question's title, for an input that has no label of its own. */
	labelledBy: string;
	/** The saved value: attachments list their files from it (files are never typed into a form). */
	value: unknown;
	/** Where attached files download from (`<filesHref>/<fileId>`). */
	filesHref: string;
}

export function text(fields: FormFields, name: string): string {
	const value = fields[name];
	return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
	const present = ids.filter(Boolean);
	return present.length ? present.join(' ') : undefined;
}

/** A stored value read as a record (a rating, a figure); anything else reads as having no parts. */
export function recordOf(value: unknown): Record<string, unknown> {
	return (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
		string,
		unknown
	>;
}

/** A stored value read as rows (a list, links, files, chosen options). */
export function rowsOf(value: unknown): Record<string, unknown>[] {
	return (Array.isArray(value) ? value : []) as Record<string, unknown>[];
}
