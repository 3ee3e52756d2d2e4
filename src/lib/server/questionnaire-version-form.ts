import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { CoreIssue } from '$lib/domain/questionnaire-editor/core-protection';
import type { EditProblem } from '$lib/domain/questionnaire-editor/edits';
import { translator } from '$lib/server/i18n/translator';
import type { EditVersionResult } from './commands/edit-questionnaire-version';
import { questionnaireVersion } from './reads/questionnaire-versions';

/** An error shown in the editor's error summary: a message key of the editor area and its values. */
export type EditorError = string | { message: string; params?: Record<string, string | number> };

const problemMessages: Record<EditProblem, string> = {
	unknown_section: 'editor.unknownSection',
	unknown_item: 'editor.unknownItem',
	unknown_module: 'editor.unknownModule',
	cannot_move: 'editor.cannotMove'
};

const coreMessages: Record<CoreIssue['problem'], string> = {
	removed: 'editor.coreRemoved',
	retyped: 'editor.coreRetyped',
	commitment_changed: 'editor.coreRenumbered'
};

/** The revision the page showed, posted with every editor form. */
export const revisionSchema = z.coerce.number().int().nonnegative();

export function seenRevision(form: FormData): number {
	const parsed = revisionSchema.safeParse(form.get('revision'));
	return parsed.success ? parsed.data : -1;
}

/** The version a page is about, or a 404. */
export async function versionOrNotFound(locals: App.Locals, version: string) {
	const stored = await questionnaireVersion(locals.app.db, version);
	if (!stored) error(404, translator(locals.locale)('error.notFoundTitle'));
	return stored;
}

/**
 * A refused change as the page shows it: every message in the error summary (the first linked to `field`,
 * the form's first input) and what the person typed, so nothing is lost.
 */
export function editRefused(
	result: Exclude<EditVersionResult, { ok: true }>,
	field: string,
	values: Record<string, unknown>
) {
	const errors: Record<string, EditorError> = {};
	const add = (message: EditorError) => {
		errors[Object.keys(errors).length === 0 ? field : `${field}-${Object.keys(errors).length}`] = message;
	};
	switch (result.error) {
		case 'forbidden':
			error(403);
			break;
		case 'not_found':
			error(404);
			break;
		case 'frozen':
			add('editor.frozen');
			break;
		case 'stale':
			add('editor.stale');
			break;
		case 'edit':
			add(problemMessages[result.problem]);
			break;
		case 'invalid':
			for (const issue of result.issues)
				add({ message: 'editor.definitionIssue', params: { where: issue.path, issue: issue.message } });
			break;
		case 'core':
			for (const issue of result.issues)
				add({
					message: coreMessages[issue.problem],
					params: { item: issue.itemId, commitment: issue.commitment }
				});
			break;
	}
	return fail(result.error === 'stale' || result.error === 'frozen' ? 409 : 422, { values, errors });
}
