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

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await reportCycle(locals, params.cycle);
	const [stored, saved, hasModules] = await Promise.all([
		reportSectionsOf(locals.app.db, cycle.id),
		chapterLastSaved(locals.app.db, cycle.id),
		cycleHasModules(locals.app.db, cycle.id)
	]);
	const done = url.searchParams.get('done');
	return {
		cycle,
		// Bodies stay on the server: the outline needs only how much each chapter has.
		sections: stored.map(({ id, kind, title, body }) => ({
			id,
			kind,
			title,
			words: kind === 'chapter' ? wordCount(body) : 0,
			// The same test as publishing's: a chapter with no text blocks it.
			empty: kind === 'chapter' && body.trim() === '',
			lastSaved: saved.get(id)?.toISOString() ?? null
		})),
		missing: missingParts(stored, { hasModules }),
		notice: notices.find((notice) => notice === done) ?? null
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
