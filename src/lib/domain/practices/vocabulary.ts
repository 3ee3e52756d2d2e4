/**
 * Tag vocabularies of the good-practice library. Keys are stable identifiers (stored with each practice);
 * the English labels are ours, built from the terms the Integrating Cities Reports use.
 */

/** The eight key trends of the 4th Integrating Cities Report (2020), in the report's order. */
export const trends = [
	{
		key: 'structured-policies',
		number: 1,
		title: { en: 'Developing integration policies in a structured and sustainable way' }
	},
	{
		key: 'mainstreaming',
		number: 2,
		title: { en: 'Mainstreaming integration across different policy areas' }
	},
	{
		key: 'specific-groups',
		number: 3,
		title: { en: 'Focusing on the specific integration needs of particular groups' }
	},
	{
		key: 'low-threshold-access',
		number: 4,
		title: { en: 'Creating low-threshold access to integration services' }
	},
	{ key: 'open-communication', number: 5, title: { en: 'Communicating openly about equal opportunities' } },
	{
		key: 'participation',
		number: 6,
		title: { en: 'Implementing an inclusive and participatory integration approach' }
	},
	{
		key: 'inclusive-administration',
		number: 7,
		title: { en: 'Working towards more inclusive city administrations and procurement practices' }
	},
	{
		key: 'eu-global-governance',
		number: 8,
		title: { en: 'Participating as key actors in the EU policy context and global governance on migration' }
	}
] as const;

export const themes = [
	{ key: 'integration-strategy', label: { en: 'Integration strategy and guidelines' } },
	{ key: 'city-identity', label: { en: 'City identity and belonging' } },
	{ key: 'interdepartmental-cooperation', label: { en: 'Cooperation between city departments' } },
	{ key: 'one-stop-shops', label: { en: 'One-stop shops and welcome centres' } },
	{ key: 'stakeholder-cooperation', label: { en: 'Cooperation with local stakeholders' } },
	{ key: 'anti-discrimination', label: { en: 'Anti-discrimination strategies and reporting points' } },
	{ key: 'multilingual-information', label: { en: 'Multilingual and plain-language information' } },
	{ key: 'digital-services', label: { en: 'Digital services' } },
	{ key: 'language-learning', label: { en: 'Language learning' } },
	{ key: 'education', label: { en: 'Education' } },
	{ key: 'employment', label: { en: 'Employment and skills' } },
	{ key: 'housing', label: { en: 'Housing and shelter' } },
	{ key: 'health', label: { en: 'Health' } },
	{ key: 'social-care', label: { en: 'Social care and counselling' } },
	{ key: 'communication', label: { en: 'Communication campaigns and public events' } },
	{ key: 'political-leadership', label: { en: 'Political leadership' } },
	{ key: 'participation', label: { en: 'Participation and civic engagement' } },
	{ key: 'consultative-bodies', label: { en: 'Consultative bodies and migrant councils' } },
	{ key: 'participatory-budgeting', label: { en: 'Participatory budgeting' } },
	{ key: 'staff-diversity', label: { en: 'Diversity in recruitment and staff' } },
	{ key: 'equal-treatment-at-work', label: { en: 'Equal treatment at work' } },
	{ key: 'staff-training', label: { en: 'Staff training and awareness' } },
	{ key: 'procurement', label: { en: 'Procurement and contract clauses' } },
	{ key: 'supplier-diversity', label: { en: 'Supplier diversity' } },
	{ key: 'monitoring-and-data', label: { en: 'Monitoring, evaluation and data' } },
	{ key: 'european-networks', label: { en: 'European and international networks' } },
	{ key: 'eu-funded-projects', label: { en: 'EU-funded projects' } }
] as const;

export const targetGroups = [
	{
		key: 'migrant-residents',
		label: { en: 'Migrants and residents with a migration background (in general)' }
	},
	{ key: 'newly-arrived', label: { en: 'Newly arrived migrants' } },
	{ key: 'refugees-asylum-seekers', label: { en: 'Refugees and asylum seekers' } },
	{ key: 'status-holders', label: { en: 'Status holders' } },
	{ key: 'unaccompanied-minors', label: { en: 'Unaccompanied minors' } },
	{ key: 'children-families', label: { en: 'Children and families' } },
	{ key: 'young-people', label: { en: 'Young people and young adults (15–29)' } },
	{ key: 'migrant-women', label: { en: 'Migrant women' } },
	{ key: 'undocumented-migrants', label: { en: 'Undocumented migrants and migrants with irregular status' } },
	{ key: 'eu-mobile-citizens', label: { en: 'EU mobile citizens' } },
	{ key: 'specific-communities', label: { en: 'Specific nationalities, communities and minorities' } },
	{ key: 'roma', label: { en: 'Roma' } },
	{ key: 'international-talent', label: { en: 'Highly skilled migrants and international talent' } },
	{ key: 'ukrainian-refugees', label: { en: 'Ukrainian refugees' } },
	{ key: 'jobseekers', label: { en: 'Jobseekers far from the labour market' } },
	{ key: 'migrant-entrepreneurs', label: { en: 'Migrant entrepreneurs' } },
	{ key: 'migrant-organisations', label: { en: 'Migrant organisations and NGOs' } },
	{ key: 'businesses', label: { en: 'Businesses, contractors and suppliers' } },
	{ key: 'city-staff', label: { en: 'City staff' } },
	{ key: 'all-residents', label: { en: 'All residents' } }
] as const;

export const fundingSources = [
	{ key: 'amif', label: { en: 'Asylum, Migration and Integration Fund (AMIF)' } },
	{ key: 'esf', label: { en: 'European Social Fund (ESF)' } },
	{ key: 'easi', label: { en: 'EU Programme for Employment and Social Innovation (EaSI)' } },
	{ key: 'uia', label: { en: 'Urban Innovative Actions (UIA)' } },
	{ key: 'european-integration-fund', label: { en: 'European Integration Fund' } },
	{ key: 'eu-other', label: { en: 'Other or unnamed EU funding' } },
	{ key: 'open-society-foundations', label: { en: 'Open Society Foundations' } },
	{ key: 'city-budget', label: { en: 'City budget' } },
	{ key: 'national-funding', label: { en: 'National or federal funding' } }
] as const;

export type TrendKey = (typeof trends)[number]['key'];
export type ThemeKey = (typeof themes)[number]['key'];
export type TargetGroupKey = (typeof targetGroups)[number]['key'];
export type FundingKey = (typeof fundingSources)[number]['key'];

type NonEmpty<T> = [T, ...T[]];

export const trendKeys = trends.map((t) => t.key) as NonEmpty<TrendKey>;
export const themeKeys = themes.map((t) => t.key) as NonEmpty<ThemeKey>;
export const targetGroupKeys = targetGroups.map((t) => t.key) as NonEmpty<TargetGroupKey>;
export const fundingKeys = fundingSources.map((f) => f.key) as NonEmpty<FundingKey>;
