// What the question types' tests share: reading a validation's outcome, and a form as a browser posts it.
import type { FormFields } from '$lib/domain/questionnaire/form-values';
import type { validateAnswer } from '$lib/domain/questionnaire/validate';

type Validated = ReturnType<typeof validateAnswer>;

/** The errors a validation gave; none when it passed. */
export const errorsOf = (result: Validated) => (result.ok ? [] : result.errors);

/** The fields a validation refused; none when it passed. */
export const fieldsOf = (result: Validated) => (result.ok ? [] : result.errors.map((e) => e.field));

/** A form as a browser posts it: one entry per value, a list as the same name repeated. */
export function formOf(fields: FormFields | [string, string][]): URLSearchParams {
	const form = new URLSearchParams();
	const entries = Array.isArray(fields) ? fields : Object.entries(fields);
	for (const [name, value] of entries)
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	return form;
}
