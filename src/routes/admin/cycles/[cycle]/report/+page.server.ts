import type { Locale } from '$lib/domain/locale';
import { formatDateTime } from '$lib/domain/progress/formatters';
import { formatNumber } from '$lib/i18n';
import { pageTranslator } from '$lib/i18n/page-translator';
import { sectionLabel } from '$lib/components/report-builder/section-label';
import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { fail, redirect } from '@sveltejs/kit';
import { fieldErrors, formValues } from '$lib/domain/forms';
import {
	addChapterForm,
	addPartForm,
	moveSectionForm,
	publishForm,
	removeSectionForm,
	wordCount
} from '$lib/domain/report/outline-forms';
import { missingParts } from '$lib/domain/report/parts';
import {
	addReportSection,
	moveReportSection,
	removeReportSection
} from '$lib/server/commands/change-report-outline';
import { publishReport } from '$lib/server/commands/publish-report';
import { startReport } from '$lib/server/commands/start-report';
import { printAfterPublishing } from '$lib/server/exports/print-after-publishing';
import { requireSecretariat } from '$lib/server/guards';
import { chapterLastSaved } from '$lib/server/reads/report-chapter-history';
import { cycleHasModules } from '$lib/server/reads/module-results';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import type { Actions, PageServerLoad } from './$types';
import { refusalMessage, reportCycle } from './report-cycle';
import { withShownTexts } from '$lib/server/i18n/shown-text';

const notices = ['started', 'added', 'moved', 'removed'] as const;

/** "120 words, last saved …" in the reader's language: the outline's line under a chapter's heading. */
function chapterState(locale: Locale, words: number, lastSaved: Date | null): string {
	if (words === 0) return m.reportBuilder_state_empty();
	const count =
		words === 1
			? m.reportBuilder_state_oneWord()
			: m.reportBuilder_state_words({ count: formatNumber(locale, words) });
	return lastSaved
		? m.reportBuilder_state_wordsSaved({ words: count, at: formatDateTime(locale, lastSaved.toISOString()) })
		: count;
}

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts(cycle: { name: string }) {
	return {
		title: m.reportBuilder_title({ cycle: cycle.name }),
		backToCycle: m.reportBuilder_backToCycle({ cycle: cycle.name }),
		reportBuilder_linksLabel: m.reportBuilder_linksLabel(),
		reportBuilder_notStarted: m.reportBuilder_notStarted(),
		reportBuilder_notWrittenHere: m.reportBuilder_notWrittenHere(),
		reportBuilder_outlineTitle: m.reportBuilder_outlineTitle(),
		reportBuilder_preview: m.reportBuilder_preview(),
		reportBuilder_publishLink: m.reportBuilder_publishLink(),
		reportBuilder_publish_readPublic: m.reportBuilder_publish_readPublic(),
		reportBuilder_readOnly: m.reportBuilder_readOnly(),
		reportBuilder_startButton: m.reportBuilder_startButton(),
		reportBuilder_add_after: m.reportBuilder_add_after(),
		reportBuilder_add_allParts: m.reportBuilder_add_allParts(),
		reportBuilder_add_chapterButton: m.reportBuilder_add_chapterButton(),
		reportBuilder_add_chapterTitle: m.reportBuilder_add_chapterTitle(),
		reportBuilder_add_partButton: m.reportBuilder_add_partButton(),
		reportBuilder_add_partHint: m.reportBuilder_add_partHint(),
		reportBuilder_add_partLabel: m.reportBuilder_add_partLabel(),
		reportBuilder_add_partTitle: m.reportBuilder_add_partTitle(),
		reportBuilder_add_titleLabel: m.reportBuilder_add_titleLabel(),
		reportBuilder_publish_button: m.reportBuilder_publish_button(),
		reportBuilder_publish_confirm: m.reportBuilder_publish_confirm(),
		reportBuilder_publish_explain: m.reportBuilder_publish_explain(),
		reportBuilder_publish_published: m.reportBuilder_publish_published(),
		reportBuilder_publish_startFirst: m.reportBuilder_publish_startFirst(),
		reportBuilder_publish_title: m.reportBuilder_publish_title(),
		steps_publishCloseCycle: m.steps_publishCloseCycle(),
		steps_publishNotYet: m.steps_publishNotYet(),
		reportBuilder_moveDown: m.reportBuilder_moveDown(),
		reportBuilder_moveUp: m.reportBuilder_moveUp(),
		reportBuilder_remove: m.reportBuilder_remove()
	};
}

/** The notice after an outline change, as text (picked in the page, all four would come in five languages). */
function noticeText(notice: (typeof notices)[number] | undefined): string | null {
	if (!notice) return null;
	return {
		added: m.reportBuilder_notice_added,
		moved: m.reportBuilder_notice_moved,
		removed: m.reportBuilder_notice_removed,
		started: m.reportBuilder_notice_started
	}[notice]();
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await reportCycle(locals, params.cycle);
	const [stored, saved, hasModules] = await Promise.all([
		reportSectionsOf(locals.app.db, cycle.id),
		chapterLastSaved(locals.app.db, cycle.id),
		cycleHasModules(locals.app.db, cycle.id)
	]);
	const done = url.searchParams.get('done');
	const t = pageTranslator(locals.locale);
	return {
		texts: pageTexts(cycle),
		cycle,
		// Bodies stay on the server: the outline needs only how much each chapter has.
		sections: stored.map(({ id, kind, title, body }) => ({
			id,
			kind,
			label: sectionLabel(t, { kind, title }),
			state: kind === 'chapter' ? chapterState(locals.locale, wordCount(body), saved.get(id) ?? null) : '',
			// The same test as publishing's: a chapter with no text blocks it.
			empty: kind === 'chapter' && body.trim() === ''
		})),
		missing: missingParts(stored, { hasModules }).map((kind) => ({
			kind,
			label: sectionLabel(t, { kind, title: null })
		})),
		notice: noticeText(notices.find((notice) => notice === done))
	};
};

/** Back to the outline at the section concerned, so keyboard users continue where they were. */
const backTo = (slug: string, done: (typeof notices)[number], sectionId?: number) =>
	redirect(303, `/admin/cycles/${slug}/report?done=${done}${sectionId ? `#section-${sectionId}` : ''}`);

export const actions = withShownTexts({
	start: async ({ locals, params, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const result = await startReport(
			locals.app.db,
			actor,
			cycle.id,
			{
				introduction: m.report_outline_introduction({}, { locale: locals.locale }),
				conclusions: m.report_outline_conclusions({}, { locale: locals.locale })
			},
			locals.locale
		);
		if (!result.ok) return fail(409, { refused: refusalMessage(locals, result.reason) });
		backTo(cycle.slug, 'started');
	},
	addChapter: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const values = formValues(await request.formData(), ['title', 'after']);
		const parsed = addChapterForm.safeParse(values);
		if (!parsed.success) return fail(422, { chapterValues: values, errors: fieldErrors(parsed.error) });
		const { title, after } = parsed.data;
		const chapter = { kind: 'chapter' as const, title, language: locals.locale };
		const result = await addReportSection(locals.app.db, actor, cycle.id, chapter, after);
		if (!result.ok) return fail(409, { refused: refusalMessage(locals, result.reason) });
		backTo(cycle.slug, 'added', result.sectionId);
	},
	addPart: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const values = formValues(await request.formData(), ['part', 'after']);
		const parsed = addPartForm.safeParse(values);
		if (!parsed.success) return fail(422, { partValues: values, errors: fieldErrors(parsed.error) });
		const { part, after } = parsed.data;
		const result = await addReportSection(locals.app.db, actor, cycle.id, { kind: part, title: null }, after);
		if (!result.ok) return fail(409, { refused: refusalMessage(locals, result.reason) });
		backTo(cycle.slug, 'added', result.sectionId);
	},
	move: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const parsed = moveSectionForm.safeParse(formValues(await request.formData(), ['id', 'direction']));
		if (!parsed.success) return fail(400, { refused: 'reportBuilder.refused.badRequest' });
		const { id, direction } = parsed.data;
		const result = await moveReportSection(locals.app.db, actor, cycle.id, id, direction);
		if (!result.ok) return fail(409, { refused: refusalMessage(locals, result.reason) });
		backTo(cycle.slug, 'moved', id);
	},
	remove: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const parsed = removeSectionForm.safeParse(formValues(await request.formData(), ['id', 'confirmed']));
		if (!parsed.success) return fail(400, { refused: 'reportBuilder.refused.badRequest' });
		const { id, confirmed } = parsed.data;
		const section = (await reportSectionsOf(locals.app.db, cycle.id)).find((s) => s.id === id);
		if (!section) refusalMessage(locals, 'not_found');
		// A chapter holds someone's writing: it is removed only after the person has read what happens to it.
		if (section?.kind === 'chapter' && !confirmed)
			return { confirmRemove: { id, title: section.title ?? '' } };
		const result = await removeReportSection(locals.app.db, actor, cycle.id, id);
		if (!result.ok) return fail(409, { refused: refusalMessage(locals, result.reason) });
		backTo(cycle.slug, 'removed');
	},
	publish: async ({ locals, params, request, url, fetch }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await reportCycle(locals, params.cycle);
		const parsed = publishForm.safeParse(formValues(await request.formData(), ['seen', 'confirm']));
		if (!parsed.success) return fail(422, { errors: fieldErrors(parsed.error) });
		const result = await publishReport(locals.app.db, actor, cycle.id, parsed.data.seen);
		if (result.ok) {
			await printAfterPublishing(locals.app.db, locals.app.files, fetch, cycle.slug);
			redirect(303, `/reports/${cycle.slug}`);
		}
		switch (result.reason) {
			case 'empty_chapters':
				return fail(409, { emptyChapters: result.chapters });
			case 'stale':
			case 'illegal':
				return fail(409, {
					errors: {
						confirm: {
							message: `reportBuilder.publish.${result.reason}`,
							params: {
								status: pick(
									{
										closed: m.cycles_status_closed,
										draft: m.cycles_status_draft,
										open: m.cycles_status_open,
										published: m.cycles_status_published
									},
									result.current
								)({}, { locale: locals.locale })
							}
						}
					}
				});
			case 'not_started':
				return fail(409, { errors: { confirm: 'reportBuilder.publish.notStarted' } });
			default:
				return fail(409, { refused: refusalMessage(locals, result.reason) });
		}
	}
} satisfies Actions);
