// Demo data: the Charter's known signatories and the two reporting cycles whose respondents the public
// reports list. Facts (names, dates, counts) come from /work/shared/reference and the public news items noted
// in CHARTER.md; every description below is written afresh, with its source named next to it.
//
// Signing and answering a survey are separate facts: a city may appear as a respondent without being a
// known signatory (signedOn null).
//
// Coordinates are city centres to two decimals. Populations are approximate recent figures for the
// municipality (Greater London for London), rounded to thousands: good enough for a demo map, not for
// analysis. No reference text gives them, so their source is not recorded, and the city page says so
// beside the figure. The 2022 and 2024 signings rest on Eurocities news that is not among the reference
// texts: their source says "unverified", and every page that shows the date marks it.

export interface DemoCity {
	/** Lowercase ASCII with hyphens: 'the-hague', 'malmo'. */
	slug: string;
	/** As the city is usually written in English: 'Malmö', 'The Hague'. */
	name: string;
	/** ISO 3166-1 alpha-2. */
	countryCode: string;
	latitude: number;
	longitude: number;
	/** Approximate municipal population, rounded to thousands; null when unsure. */
	population: number | null;
	/** ISO date, or null for cities known only as respondents. */
	signedOn: string | null;
	/** 'by' means signed no later than signedOn. */
	signedOnPrecision: 'day' | 'month' | 'year' | 'by' | null;
	signingSource: string | null;
}

export interface DemoCycle {
	slug: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	reportNumber: number;
	reportYear: number;
	status: 'published';
	/** One sentence in our own words, with its source. */
	note: string;
	/** City slugs, as listed in the report. */
	respondents: string[];
}

type Signing = Pick<DemoCity, 'signedOn' | 'signedOnPrecision' | 'signingSource'>;

// The 1st report lists the 27 signatories as of January 2013. It says 17 of them signed at the London
// launch in February 2010 but does not say which 17, so no city gets an earlier date than "by January 2013".
const SIGNED_BY_JANUARY_2013: Signing = {
	signedOn: '2013-01-31',
	signedOnPrecision: 'by',
	signingSource: 'First Integrating Cities Report (2013), list of signatories as of January 2013'
};

// The 4th report counts 39 signatories "in Europe and North America" in 2020 without listing them; Toronto
// is the only North American city in that report (and CHARTER.md names it among the 39).
const SIGNED_BY_2020_NORTH_AMERICA: Signing = {
	signedOn: '2020-12-31',
	signedOnPrecision: 'by',
	signingSource:
		'Fourth Integrating Cities Report (2020): 39 signatories in Europe and North America; Toronto is the only North American city in the report'
};

const SIGNED_UTRECHT_NOVEMBER_2022: Signing = {
	signedOn: '2022-11-01',
	signedOnPrecision: 'month',
	signingSource:
		'Eurocities news, November 2022 (signed at the Utrecht meeting); not in the reference texts held, so unverified'
};

const SIGNED_BOLOGNA_NOVEMBER_2024: Signing = {
	signedOn: '2024-11-01',
	signedOnPrecision: 'month',
	signingSource:
		'Eurocities news, November 2024 (signed at the Bologna conference); not in the reference texts held, so unverified'
};

const NOT_KNOWN_TO_HAVE_SIGNED: Signing = { signedOn: null, signedOnPrecision: null, signingSource: null };

export const demoCities: DemoCity[] = [
	// --- The 27 signatories as of January 2013 (1st report) ----------------------------------------------
	{
		slug: 'amsterdam',
		name: 'Amsterdam',
		countryCode: 'NL',
		latitude: 52.37,
		longitude: 4.9,
		population: 931_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'athens',
		name: 'Athens',
		countryCode: 'GR',
		latitude: 37.98,
		longitude: 23.73,
		population: 643_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'barcelona',
		name: 'Barcelona',
		countryCode: 'ES',
		latitude: 41.39,
		longitude: 2.17,
		population: 1_656_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'belfast',
		name: 'Belfast',
		countryCode: 'GB',
		latitude: 54.6,
		longitude: -5.93,
		population: 345_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'berlin',
		name: 'Berlin',
		countryCode: 'DE',
		latitude: 52.52,
		longitude: 13.4,
		population: 3_755_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'copenhagen',
		name: 'Copenhagen',
		countryCode: 'DK',
		latitude: 55.68,
		longitude: 12.57,
		population: 655_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'dublin',
		name: 'Dublin',
		countryCode: 'IE',
		latitude: 53.35,
		longitude: -6.26,
		population: 593_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'genoa',
		name: 'Genoa',
		countryCode: 'IT',
		latitude: 44.41,
		longitude: 8.93,
		population: 561_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'ghent',
		name: 'Ghent',
		countryCode: 'BE',
		latitude: 51.05,
		longitude: 3.72,
		population: 265_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'helsinki',
		name: 'Helsinki',
		countryCode: 'FI',
		latitude: 60.17,
		longitude: 24.94,
		population: 674_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'london',
		name: 'London',
		countryCode: 'GB',
		latitude: 51.51,
		longitude: -0.13,
		population: 8_800_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'madrid',
		name: 'Madrid',
		countryCode: 'ES',
		latitude: 40.42,
		longitude: -3.7,
		population: 3_340_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'malmo',
		name: 'Malmö',
		countryCode: 'SE',
		latitude: 55.61,
		longitude: 13.0,
		population: 362_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'manchester',
		name: 'Manchester',
		countryCode: 'GB',
		latitude: 53.48,
		longitude: -2.24,
		population: 552_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'milan',
		name: 'Milan',
		countryCode: 'IT',
		latitude: 45.46,
		longitude: 9.19,
		population: 1_371_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'munich',
		name: 'Munich',
		countryCode: 'DE',
		latitude: 48.14,
		longitude: 11.58,
		population: 1_510_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'nantes',
		name: 'Nantes',
		countryCode: 'FR',
		latitude: 47.22,
		longitude: -1.55,
		population: 323_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'oslo',
		name: 'Oslo',
		countryCode: 'NO',
		latitude: 59.91,
		longitude: 10.75,
		population: 709_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'oulu',
		name: 'Oulu',
		countryCode: 'FI',
		latitude: 65.01,
		longitude: 25.47,
		population: 214_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'rennes',
		name: 'Rennes',
		countryCode: 'FR',
		latitude: 48.12,
		longitude: -1.68,
		population: 225_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'riga',
		name: 'Riga',
		countryCode: 'LV',
		latitude: 56.95,
		longitude: 24.11,
		population: 605_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'rome',
		name: 'Rome',
		countryCode: 'IT',
		latitude: 41.89,
		longitude: 12.48,
		population: 2_755_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'rotterdam',
		name: 'Rotterdam',
		countryCode: 'NL',
		latitude: 51.92,
		longitude: 4.48,
		population: 665_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'stockholm',
		name: 'Stockholm',
		countryCode: 'SE',
		latitude: 59.33,
		longitude: 18.07,
		population: 985_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'tampere',
		name: 'Tampere',
		countryCode: 'FI',
		latitude: 61.5,
		longitude: 23.76,
		population: 249_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'the-hague',
		name: 'The Hague',
		countryCode: 'NL',
		latitude: 52.07,
		longitude: 4.3,
		population: 557_000,
		...SIGNED_BY_JANUARY_2013
	},
	{
		slug: 'utrecht',
		name: 'Utrecht',
		countryCode: 'NL',
		latitude: 52.09,
		longitude: 5.12,
		population: 368_000,
		...SIGNED_BY_JANUARY_2013
	},

	// --- Signed by 2020 per the 4th report ----------------------------------------------------------------
	{
		slug: 'toronto',
		name: 'Toronto',
		countryCode: 'CA',
		latitude: 43.65,
		longitude: -79.38,
		population: 2_794_000,
		...SIGNED_BY_2020_NORTH_AMERICA
	},

	// --- Signed in Utrecht, November 2022 (public news) ---------------------------------------------------
	{
		slug: 'antwerp',
		name: 'Antwerp',
		countryCode: 'BE',
		latitude: 51.22,
		longitude: 4.4,
		population: 535_000,
		...SIGNED_UTRECHT_NOVEMBER_2022
	},
	{
		slug: 'pesaro',
		name: 'Pesaro',
		countryCode: 'IT',
		latitude: 43.91,
		longitude: 12.91,
		population: 96_000,
		...SIGNED_UTRECHT_NOVEMBER_2022
	},
	{
		slug: 'vantaa',
		name: 'Vantaa',
		countryCode: 'FI',
		latitude: 60.29,
		longitude: 25.04,
		population: 247_000,
		...SIGNED_UTRECHT_NOVEMBER_2022
	},
	{
		slug: 'warsaw',
		name: 'Warsaw',
		countryCode: 'PL',
		latitude: 52.23,
		longitude: 21.01,
		population: 1_862_000,
		...SIGNED_UTRECHT_NOVEMBER_2022
	},
	{
		slug: 'zagreb',
		name: 'Zagreb',
		countryCode: 'HR',
		latitude: 45.81,
		longitude: 15.98,
		population: 767_000,
		...SIGNED_UTRECHT_NOVEMBER_2022
	},

	// --- Signed in Bologna, November 2024 (public news) ---------------------------------------------------
	{
		slug: 'bologna',
		name: 'Bologna',
		countryCode: 'IT',
		latitude: 44.49,
		longitude: 11.34,
		population: 391_000,
		...SIGNED_BOLOGNA_NOVEMBER_2024
	},
	{
		slug: 'dortmund',
		name: 'Dortmund',
		countryCode: 'DE',
		latitude: 51.51,
		longitude: 7.47,
		population: 595_000,
		...SIGNED_BOLOGNA_NOVEMBER_2024
	},
	{
		slug: 'dusseldorf',
		name: 'Düsseldorf',
		countryCode: 'DE',
		latitude: 51.23,
		longitude: 6.78,
		population: 630_000,
		...SIGNED_BOLOGNA_NOVEMBER_2024
	},
	{
		slug: 'grenoble',
		name: 'Grenoble',
		countryCode: 'FR',
		latitude: 45.19,
		longitude: 5.72,
		population: 156_000,
		...SIGNED_BOLOGNA_NOVEMBER_2024
	},
	{
		slug: 'vilnius',
		name: 'Vilnius',
		countryCode: 'LT',
		latitude: 54.69,
		longitude: 25.28,
		population: 600_000,
		...SIGNED_BOLOGNA_NOVEMBER_2024
	},

	// --- Respondents not known to have signed -------------------------------------------------------------
	// Brno and Vienna answered the 2011–12 survey but are not on the January 2013 list; the 1st report counts
	// 21 signatories among its 23 respondents, which fits exactly these two being the non-signatories.
	// Leipzig, Nicosia, Nuremberg, Toulouse and Vienna answered the 2018–20 questionnaire. The 4th report
	// says the questionnaire goes to signatories and that there were 39 of them in 2020, but it names no
	// signatory city and never calls any of these five one; since the 1st report shows that respondents
	// need not be signatories, we leave them unsigned rather than infer it. (Of the 39, only 28 are known
	// here: the 27 of 2013 plus Toronto. Some of these five are probably among the other 11, but no source
	// we hold says which.)
	{
		slug: 'brno',
		name: 'Brno',
		countryCode: 'CZ',
		latitude: 49.2,
		longitude: 16.61,
		population: 400_000,
		...NOT_KNOWN_TO_HAVE_SIGNED
	},
	{
		slug: 'vienna',
		name: 'Vienna',
		countryCode: 'AT',
		latitude: 48.21,
		longitude: 16.37,
		population: 2_000_000,
		...NOT_KNOWN_TO_HAVE_SIGNED
	},
	{
		slug: 'leipzig',
		name: 'Leipzig',
		countryCode: 'DE',
		latitude: 51.34,
		longitude: 12.37,
		population: 616_000,
		...NOT_KNOWN_TO_HAVE_SIGNED
	},
	{
		// Population left null: the municipality's boundaries changed with Cyprus's 2024 local government
		// reform, and figures for the municipality and the wider urban area differ several-fold.
		slug: 'nicosia',
		name: 'Nicosia',
		countryCode: 'CY',
		latitude: 35.17,
		longitude: 33.36,
		population: null,
		...NOT_KNOWN_TO_HAVE_SIGNED
	},
	{
		slug: 'nuremberg',
		name: 'Nuremberg',
		countryCode: 'DE',
		latitude: 49.45,
		longitude: 11.08,
		population: 526_000,
		...NOT_KNOWN_TO_HAVE_SIGNED
	},
	{
		slug: 'toulouse',
		name: 'Toulouse',
		countryCode: 'FR',
		latitude: 43.6,
		longitude: 1.44,
		population: 504_000,
		...NOT_KNOWN_TO_HAVE_SIGNED
	}
];

export const demoCycles: DemoCycle[] = [
	{
		slug: '2011-2012',
		name: 'Survey 2011–2012 (1st Integrating Cities Report)',
		periodStart: '2011-10-01',
		periodEnd: '2012-10-31',
		reportNumber: 1,
		reportYear: 2013,
		status: 'published',
		note:
			'Charter reporting questionnaire, designed in the MIXITIES project, answered from October 2011 to ' +
			'October 2012 by 21 signatories plus Brno and Vienna (source: First Integrating Cities Report, 2013).',
		respondents: [
			'athens',
			'barcelona',
			'brno',
			'copenhagen',
			'genoa',
			'ghent',
			'helsinki',
			'london',
			'madrid',
			'malmo',
			'manchester',
			'milan',
			'munich',
			'nantes',
			'oslo',
			'oulu',
			'rennes',
			'riga',
			'rotterdam',
			'stockholm',
			'tampere',
			'the-hague',
			'vienna'
		]
	},
	{
		slug: '2018-2020',
		name: 'Reporting period 2018–2020 (4th Integrating Cities Report)',
		periodStart: '2018-07-01',
		periodEnd: '2020-06-30',
		reportNumber: 4,
		reportYear: 2020,
		status: 'published',
		note:
			'Self-assessment on the eleven commitments covering roughly mid-2018 to mid-2020, sent out in ' +
			'March 2020 and returned by 22 cities in 14 countries (source: Fourth Integrating Cities Report, 2020).',
		respondents: [
			'amsterdam',
			'barcelona',
			'ghent',
			'helsinki',
			'leipzig',
			'london',
			'malmo',
			'milan',
			'munich',
			'nicosia',
			'nuremberg',
			'oslo',
			'oulu',
			'rennes',
			'riga',
			'rotterdam',
			'stockholm',
			'tampere',
			'toronto',
			'toulouse',
			'utrecht',
			'vienna'
		]
	}
];
