import { m } from '$lib/paraglide/messages.js';
import { isLocale, type Locale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/definition';
import { requirementOf } from '$lib/domain/questionnaire/validate';
import { requireSecretariat } from '$lib/server/guards';
import { questionTexts } from '$lib/server/i18n/question-texts';
import { versionOrNotFound } from '$lib/server/questionnaire-version-form';
import type { PageServerLoad } from './$types';

/**
 * The page's own words: the frame around the sample in the reader's language, each topical module's heading
 * in the previewed one (`language`), like the questions.
 */
function pageTexts(version: string, modules: { id: string; title: string }[], language: Locale) {
	return {
		title: m.editor_previewTitle(),
		siteName: m.site_name(),
		backToVersion: m.editor_backToVersion({ version }),
		lead: m.editor_previewLead(),
		allShown: m.editor_previewAllShown(),
		language: m.editor_previewLanguage(),
		show: m.editor_previewButton(),
		moduleHeadings: Object.fromEntries(
			modules.map((module) => [
				module.id,
				m.editor_previewModule({ module: module.title }, { locale: language })
			])
		)
	};
}

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
	const modules = (stored.definition.modules ?? []).map((module) => ({
		id: module.id,
		title: localized(module.title, language)
	}));
	return {
		texts: pageTexts(stored.version, modules, language),
		questionTexts: questionTexts(language),
		stored,
		language,
		requirements
	};
};
