/**
 * The texts of the frame around every page (header, navigation, footer) and of the error page, made by the
 * root layout's load in the reader's language (server/i18n/site-texts.ts). They come as data, not as compiled
 * messages, because the browser loads the layout and the error page with every hydrated page: as messages they
 * would carry all five languages into each one's JavaScript (decision 26).
 */
export interface SiteTexts {
	siteName: string;
	tagline: string;
	skipLink: string;
	languageLabel: string;
	languageSubmit: string;
	mainNavigation: string;
	nav: {
		home: string;
		charter: string;
		cities: string;
		practices: string;
		reports: string;
		admin: string;
		respond: string;
		peerLearning: string;
	};
	signedInAs: string | null;
	account: string;
	signOut: string;
	signIn: string;
	footerAbout: string;
	footerSources: string;
	footerData: string;
	/** The error summary of a form that came back refused: its heading, and the page title with a `{title}` slot. */
	errorSummary: { heading: string; pageTitle: string };
	error: {
		title: Record<ErrorKind, string>;
		explanation: Record<ErrorKind, string>;
		goHome: string;
	};
}

export type ErrorKind = 'forbidden' | 'notFound' | 'server';
