import type { Item } from '$lib/domain/questionnaire/definition';
import { inEveryLanguage } from '$lib/domain/questionnaire/localized';
import type { TypeName } from '$lib/question-types/registry';

/**
 * A new question of a type with the least settings that make it valid; the person completes it on its own
 * page (options of a choice, fields of a list, limits). Ratings are the Charter's core and come only from the
 * version copied, so a new one would repeat a commitment and be refused by the definition check.
 */
export function newItem(type: TypeName, id: string, label: string): Item {
	const base = { id, label: { en: label }, required: false };
	switch (type) {
		case 'rating':
			return { ...base, type, commitment: 1 };
		case 'text':
			return { ...base, type, multiline: true };
		case 'number':
			return {
				...base,
				type,
				unit: { en: 'number', fr: 'nombre', de: 'Anzahl', es: 'número', it: 'numero' },
				withYear: false,
				withSource: false
			};
		case 'indicator':
			return { ...base, type, unit: inEveryLanguage('%') };
		case 'choice':
		case 'multi_choice':
			return {
				...base,
				type,
				options: [
					{ value: 'yes', label: { en: 'Yes', fr: 'Oui', de: 'Ja', es: 'Sí', it: 'Sì' } },
					{ value: 'no', label: { en: 'No', fr: 'Non', de: 'Nein', es: 'No', it: 'No' } }
				]
			};
		case 'list':
			return {
				...base,
				type,
				fields: [{ key: 'title', label: { en: 'Title' }, kind: 'text', required: true }]
			};
		case 'links':
			return { ...base, type };
		case 'attachments':
			return { ...base, type, maxFiles: 5, maxBytes: 10_000_000, accept: ['pdf'] };
	}
}
