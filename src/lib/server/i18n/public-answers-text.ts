import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';

/**
 * What happens to the city's answers once the cycle's report is published, as the title and sentence the
 * questionnaire pages show (`PublicAnswersNotice`). Made by the loads: as messages, the long sentences in five
 * languages would travel in the pages' JavaScript.
 */
export function publicAnswersText(answersPublic: boolean, cycle: string, locale: Locale) {
	return answersPublic
		? {
				title: m.cityPeople_publicTitle({}, { locale }),
				text: m.cityPeople_publicText({ cycle }, { locale })
			}
		: {
				title: m.cityPeople_privateTitle({}, { locale }),
				text: m.cityPeople_privateText({ cycle }, { locale })
			};
}
