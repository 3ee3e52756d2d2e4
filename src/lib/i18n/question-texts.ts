import type { MigrantDefinition } from '$lib/question-types/indicator/definition';
import type { Rating } from '$lib/question-types/rating/definition';

/**
 * A sentence with placeholders (`{count}`), made by the server in one language, filled in the browser. `P`
 * names the placeholders, so `fill` is checked like the message it was made from.
 */
export type Template<P extends string> = string & { readonly placeholders?: P };

/** `template` with each `{name}` replaced by its value; values are not read again, so braces in them stay. */
export function fill<P extends string>(template: Template<P>, values: Record<P, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name as P]) : whole
	);
}

/**
 * The fixed words of a question and of each question type's input, made by the page's load in the language
 * the questions are shown in (server/i18n/question-texts.ts). They come as data, not as compiled messages:
 * the answer page and the questionnaire's preview show every type's input, and as messages each word would
 * carry all five languages into their JavaScript (decision 26).
 */
export interface QuestionTexts {
	requirement: {
		required: string;
		optional: string;
		depends: Template<'question'>;
	};
	/** The previous cycle's answer, copying it, and who saved the answer last. */
	previous: Template<'cycle'>;
	copyPrevious: string;
	lastSaved: Template<'name' | 'date'>;
	history: string;
	answerLanguage: {
		label: string;
		same: Template<'language'>;
		sameUnknown: string;
	};
	charactersLeft: Template<'count'>;
	rating: {
		legend: string;
		evidence: string;
		ratings: Record<Rating, string>;
	};
	figure: {
		value: Template<'unit'>;
		year: string;
		source: string;
		definition: string;
		definitions: Record<MigrantDefinition, string>;
		differentDataSet: string;
		nationalOnly: string;
	};
	rows: {
		row: Template<'number'>;
		linkUrl: string;
		linkTitle: string;
	};
	attachments: {
		attachedFiles: string;
		noFiles: string;
		removeFile: Template<'name'>;
		sizeKb: Template<'size'>;
		sizeMb: Template<'size'>;
		uploadLabel: string;
		uploadHint: Template<'kinds' | 'maxMb' | 'maxFiles'>;
		upload: string;
	};
}
