import { contentLanguages, languageName } from '$lib/domain/content-language';
import type { Locale } from '$lib/domain/locale';
import { maxLinks } from '$lib/domain/practices/practice-form-fields';
import { m } from '$lib/paraglide/messages.js';
import type { Choice } from './choices';

/**
 * The practice form's words in the reader's language, made by the pages' loads: each message compiled into the
 * form's JavaScript carries all five languages, and the form has some thirty of them (about 5 KB compressed).
 */
export function practiceFormTexts(locale: Locale) {
	const options = { locale };
	return {
		city: m.curation_fieldCity({}, options),
		chooseCity: m.admin_chooseCity({}, options),
		title: m.curation_fieldTitle({}, options),
		summary: m.curation_fieldSummary({}, options),
		summaryHint: m.curation_summaryHint({}, options),
		language: m.curation_fieldLanguage({}, options),
		languageHint: m.curation_languageHint({}, options),
		languages: contentLanguages.map((code): Choice => ({
			value: code,
			text: languageName(locale, code, true)
		})),
		yearsLegend: m.curation_yearsLegend({}, options),
		yearHint: m.curation_yearHint({}, options),
		startYear: m.curation_fieldStartYear({}, options),
		endYear: m.curation_fieldEndYear({}, options),
		ongoing: m.curation_fieldOngoing({}, options),
		commitments: m.practice_commitmentsTitle({}, options),
		commitmentsHint: m.curation_commitmentsHint({}, options),
		trends: m.practice_trendsTitle({}, options),
		themes: m.practice_themesTitle({}, options),
		targetGroups: m.practice_targetGroupsTitle({}, options),
		funding: m.practice_fundingTitle({}, options),
		links: m.practice_linksTitle({}, options),
		linksHint: m.curation_linksHint({}, options),
		/** The labels of each link row, first to last (a form has at most `maxLinks` rows). */
		linkRows: Array.from({ length: maxLinks }, (_, row) => ({
			url: m.curation_linkUrl({ n: row + 1 }, options),
			title: m.curation_linkTitle({ n: row + 1 }, options)
		})),
		source: m.practice_source({}, options),
		sourceHint: m.curation_sourceHint({}, options),
		sourceReport: m.curation_sourceReport({}, options),
		sourceYear: m.curation_sourceYear({}, options),
		cancel: m.form_cancel({}, options)
	};
}

export type PracticeFormTexts = ReturnType<typeof practiceFormTexts>;
