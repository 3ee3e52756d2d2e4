import { error } from '@sveltejs/kit';
import type { ShownConflict } from '$lib/components/import/types';
import { canCoordinate } from '$lib/domain/response-access';
import { itemsOf, localized, type Definition } from '$lib/domain/questionnaire';
import type { Locale } from '$lib/domain/locale';
import { translator } from '$lib/server/i18n/translator';
import type { ConflictChoice, ImportConflict } from '$lib/server/commands/import-response';
import { loadOwnResponse } from '$lib/server/respond-guard';

/** Uploading replaces answers of every section, so it is the coordinator's, like submitting. */
export async function coordinatorResponse(locals: App.Locals, url: URL, cycleSlug: string) {
	const own = await loadOwnResponse(locals, url, cycleSlug);
	if (!canCoordinate(own.actor, own.view.context))
		error(403, translator(locals.locale)('error.forbiddenTitle'));
	return own;
}

/** The conflicts an upload or a choice returned, as the page shows them (an item no longer asked is left out). */
export function shownConflicts(
	definition: Definition,
	conflicts: ImportConflict[],
	locale: Locale
): ShownConflict[] {
	const items = new Map(itemsOf(definition).map((found) => [found.item.id, found]));
	return conflicts.flatMap((conflict) => {
		const found = items.get(conflict.itemId);
		if (!found) return [];
		return [
			{
				itemId: conflict.itemId,
				item: found.item,
				section: localized(found.section.title, locale),
				question: localized(found.item.label, locale),
				current: conflict.current,
				fileValue: conflict.fileValue,
				fileJson: JSON.stringify(conflict.fileValue ?? null)
			}
		];
	});
}

/**
 * The choices a conflict form sends: for each `item`, `choice.<item>` ('file' or 'current'),
 * `revision.<item>` (the current revision it showed) and `file.<item>` (the file's value, JSON). Null when
 * the form is not one the page made; a missing choice keeps the current answer, which overwrites nothing.
 */
export function choicesFromForm(form: FormData, definition: Definition): ConflictChoice[] | null {
	const known = new Set(itemsOf(definition).map(({ item }) => item.id));
	const ids = [...new Set(form.getAll('item').map(String))];
	if (ids.length === 0 || ids.length > known.size) return null;
	const choices: ConflictChoice[] = [];
	for (const itemId of ids) {
		const revision = String(form.get(`revision.${itemId}`) ?? '');
		const file = form.get(`file.${itemId}`);
		if (!known.has(itemId) || !/^\d{1,9}$/.test(revision) || typeof file !== 'string') return null;
		let fileValue: unknown;
		try {
			fileValue = JSON.parse(file);
		} catch {
			return null;
		}
		const take = form.get(`choice.${itemId}`) === 'file' ? 'file' : 'current';
		choices.push({ itemId, take, revision: Number(revision), fileValue });
	}
	return choices;
}
