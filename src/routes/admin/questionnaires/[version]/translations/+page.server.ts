import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { isLocale, locales, type Locale } from '$lib/domain/locale';
import { textSlots } from '$lib/domain/questionnaire-editor/text-slots';
import { missingByLocale, withTranslations } from '$lib/domain/questionnaire-editor/translations';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { requireSecretariat } from '$lib/server/guards';
import { editRefused, seenRevision, versionOrNotFound } from '$lib/server/questionnaire-version-form';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/** The language being translated: from the address, else the first one with missing texts. */
function languageOf(url: URL, fallback: Locale): Locale {
	const asked = url.searchParams.get('lang');
	return isLocale(asked) ? asked : fallback;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const stored = await versionOrNotFound(locals, params.version);
	const missing = missingByLocale(stored.definition);
	const firstMissing = locales.find((locale) => locale !== 'en' && missing[locale].length > 0) ?? 'fr';
	const language = languageOf(url, isLocale(firstMissing) ? firstMissing : 'en');
	const showAll = url.searchParams.get('show') === 'all';
	const texts = textSlots(stored.definition)
		.map((slot) => ({
			key: slot.key,
			en: slot.text.en,
			value: (slot.text as Record<string, string | undefined>)[language] ?? ''
		}))
		.filter((text) => showAll || !text.value);
	return {
		stored,
		language,
		showAll,
		texts,
		missingCounts: locales.map((locale) => ({ locale, count: missing[locale].length }))
	};
};

const translationSchema = z.object({
	language: z.enum(locales),
	texts: z.record(z.string(), z.string().max(10_000, 'editor.textTooLong'))
});

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const texts = Object.fromEntries(
			[...form.entries()]
				.filter(([name, value]) => name.startsWith('text:') && typeof value === 'string')
				.map(([name, value]) => [name.slice('text:'.length), value as string])
		);
		const parsed = translationSchema.safeParse({ language: form.get('language'), texts });
		const values = Object.fromEntries(Object.entries(texts).map(([key, value]) => [`text:${key}`, value]));
		if (!parsed.success) return fail(422, { values, errors: { translations: 'editor.textTooLong' } });
		const { language } = parsed.data;
		const filled = Object.values(parsed.data.texts).filter((value) => value.trim()).length;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) => ({ ok: true, definition: withTranslations(d, language, parsed.data.texts) }),
			{ kind: 'translated', detail: { language, texts: filled } }
		);
		if (!result.ok) return editRefused(result, 'translations', values);
		return { done: 'translated', filled };
	}
} satisfies Actions);
