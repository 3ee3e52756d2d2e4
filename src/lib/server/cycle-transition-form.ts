import { error, fail } from '@sveltejs/kit';
import { transitionSchema } from '$lib/domain/cycle-forms';
import { formValues } from '$lib/domain/forms';
import { localeNames } from '$lib/domain/locale';
import { translator } from '$lib/i18n';
import { transitionCycle } from './commands/transition-cycle';

/**
 * Opens or closes a cycle from a plain form (`from`, the state the page showed, and `to`). Publishing is not
 * done here: it comes with the report. Used by the cycle's page after its confirmation step.
 */
export async function transitionFromForm(
	locals: App.Locals,
	actor: SignedInUser,
	cycleId: number,
	form: FormData
) {
	const t = translator(locals.locale);
	const parsed = transitionSchema.safeParse(formValues(form, ['from', 'to']));
	const illegal = { transitionErrors: { transition: 'cycles.illegalTransition' } };
	if (!parsed.success || parsed.data.to === 'published') return fail(409, illegal);
	const result = await transitionCycle(locals.app.db, actor, cycleId, parsed.data.to, parsed.data.from);
	if (result.ok) return { transitioned: result.to };
	if (result.reason === 'not_found') error(404, t('error.notFoundTitle'));
	if (result.reason === 'stale')
		return fail(409, {
			transitionErrors: {
				transition: {
					message: 'cycles.staleStatus',
					params: { status: t(`cycles.status.${result.current}`) }
				}
			}
		});
	if (result.reason === 'missing_translations')
		return fail(409, {
			transitionErrors: {
				transition: {
					message: 'editor.cannotOpenMissingTexts',
					params: {
						missing: result.missing
							.map(({ locale, count }) =>
								t('editor.missingInLanguage', { language: localeNames[locale], count })
							)
							.join(', ')
					}
				}
			}
		});
	return fail(409, illegal);
}
