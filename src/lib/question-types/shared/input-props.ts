import type { FormFields } from '$lib/domain/questionnaire/form-values';
import type { Locale } from '$lib/domain/locale';
import type { Translate } from '$lib/i18n';

/** An error shown beside a field: a message key and the values to fill into it. */
export interface FieldMessage {
	message: string;
	params?: Record<string, string | number>;
}

/** What every question component receives. */
export interface QuestionProps {
	fields: FormFields;
	errors: Record<string, FieldMessage>;
	locale: Locale;
	t: Translate;
}

export function text(fields: FormFields, name: string): string {
	const value = fields[name];
	return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
	const present = ids.filter(Boolean);
	return present.length ? present.join(' ') : undefined;
}
