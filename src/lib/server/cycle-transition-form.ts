import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { error, fail } from '@sveltejs/kit';
import { transitionSchema } from '$lib/domain/cycle-forms';
import { formValues } from '$lib/domain/forms';
import { localeNames } from '$lib/domain/locale';
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
	const parsed = transitionSchema.safeParse(formValues(form, ['from', 'to']));
	const illegal = { transitionErrors: { transition: 'cycles.illegalTransition' } };
	if (!parsed.success || parsed.data.to === 'published') return fail(409, illegal);
	const result = await transitionCycle(locals.app.db, actor, cycleId, parsed.data.to, parsed.data.from);
	if (result.ok) return { transitioned: result.to };
	if (result.reason === 'not_found') error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	if (result.reason === 'stale')
		return fail(409, {
			transitionErrors: {
				transition: {
					message: 'cycles.staleStatus',
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
	if (result.reason === 'missing_translations')
		return fail(409, {
			transitionErrors: {
				transition: {
					message: 'editor.cannotOpenMissingTexts',
					params: {
						missing: result.missing
							.map(({ locale, count }) =>
								m.editor_missingInLanguage(
									{ language: localeNames[locale], count },
									{ locale: locals.locale }
								)
							)
							.join(', ')
					}
				}
			}
		});
	return fail(409, illegal);
}
