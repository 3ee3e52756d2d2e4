import type { Locale } from '$lib/domain/locale';
import { formatDateTime } from '$lib/domain/progress/formatters';
import { m } from '$lib/paraglide/messages.js';

/** One saved version of a chapter as the history shows it. */
export interface ShownVersion {
	version: number;
	title: string | null;
	body: string;
	/** "Version 3, saved by Ana on 4 May 2026 at 10:12", in the reader's language. */
	heading: string;
	/** The label of the version's read-only text box. */
	textLabel: string;
}

/**
 * The chapter history's words and each version's heading, made by the page's load: the history is only read, so
 * its messages need not travel to the browser in all five languages.
 */
export function chapterHistoryTexts() {
	return {
		title: m.reportBuilder_history_title(),
		none: m.reportBuilder_history_none(),
		titleLabel: m.reportBuilder_history_titleLabel(),
		emptyText: m.reportBuilder_history_emptyText()
	};
}

export type ChapterHistoryTexts = ReturnType<typeof chapterHistoryTexts>;

export function shownVersion(
	entry: { version: number; title: string | null; body: string; savedAt: Date; savedBy: string | null },
	locale: Locale
): ShownVersion {
	return {
		version: entry.version,
		title: entry.title,
		body: entry.body,
		heading: m.reportBuilder_history_entry({
			version: entry.version,
			name: entry.savedBy ?? m.reportBuilder_history_unknown(),
			at: formatDateTime(locale, entry.savedAt.toISOString())
		}),
		textLabel: m.reportBuilder_history_textLabel({ version: entry.version })
	};
}
