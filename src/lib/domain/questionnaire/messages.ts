/**
 * The closed set of validation messages, as message keys with their English text. Pages translate the key and
 * fill in {placeholders} from the error's params. Messages are instructions (GOV.UK style): they say what to do.
 */
export const validationMessages = {
	'answer.required': 'Answer this question',
	'answer.invalid': 'Check this answer and enter it again',
	'answer.ratingRequired': 'Select fully, partly or not at all',
	'answer.evidenceRequired': 'Give the evidence for your rating',
	'answer.tooLong': 'Use {max} characters or fewer',
	'answer.valueRequired': 'Enter the figure',
	'answer.notANumber': 'Enter a number, like 12.5',
	'answer.notAWholeNumber': 'Enter a whole number, like 1200',
	'answer.percentRange': 'Enter a percentage between 0 and 100',
	'answer.numberRange': 'Enter a number between {min} and {max}',
	'answer.numberTooSmall': 'Enter a number of {min} or more',
	'answer.numberTooLarge': 'Enter a number of {max} or less',
	'answer.yearRequired': 'Enter the reference year',
	'answer.yearInvalid': 'Enter the year as 4 digits, like 2019',
	'answer.yearRange': 'Enter a year between {min} and {max}',
	'answer.sourceRequired': 'Enter the source of the figure',
	'answer.definitionRequired': 'Select the definition of migrant the figure uses',
	'answer.invalidOption': 'Select one of the options',
	'answer.fieldRequired': 'Fill in this field',
	'answer.invalidUrl': 'Enter a web address starting with https://',
	'answer.tooManyRows': 'Remove entries so there are {max} or fewer',
	'answer.tooManyFiles': 'Remove files so there are {max} or fewer',
	'answer.fileTooLarge': 'The file {name} must be smaller than {maxMb} MB',
	'answer.fileType': 'The file {name} must be a {accept}'
} as const;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
	return Object.hasOwn(validationMessages, key);
}

/** The English text of a message with its params filled in (a fallback when no translation exists). */
export function formatValidationMessage(
	key: ValidationMessageKey,
	params: Record<string, string | number> = {}
): string {
	return validationMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}
