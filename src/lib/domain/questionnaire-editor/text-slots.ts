import type { Definition, LocalizedText } from '../questionnaire/definition';

/** One text of a questionnaire, in every language it has, with a key that names it whatever its position. */
export interface TextSlot {
	/**
	 * 'title', 'module.<id>.title', 'module.<id>.intro', 'section.<id>.title', 'section.<id>.intro',
	 * 'item.<id>.label', 'item.<id>.hint', 'item.<id>.unit', 'item.<id>.option.<value>', 'item.<id>.field.<key>'.
	 */
	key: string;
	/** The object inside the definition: changing it changes the definition it was read from. */
	text: LocalizedText;
}

/**
 * Every translatable text of a definition, in questionnaire order. Keys use ids rather than positions so the
 * translations page and the diff name a text the same way after sections or items moved.
 */
export function textSlots(definition: Definition): TextSlot[] {
	const slots: TextSlot[] = [{ key: 'title', text: definition.title }];
	const add = (key: string, text: LocalizedText | undefined) => {
		if (text) slots.push({ key, text });
	};
	for (const module of definition.modules ?? []) {
		add(`module.${module.id}.title`, module.title);
		add(`module.${module.id}.intro`, module.intro);
	}
	for (const section of definition.sections) {
		add(`section.${section.id}.title`, section.title);
		add(`section.${section.id}.intro`, section.intro);
		for (const item of section.items) {
			add(`item.${item.id}.label`, item.label);
			add(`item.${item.id}.hint`, item.hint);
			if (item.type === 'number' || item.type === 'indicator') add(`item.${item.id}.unit`, item.unit);
			if (item.type === 'choice' || item.type === 'multi_choice')
				for (const option of item.options) add(`item.${item.id}.option.${option.value}`, option.label);
			if (item.type === 'list')
				for (const field of item.fields) add(`item.${item.id}.field.${field.key}`, field.label);
		}
	}
	return slots;
}

/** The texts of a definition by key, for comparing two versions. */
export function textsByKey(definition: Definition): Map<string, LocalizedText> {
	return new Map(textSlots(definition).map((slot) => [slot.key, slot.text]));
}

/**
 * A text whose English was edited: the other languages translated the old wording, so they are dropped and
 * show as missing on the translations page; an unchanged English text keeps its translations.
 */
export function withEnglish(previous: LocalizedText | undefined, en: string): LocalizedText {
	return previous && previous.en === en ? previous : { en };
}
