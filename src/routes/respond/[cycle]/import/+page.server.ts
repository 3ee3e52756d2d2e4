import { m } from '$lib/paraglide/messages.js';
import { error, fail, redirect } from '@sveltejs/kit';
import { isEditable } from '$lib/domain/response-access';
import { textOf, withShownTexts } from '$lib/server/i18n/shown-text';
import type { Locale } from '$lib/domain/locale';
import { importResponse } from '$lib/server/commands/import-response';
import type { ImportError } from '$lib/server/imports/response-workbook';
import type { ShownConflict } from '$lib/components/import/types';
import { coordinatorResponse, shownConflicts } from './conflicts';
import type { Actions, PageServerLoad } from './$types';

// A filled sheet is some tens of kilobytes; 5 MB leaves room for pasted formatting, not for anything else.
const maxMb = 5;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { view } = await coordinatorResponse(locals, url, params.cycle);
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		editable: isEditable(view.context),
		instructions: instructions(locals.locale)
	};
};

/**
 * The page's explanations in the reader's language, made here: sentences only shown, never changed by the
 * script, so the page's JavaScript need not carry them in five languages.
 */
function instructions(locale: Locale) {
	return {
		lead: m.import_lead({}, { locale }),
		stepDownload: m.import_stepDownload({}, { locale }),
		downloadLink: m.import_downloadLink({}, { locale }),
		stepFill: m.import_stepFill({}, { locale }),
		stepUpload: m.import_stepUpload({}, { locale }),
		allOrNothing: m.import_allOrNothing({}, { locale }),
		replaces: m.import_replaces({}, { locale }),
		documents: m.import_documents({}, { locale }),
		fileHint: m.import_fileHint({ maxMb }, { locale }),
		locked: m.import_locked({}, { locale })
	};
}

/**
 * Why nothing was saved: the upload itself (no file, too large: `fileError`, made text by withShownTexts), or
 * the problems found in the sheet, each as text with the row and field it is about.
 */
function refused(fileError: 'import.tooLarge' | 'import.chooseFile' | null) {
	const problem = fileError ? { message: fileError, params: { maxMb } } : null;
	return {
		fileError: problem,
		sheetProblems: [] as SheetProblem[],
		applied: 0,
		conflicts: [] as ShownConflict[]
	};
}

function sheetProblems(errors: ImportError[], locale: Locale) {
	return errors.map((error) => ({ row: error.row, field: error.field, text: textOf(error, locale) }));
}
type SheetProblem = ReturnType<typeof sheetProblems>[number];

export const actions = withShownTexts({
	default: async ({ locals, params, request, url }) => {
		const { actor, view } = await coordinatorResponse(locals, url, params.cycle);
		// A body that cannot be read is over BODY_SIZE_LIMIT (input-guard.ts refuses every other unreadable form).
		const file = await request
			.formData()
			.then((form) => form.get('file'))
			.catch(() => undefined);
		if (file === undefined) return fail(413, refused('import.tooLarge'));
		if (!(file instanceof File) || file.size === 0) return fail(422, refused('import.chooseFile'));
		if (file.size > maxMb * 1024 * 1024) return fail(413, refused('import.tooLarge'));

		const bytes = new Uint8Array(await file.arrayBuffer());
		const result = await importResponse(locals.app.db, actor, view.context.id, bytes);
		if (result.ok && result.conflicts.length === 0)
			redirect(303, `/respond/${encodeURIComponent(view.cycle.slug)}?imported=${result.changed}`);
		// Answers changed since the file was made: the rest is saved, these wait for the person's choice.
		if (result.ok)
			return fail(409, {
				...refused(null),
				applied: result.changed,
				conflicts: shownConflicts(view.context.definition, result.conflicts, locals.locale)
			});
		if (result.reason === 'invalid')
			return fail(422, { ...refused(null), sheetProblems: sheetProblems(result.errors, locals.locale) });
		error(
			result.reason === 'forbidden' ? 403 : 404,
			(result.reason === 'forbidden' ? m.error_forbiddenTitle : m.error_notFoundTitle)(
				{},
				{ locale: locals.locale }
			)
		);
	}
} satisfies Actions);
