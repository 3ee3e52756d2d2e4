import type { Item } from '$lib/domain/questionnaire/definition';

/** An answer an upload changes that someone saved since the file was made, as the choice form shows it. */
export interface ShownConflict {
	itemId: string;
	item: Item;
	section: string;
	question: string;
	/** The answer now, with the revision a choice for the file's value must still find, who saved it and when. */
	current: { value: unknown; revision: number; savedBy: string | null; savedAt: string };
	fileValue: unknown;
	/** The file's value as the choice form carries it back (a hidden field), so nothing in the file is lost. */
	fileJson: string;
}
