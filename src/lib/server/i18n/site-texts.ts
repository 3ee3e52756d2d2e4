import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import type { SiteTexts } from '$lib/i18n/site-texts';

/** The frame's and the error page's texts in `locale`; `userName` when someone is signed in. */
export function siteTexts(locale: Locale, userName: string | null): SiteTexts {
	const options = { locale };
	return {
		siteName: m.site_name({}, options),
		tagline: m.site_tagline({}, options),
		skipLink: m.nav_skip({}, options),
		languageLabel: m.lang_label({}, options),
		languageSubmit: m.lang_submit({}, options),
		mainNavigation: m.nav_main({}, options),
		nav: {
			home: m.nav_home({}, options),
			charter: m.nav_charter({}, options),
			cities: m.nav_cities({}, options),
			practices: m.nav_practices({}, options),
			reports: m.reports_navLink({}, options),
			admin: m.nav_admin({}, options),
			respond: m.nav_respond({}, options),
			peerLearning: m.mentors_navLink({}, options)
		},
		signedInAs: userName === null ? null : m.nav_signedInAs({ name: userName }, options),
		account: m.account_title({}, options),
		signOut: m.nav_signOut({}, options),
		signIn: m.nav_signIn({}, options),
		footerAbout: m.footer_about({}, options),
		footerSources: m.footer_sources({}, options),
		footerData: m.data_footerLink({}, options),
		errorSummary: {
			heading: m.form_errorSummary({}, options),
			pageTitle: m.a11y_errorTitle({ title: '{title}' }, options)
		},
		error: {
			title: {
				forbidden: m.error_forbiddenTitle({}, options),
				notFound: m.error_notFoundTitle({}, options),
				server: m.error_serverTitle({}, options)
			},
			explanation: {
				forbidden: m.error_forbidden({}, options),
				notFound: m.error_notFound({}, options),
				server: m.error_server({}, options)
			},
			goHome: m.error_goHome({}, options)
		}
	};
}
