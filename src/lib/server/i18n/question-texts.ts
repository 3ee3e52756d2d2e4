import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/localized';
import type { QuestionTexts, Template } from '$lib/i18n/question-texts';
import { migrantDefinitions } from '$lib/question-types/indicator/definition';
import { migrantDefinitionLabels } from '$lib/question-types/indicator/definition-labels';

/**
 * A message made with its placeholders left in (`{count}`), for the browser to fill (`fill` in
 * lib/i18n/question-texts.ts). Only for messages whose words do not change with the values (no plural).
 */
function template<P extends string>(
	message: (inputs: Record<P, string>, options: { locale: Locale }) => string,
	placeholders: readonly P[],
	locale: Locale
): Template<P> {
	const inputs = Object.fromEntries(placeholders.map((name) => [name, `{${name}}`])) as Record<P, string>;
	return message(inputs, { locale });
}

/** The questions' fixed words in `locale`: the reader's on the answer page, the previewed one in the preview. */
export function questionTexts(locale: Locale): QuestionTexts {
	const options = { locale };
	return {
		requirement: {
			required: m.requirement_required({}, options),
			optional: m.requirement_optional({}, options),
			depends: template(m.requirement_depends, ['question'], locale)
		},
		previous: template(m.respond_previous, ['cycle'], locale),
		copyPrevious: m.respond_copyPrevious({}, options),
		lastSaved: template(m.respond_lastSaved, ['name', 'date'], locale),
		history: m.respond_history({}, options),
		answerLanguage: {
			label: m.respond_language_itemLabel({}, options),
			same: template(m.respond_language_itemSame, ['language'], locale),
			sameUnknown: m.respond_language_itemSameUnknown({}, options)
		},
		charactersLeft: template(m.respond_charactersLeft, ['count'], locale),
		rating: {
			legend: m.respond_ratingLegend({}, options),
			evidence: m.respond_evidence({}, options),
			ratings: {
				fully: m.respond_rating_fully({}, options),
				partly: m.respond_rating_partly({}, options),
				not_at_all: m.respond_rating_not_at_all({}, options)
			}
		},
		figure: {
			value: template(m.respond_value, ['unit'], locale),
			year: m.respond_year({}, options),
			source: m.respond_source({}, options),
			definition: m.respond_definition({}, options),
			definitions: Object.fromEntries(
				migrantDefinitions.map((definition) => [
					definition,
					localized(migrantDefinitionLabels[definition], locale)
				])
			) as QuestionTexts['figure']['definitions'],
			differentDataSet: m.respond_differentDataSet({}, options),
			nationalOnly: m.respond_nationalOnly({}, options)
		},
		rows: {
			row: template(m.respond_row, ['number'], locale),
			linkUrl: m.respond_linkUrl({}, options),
			linkTitle: m.respond_linkTitle({}, options)
		},
		attachments: {
			attachedFiles: m.respond_attachedFiles({}, options),
			noFiles: m.respond_noFiles({}, options),
			removeFile: template(m.respond_removeFile, ['name'], locale),
			sizeKb: template(m.respond_fileSizeKb, ['size'], locale),
			sizeMb: template(m.respond_fileSizeMb, ['size'], locale),
			uploadLabel: m.respond_uploadLabel({}, options),
			uploadHint: template(m.respond_uploadHint, ['kinds', 'maxMb', 'maxFiles'], locale),
			upload: m.respond_upload({}, options)
		}
	};
}
