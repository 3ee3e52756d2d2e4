import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';

// The notices the page's actions and the sign-up redirect with (`?notice=copied`).
const notices: Record<string, typeof m.respond_copied> = {
	welcome: m.cityPeople_welcomeSection,
	copied: m.respond_copied,
	uploaded: m.respond_uploaded,
	removed: m.respond_removed,
	replied: m.review_noticeReplied
};

/**
 * The answer page's fixed words in the reader's language, made by its load: as compiled messages each would
 * carry all five languages into the page's JavaScript (decision 26). Words that depend on what happens in the
 * browser (the autosave status's time, a colleague's name in a conflict) come with `{slot}`s that the page
 * fills (`lib/i18n/fill-in.ts`). Kept out of the browser by `client-imports.test.ts`.
 */
export function answerPageTexts(page: { notice: string | null; missingCount: number }, locale: Locale) {
	const options = { locale };
	return {
		backToSections: m.respond_backToSections({}, options),
		/** The notice named in the address, or null for none (or a name this page does not know). */
		notice: page.notice && Object.hasOwn(notices, page.notice) ? notices[page.notice]!({}, options) : null,
		saved: m.respond_saved({}, options),
		conditionalHint: m.respond_conditionalHint({}, options),
		missingTitle: m.requirement_missingTitle({ count: page.missingCount }, options),
		missingText: m.requirement_missingText({}, options),
		noReopenedHere: m.review_noReopenedHere({}, options),
		onlyReopened: m.review_onlyReopened({}, options),
		save: m.respond_save({}, options),
		saveAndBack: m.respond_saveAndBack({}, options),
		completedNote: m.respond_completedNote({}, options),
		markCompleted: m.respond_markCompleted({}, options),
		markNotCompleted: m.respond_markNotCompleted({}, options),
		status: {
			saving: m.respond_saving({}, options),
			savedAt: m.respond_savedAt({ time: '{time}' }, options),
			invalid: m.respond_autosaveFailed({}, options),
			conflict: m.respond_conflictStatus({}, options),
			taken: m.respond_keptTheirs({}, options),
			offline: m.respond_offline({}, options),
			restored: m.respond_restoredDraft({}, options),
			signedOut: m.respond_sessionExpired({}, options),
			signInAgain: m.respond_signInAgain({}, options)
		},
		conflict: conflictWords(locale),
		thread: {
			title: m.review_cityThreadTitle({ question: '{question}' }, options),
			replyLabel: m.review_replyLabel({}, options),
			replyHint: m.review_replyHint({}, options),
			replyHintAgain: m.review_replyHintAgain({}, options),
			sendReply: m.review_sendReply({}, options),
			hiddenQuestion: m.respond_hiddenQueriedQuestion({}, options)
		}
	};
}

/** The conflict panel's words; `{name}`, `{question}` and `{when}` are filled by the panel. */
function conflictWords(locale: Locale) {
	const options = { locale };
	const slots = { name: '{name}', question: '{question}', when: '{when}' };
	return {
		title: m.respond_conflictTitle({}, options),
		text: m.respond_conflictText(slots, options),
		choose: m.respond_conflictChoose(slots, options),
		theirs: m.respond_conflictTheirs({}, options),
		savedBy: m.respond_conflictSavedBy(slots, options),
		mine: m.respond_conflictMine({}, options),
		mineNote: m.respond_conflictMineNote({}, options),
		useTheirs: m.respond_useTheirs({}, options),
		keepMine: m.respond_keepMine({}, options),
		merge: m.respond_merge({}, options),
		mergedVersion: m.respond_mergedVersion({}, options),
		mergeHint: m.respond_mergeHint({}, options),
		saveMerged: m.respond_saveMerged({}, options)
	};
}
