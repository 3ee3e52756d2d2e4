import { textLanguage, writesFreeText } from '$lib/domain/questionnaire/answer-language';
import { localized } from '$lib/domain/questionnaire/definition';
import { moduleTitleOf } from '$lib/domain/questionnaire/module-of';
import { isShown } from '$lib/domain/questionnaire/shown';
import type { Locale } from '$lib/domain/locale';
import { canSeeSection, type Actor } from '$lib/domain/response-access';
import type { ResponseView } from './reads/response-for-city';

/**
 * The sections a person may see, each with its questions and current answers, for read-only pages. A question
 * not shown given the saved answers (its `shownWhen` is not met) is left out, as on the respond page.
 */
export function answersBySection(actor: Actor, view: ResponseView, locale: Locale) {
	const { context } = view;
	const saved = Object.fromEntries(Object.entries(view.answers).map(([id, answer]) => [id, answer.value]));
	return context.definition.sections
		.filter((section) => canSeeSection(actor, context, section.id))
		.map((section) => ({
			id: section.id,
			title: localized(section.title, locale),
			/** The topical module the section belongs to (its title), null for a core section. */
			module: moduleTitleOf(context.definition, section, locale),
			items: section.items
				.filter((item) => isShown(item, saved))
				.map((item) => ({
					item,
					value: view.answers[item.id]?.value ?? null,
					// The language a free text is in, so read-only pages mark it (null: unknown, or not a text).
					language: writesFreeText(item)
						? textLanguage(view.answers[item.id]?.language, context.language)
						: null
				}))
		}));
}
