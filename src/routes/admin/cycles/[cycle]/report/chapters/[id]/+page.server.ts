import { m } from '$lib/paraglide/messages.js';
import { error, fail } from '@sveltejs/kit';
import { chapterForm } from '$lib/domain/report/chapter-form';
import { parseStoredId } from '$lib/domain/stored-integer';
import { fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { requireSecretariat } from '$lib/server/guards';
import { reportChapterHistory } from '$lib/server/reads/report-chapter-history';
import { reportSection } from '$lib/server/reads/report-sections';
import type { Actions, PageServerLoad } from './$types';
import { refusalMessage, reportCycle } from '../../report-cycle';
import { chapterHistoryTexts, shownVersion } from '$lib/components/report-builder/chapter-history-texts';
import { withShownTexts } from '$lib/server/i18n/shown-text';

async function findChapter(locals: App.Locals, cycleId: number, id: string) {
	const sectionId = parseStoredId(id);
	const section = sectionId === null ? null : await reportSection(locals.app.db, cycleId, sectionId);
	if (!section || section.kind !== 'chapter') error(404, translator(locals.locale)('error.notFoundTitle'));
	return section;
}

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts() {
	return {
		reportBuilder_chapter_bodyLabel: m.reportBuilder_chapter_bodyLabel(),
		reportBuilder_chapter_readOnly: m.reportBuilder_chapter_readOnly(),
		reportBuilder_chapter_saved: m.reportBuilder_chapter_saved(),
		reportBuilder_preview: m.reportBuilder_preview(),
		reportBuilder_chapter_languageHint: m.reportBuilder_chapter_languageHint(),
		reportBuilder_chapter_languageLabel: m.reportBuilder_chapter_languageLabel(),
		reportBuilder_chapter_save: m.reportBuilder_chapter_save(),
		reportBuilder_chapter_titleLabel: m.reportBuilder_chapter_titleLabel(),
		reportBuilder_status_conflict: m.reportBuilder_status_conflict(),
		reportBuilder_status_offline: m.reportBuilder_status_offline(),
		reportBuilder_status_published: m.reportBuilder_status_published(),
		reportBuilder_status_saving: m.reportBuilder_status_saving(),
		reportBuilder_status_signIn: m.reportBuilder_status_signIn(),
		reportBuilder_status_signedOut: m.reportBuilder_status_signedOut(),
		reportBuilder_markdown_intro: m.reportBuilder_markdown_intro(),
		reportBuilder_markdown_heading: m.reportBuilder_markdown_heading(),
		reportBuilder_markdown_bold: m.reportBuilder_markdown_bold(),
		reportBuilder_markdown_italic: m.reportBuilder_markdown_italic(),
		reportBuilder_markdown_list: m.reportBuilder_markdown_list(),
		reportBuilder_markdown_link: m.reportBuilder_markdown_link(),
		reportBuilder_markdown_html: m.reportBuilder_markdown_html()
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await reportCycle(locals, params.cycle);
	const chapter = await findChapter(locals, cycle.id, params.id);
	const history = await reportChapterHistory(locals.app.db, cycle.id, chapter.id);
	return {
		texts: {
			...pageTexts(),
			pageTitle: m.reportBuilder_chapter_pageTitle({ title: chapter.title ?? '' }),
			backToOutline: m.reportBuilder_backToOutline({ cycle: cycle.name })
		},
		cycle,
		chapter: {
			id: chapter.id,
			title: chapter.title ?? '',
			body: chapter.body,
			language: chapter.language,
			version: chapter.version
		},
		history: history.map((entry) => shownVersion(entry, locals.locale)),
		historyTexts: chapterHistoryTexts(),
		readOnly: cycle.status === 'published'
	};
};

export const actions = withShownTexts({
	/** The Save button without JavaScript, and the autosave with it: the same action, the same answers. */
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const chapter = await findChapter(locals, cycle.id, params.id);
		const values = formValues(await request.formData(), ['title', 'body', 'language', 'version']);
		const parsed = chapterForm.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await saveReportChapter(locals.app.db, actor, cycle.id, chapter.id, parsed.data);
		if (result.ok) return { saved: true, version: result.version, savedAt: new Date().toISOString() };
		// Nothing typed is lost: the page gets the text back, with the other person's when they saved meanwhile.
		if (result.reason === 'conflict') return fail(409, { values, conflict: result.current });
		return fail(409, { values, refused: refusalMessage(locals, result.reason) });
	}
} satisfies Actions);
