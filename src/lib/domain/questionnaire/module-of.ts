import type { Locale } from '../locale';
import { localized, type Definition, type Section } from './definition';

/**
 * The title of the topical module a section belongs to, in the reader's language; null for a core section.
 * The questionnaire's pages, its print page and its workbook name it beside the section, so "Housing" reads as
 * part of the module on receiving people who fled the war in Ukraine.
 */
export function moduleTitleOf(
	definition: Pick<Definition, 'modules'>,
	section: Pick<Section, 'module'>,
	locale: Locale
): string | null {
	if (!section.module) return null;
	const found = definition.modules?.find((module) => module.id === section.module);
	return found ? localized(found.title, locale) : null;
}
