import { isLocale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/definition';
import { requirementOf } from '$lib/domain/questionnaire/validate';
import { requireSecretariat } from '$lib/server/guards';
import { versionOrNotFound } from '$lib/server/questionnaire-version-form';
import type { PageServerLoad } from './$types';

/** The questionnaire as a city would see it, in the language asked (`?lang=`), nothing saved. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const stored = await versionOrNotFound(locals, params.version);
	const asked = url.searchParams.get('lang');
	const language = isLocale(asked) ? asked : locals.locale;
	const labels = new Map(
		stored.definition.sections.flatMap((s) =>
			s.items.map((item) => [item.id, localized(item.label, language)])
		)
	);
	const requirements = Object.fromEntries(
		stored.definition.sections.flatMap((s) =>
			s.items.map((item) => {
				const requirement = requirementOf(item, {});
				return [
					item.id,
					requirement.kind === 'depends'
						? { kind: 'depends' as const, on: labels.get(requirement.on) ?? requirement.on }
						: requirement
				];
			})
		)
	);
	return { stored, language, requirements };
};
