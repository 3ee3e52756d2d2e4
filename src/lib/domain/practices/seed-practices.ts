import type { FundingKey, TargetGroupKey, ThemeKey, TrendKey } from './vocabulary';

/**
 * The good-practice library's starting content: real city examples named in the Integrating Cities Reports.
 *
 * Rules followed here:
 * - Facts (cities, years, programme names, who did what, funding) come from the reports in
 *   /work/shared/reference; every summary and title is written in our own words. Proper names of programmes
 *   are kept as the reports give them.
 * - startYear/endYear are filled only where the report gives them; planned horizons beyond 2024 (for example
 *   Vienna's strategy to 2050) are stated in the summary instead.
 * - ongoing is true only where the report presents the practice as running at the time it was written
 *   ("since 2018", "currently being tested", a stated period that includes the report's year).
 * - trends are the key trends of the 4th report under which that report files the example; examples from the
 *   1st report and from the news item on the 6th report have none.
 * - links are only addresses printed in the reference texts.
 */
export interface SeedPractice {
	slug: string;
	city: string;
	title: string;
	summary: string;
	language: 'en';
	startYear: number | null;
	endYear: number | null;
	ongoing: boolean;
	commitments: number[];
	trends: TrendKey[];
	themes: ThemeKey[];
	targetGroups: TargetGroupKey[];
	funding: FundingKey[];
	links: { url: string; title: string }[];
	source: {
		report:
			| '1st Integrating Cities Report'
			| '4th Integrating Cities Report'
			| 'News item on the 6th Integrating Cities Report'
			| '4th report web summary';
		year: 2013 | 2020 | 2024;
	};
}

const R1 = { report: '1st Integrating Cities Report', year: 2013 } as const;
const R4 = { report: '4th Integrating Cities Report', year: 2020 } as const;
// Only a news item about the 6th report (2024) is held, not the report: its practices say so in their label.
const R6 = { report: 'News item on the 6th Integrating Cities Report', year: 2024 } as const;

type Draft = Omit<
	SeedPractice,
	'language' | 'startYear' | 'endYear' | 'ongoing' | 'links' | 'funding' | 'trends'
> &
	Partial<Pick<SeedPractice, 'startYear' | 'endYear' | 'ongoing' | 'links' | 'funding' | 'trends'>>;

function practice(draft: Draft): SeedPractice {
	return {
		language: 'en',
		startYear: null,
		endYear: null,
		ongoing: false,
		trends: [],
		funding: [],
		links: [],
		...draft
	};
}

export const seedPractices: SeedPractice[] = [
	// ===================================================================================================
	// 4th Integrating Cities Report (2020) — trend 1: structured and sustainable integration policies
	// ===================================================================================================
	practice({
		slug: 'amsterdam-new-approach-civic-integration',
		city: 'amsterdam',
		title: 'New Amsterdam Approach to Civic Integration',
		summary:
			'Amsterdam started this approach ahead of the Dutch civic integration act, which from July 2021 makes municipalities responsible for guiding newcomers. It strengthens the intake of people who have just arrived, provides language and civic integration courses, eases the administrative and financial load on migrants and adds three years of intensive guidance.',
		commitments: [4, 5],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'language-learning'],
		targetGroups: ['newly-arrived', 'status-holders'],
		source: R4
	}),
	practice({
		slug: 'rotterdam-status-holder-programme',
		city: 'rotterdam',
		title: 'Tailor-made programme for status holders',
		summary:
			"Since 2019 Rotterdam's approach to refugees with a residence permit reaches beyond housing and income to well-being, health, schooling, job search and job coaching. Every status holder follows a personal programme, and its design takes on board what former participants said when they evaluated it.",
		startYear: 2019,
		ongoing: true,
		commitments: [4, 5],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'housing', 'health', 'education', 'employment'],
		targetGroups: ['status-holders', 'refugees-asylum-seekers'],
		source: R4
	}),
	practice({
		slug: 'helsinki-city-strategy-migrant-groups',
		city: 'helsinki',
		title: 'City strategy with targeted integration policies',
		summary:
			'Finnish municipalities already plan, coordinate and monitor local integration work, and Helsinki built its city strategy on that mandate. The strategy sets out targeted measures for different groups, from people who have only just arrived to residents with a migration background.',
		commitments: [2],
		trends: ['structured-policies'],
		themes: ['integration-strategy'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'munich-integration-concept-evaluation',
		city: 'munich',
		title: 'Participative evaluation of the integration concept',
		summary:
			'Munich reviewed its local integration concept together with a wide range of institutions, integration actors and civil society groups. On the basis of this broad evaluation, the city drew up a new proposed resolution on its future integration policy.',
		commitments: [2, 3],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'monitoring-and-data', 'participation'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-integration-guidelines-2018',
		city: 'nuremberg',
		title: 'Revised integration guidelines',
		summary:
			'In 2018 Nuremberg rewrote the guidelines of its local integration policy. The city now puts them into practice by pursuing concrete goals attached to the guidelines, with its Integration Council closely involved in the rewrite.',
		startYear: 2018,
		ongoing: true,
		commitments: [2],
		trends: ['structured-policies'],
		themes: ['integration-strategy'],
		targetGroups: [],
		source: R4
	}),
	practice({
		slug: 'riga-societal-integration-guidelines',
		city: 'riga',
		title: 'Guidelines on societal integration 2019–2024',
		summary:
			'Riga drew up municipal guidelines on societal integration for 2019 to 2024 so that the city would have a targeted social integration policy of its own. International, national and local policy requirements were all weighed while the guidelines were being prepared.',
		startYear: 2019,
		endYear: 2024,
		ongoing: true,
		commitments: [2],
		trends: ['structured-policies'],
		themes: ['integration-strategy'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'leipzig-overall-integration-concept',
		city: 'leipzig',
		title: 'Updated Overall Concept for the Integration of Migrants',
		summary:
			'Leipzig revised its Overall Concept for the Integration of Migrants and set aside more money for carrying out the measures in it. The 4th report adds that these measures are to be reviewed and updated every two years.',
		commitments: [2],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: [],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'vienna-smart-city-strategy',
		city: 'vienna',
		title: 'Smart City Vienna Framework Strategy',
		summary:
			"Vienna's long-term development framework, which runs from 2019 to 2050, names social inclusion as one of its main strategic fields. It steers the city's development over the medium and long term, yet can be adjusted at fairly short notice in response to regular monitoring.",
		startYear: 2019,
		ongoing: true,
		commitments: [2],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'stockholm-vision-2040',
		city: 'stockholm',
		title: 'Vision 2040',
		summary:
			"Stockholm's long-term vision to 2040 describes how all city departments are to pursue sustainable development in several dimensions over the coming decades. It speaks to every resident and to the city's diversity as a whole, instead of singling out particular categories of migrants.",
		commitments: [1, 2],
		trends: ['structured-policies'],
		themes: ['integration-strategy', 'interdepartmental-cooperation'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'vienna-core-centre-refugee-empowerment',
		city: 'vienna',
		title: 'CoRE – Centre of Refugee Empowerment',
		summary:
			"Co-funded by the EU's Urban Innovative Actions and run by Vienna from 2016 to 2019, CoRE turned the city's principle of integration from day one into practice for asylum seekers and refugees. Led by the Integration and Diversity Department with the Vienna Social Fund, the employment promotion fund, the business agency and the board of education, it linked public and civil-society services, adapted existing programmes to newcomers' needs and tried new approaches in health, social life, jobs, training, entrepreneurship and communication.",
		startYear: 2016,
		endYear: 2019,
		commitments: [4, 5],
		trends: ['structured-policies', 'mainstreaming'],
		themes: ['stakeholder-cooperation', 'employment', 'health', 'eu-funded-projects'],
		targetGroups: ['refugees-asylum-seekers', 'newly-arrived'],
		funding: ['uia'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-city-citizenship',
		city: 'amsterdam',
		title: 'City citizenship',
		summary:
			"Amsterdam uses city citizenship as an overarching identity: whoever lives in Amsterdam counts as a citizen of the city, whatever their age, origin, belief or ethnicity. The 4th report cites it as an example of integration bound up with a city's identity.",
		commitments: [1],
		trends: ['structured-policies'],
		themes: ['city-identity'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'milan-becoming-milanese',
		city: 'milan',
		title: 'Rights on arrival and becoming Milanese',
		summary:
			"Milan gives high priority to securing migrants' rights from the moment they arrive and to opening up the services they need, so that newcomers can become Milanese and feel that they are. The report cites this as integration tied to a city's sense of itself.",
		commitments: [1, 4],
		trends: ['structured-policies'],
		themes: ['city-identity'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'malmo-malmobor',
		city: 'malmo',
		title: "'Malmobor' for all residents",
		summary:
			"Malmo refers to particular migrant categories, such as people who have just arrived or asylum seekers, only where they need specific integration support. Otherwise it uses the word 'Malmobor' for everyone living in Malmo, so that migrants are consistently counted among the city's citizens.",
		commitments: [1, 2],
		trends: ['structured-policies'],
		themes: ['city-identity'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'utrecht-plan-einstein',
		city: 'utrecht',
		title: 'Plan Einstein',
		summary:
			"In Plan Einstein, refugees who have just arrived and people from the neighbourhood live, learn and work side by side, with courses and activities that build participants' professional skills. Money from the EU's Urban Innovative Actions was decisive in making the approach bold and new, and the European Commission has singled it out as a best practice. Utrecht sees this kind of social bonding as what lets migrants come to feel they are 'Utrechters'.",
		commitments: [1, 4],
		trends: ['structured-policies', 'eu-global-governance'],
		themes: ['city-identity', 'housing', 'education', 'employment', 'eu-funded-projects'],
		targetGroups: ['refugees-asylum-seekers', 'newly-arrived', 'all-residents'],
		funding: ['uia'],
		source: R4
	}),
	practice({
		slug: 'toronto-federal-asylum-coordination',
		city: 'toronto',
		title: 'Joint work with the federal government on asylum seekers',
		summary:
			'Toronto and the Canadian federal government have deepened their cooperation to respond to urgent needs, working together directly on coordinating support for asylum seekers. This lies outside the usual intergovernmental arrangements and the mandates and funding tied to them.',
		commitments: [4],
		themes: ['stakeholder-cooperation'],
		targetGroups: ['refugees-asylum-seekers'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 2: mainstreaming integration across policy areas
	// ===================================================================================================
	practice({
		slug: 'malmo-joint-responsibility-integration',
		city: 'malmo',
		title: 'Integration as a joint responsibility of all departments',
		summary:
			'Since 2010 integration in Malmo has been a task shared by the whole municipality rather than a single office. It is promoted in every field of city work, from receiving refugees through culture, leisure, schools, health and social welfare to urban planning.',
		startYear: 2010,
		ongoing: true,
		commitments: [2],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-integration-coordination-group',
		city: 'nuremberg',
		title: 'Cross-departmental coordination group on integration',
		summary:
			"Nuremberg formed a coordination group with members from every department of the city administration. The group coordinates the administration's comprehensive plan on integration.",
		commitments: [2],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'stockholm-labour-market-department-lead',
		city: 'stockholm',
		title: 'Labour Market Department leads on integration',
		summary:
			'In Stockholm the Labour Market Department holds overall responsibility for integration and coordinates a joint reception for people who have newly arrived. Other city administrations each take charge of particular steps of the integration process.',
		commitments: [2, 4],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation', 'employment'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'vienna-ma17-diversity-management',
		city: 'vienna',
		title: 'Municipal Department 17 – Integration and Diversity',
		summary:
			"A core task of Vienna's integration and diversity department (MA 17) is to promote diversity management inside the city administration itself. Alongside it, the departments for education, health, housing and social welfare each treat social inclusion as a priority of their own.",
		commitments: [2, 8],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation', 'staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'ghent-migration-integration-platform',
		city: 'ghent',
		title: 'City-wide platform on migration and integration',
		summary:
			'Ghent merged the separate structures it had for refugees and for European migrants into a single platform on migration and integration for the whole city. The change was meant to make cooperation on these questions easier.',
		commitments: [2],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation', 'stakeholder-cooperation'],
		targetGroups: ['refugees-asylum-seekers', 'eu-mobile-citizens'],
		source: R4
	}),
	practice({
		slug: 'leipzig-labour-market-coordination-board',
		city: 'leipzig',
		title: 'Coordination board on labour market integration',
		summary:
			"In January 2019 Leipzig set up a coordination board that brings together the relevant institutions and stakeholders of the city and the wider region. Its purpose is to improve migrants' routes into work.",
		startYear: 2019,
		ongoing: true,
		commitments: [4],
		trends: ['mainstreaming', 'low-threshold-access'],
		themes: ['stakeholder-cooperation', 'employment'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'barcelona-immigration-social-services-cooperation',
		city: 'barcelona',
		title: 'Immigration department and social services working together',
		summary:
			"After the city council was reorganised in 2019, Barcelona's immigration department and its social services began to work together more closely. The report cites this as an example of mainstreaming integration through cooperation between departments.",
		startYear: 2019,
		ongoing: true,
		commitments: [2, 4],
		trends: ['mainstreaming'],
		themes: ['interdepartmental-cooperation', 'social-care'],
		targetGroups: [],
		source: R4
	}),
	practice({
		slug: 'helsinki-integration-programme-2017-2021',
		city: 'helsinki',
		title: 'Integration Programme 2017–2021',
		summary:
			"Helsinki's integration programme for 2017 to 2021 promotes integration and cooperation between professions across the city. Every new integration measure or project is written into the programme of the sector in charge, because successful integration is treated as a goal for the whole city.",
		startYear: 2017,
		endYear: 2021,
		ongoing: true,
		commitments: [2],
		trends: ['mainstreaming'],
		themes: ['integration-strategy', 'interdepartmental-cooperation'],
		targetGroups: [],
		source: R4
	}),
	practice({
		slug: 'munich-master-plan-refugees',
		city: 'munich',
		title: 'Master Plan for the integration of refugees',
		summary:
			'Munich adopted its Master Plan for integrating refugees in July 2016 and carried it forward in 2019. It makes every municipal department responsible for integration within its own units; the city also describes the plan as one result of its intensive exchange with other European cities.',
		startYear: 2016,
		ongoing: true,
		commitments: [2],
		trends: ['mainstreaming', 'eu-global-governance'],
		themes: ['integration-strategy', 'interdepartmental-cooperation', 'european-networks'],
		targetGroups: ['refugees-asylum-seekers'],
		source: R4
	}),
	practice({
		slug: 'barcelona-saier',
		city: 'barcelona',
		title: 'SAIER – Service for Migrants and Refugees',
		summary:
			'Open since 1989, SAIER is a well-known Barcelona example of a one-stop shop. Migrants and refugees can get advice there on immigration matters, asylum and voluntary return, find language courses, and receive help with housing, work, health, social care and education.',
		startYear: 1989,
		ongoing: true,
		commitments: [4, 5],
		trends: ['mainstreaming'],
		themes: [
			'one-stop-shops',
			'language-learning',
			'housing',
			'employment',
			'health',
			'social-care',
			'education'
		],
		targetGroups: ['refugees-asylum-seekers', 'newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'leipzig-welcome-centre',
		city: 'leipzig',
		title: 'Welcome Centre',
		summary:
			'Leipzig opened a new Welcome Centre in April 2018. The report lists it among the welcome centres in which several services for migrants work together under one roof.',
		startYear: 2018,
		ongoing: true,
		commitments: [4],
		trends: ['mainstreaming'],
		themes: ['one-stop-shops'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-zambe',
		city: 'nuremberg',
		title: 'ZAMBe central contact point',
		summary:
			'In 2019 Nuremberg opened ZAMBe, a central contact point where any migrant can get first advice and orientation. The 4th report lists it among the one-stop shops and welcome centres that cities have opened.',
		startYear: 2019,
		ongoing: true,
		commitments: [4],
		trends: ['mainstreaming'],
		themes: ['one-stop-shops'],
		targetGroups: ['migrant-residents', 'newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'munich-integration-advisory-centre',
		city: 'munich',
		title: 'Integration Advisory Centre',
		summary:
			"Munich's Integration Advisory Centre gives information and counselling to migrants from the age of 16 upwards, whatever their nationality or residence status. The 4th report lists it among the one-stop shops and welcome centres that cities have opened.",
		commitments: [4, 5],
		trends: ['mainstreaming'],
		themes: ['one-stop-shops', 'social-care'],
		targetGroups: ['migrant-residents'],
		links: [
			{
				url: 'https://bit.ly/2IL5pLz',
				title: 'Integrationsberatungszentrum Sprache und Beruf (more information)'
			}
		],
		source: R4
	}),
	practice({
		slug: 'nicosia-information-support-centre',
		city: 'nicosia',
		title: 'Information and Support Centre for third-country nationals',
		summary:
			"Nicosia runs an Information and Support Centre as part of its AMIF-funded 'New Channels' project for integrating non-EU nationals in the local community. People from outside the EU get information, guidance and contacts there on the programmes, workshops and social services in the city, and the project also helps them claim their rights, receive psychological support and widen their networks.",
		commitments: [4, 5],
		trends: ['mainstreaming', 'eu-global-governance'],
		themes: ['one-stop-shops', 'social-care', 'eu-funded-projects'],
		targetGroups: ['newly-arrived'],
		funding: ['amif'],
		links: [{ url: 'https://bit.ly/3kDQq3k', title: 'New Channels project (more information)' }],
		source: R4
	}),
	practice({
		slug: 'utrecht-international-welcome-centre',
		city: 'utrecht',
		title: 'International Welcome Centre Utrecht Region',
		summary:
			'The International Welcome Centre Utrecht Region supports newcomers as they settle in the city and its surroundings. The report names it among the welcome centres that bring services for migrants together in one place.',
		commitments: [4],
		trends: ['mainstreaming'],
		themes: ['one-stop-shops'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'vienna-start-coaching',
		city: 'vienna',
		title: 'Start coaching for new residents',
		summary:
			'Vienna offers start coaching to everyone who newly registers as a resident of the city. Newcomers receive information on every area of daily life in their own language, both in one-to-one sessions and in group information modules.',
		commitments: [4, 5],
		trends: ['mainstreaming'],
		themes: ['one-stop-shops', 'multilingual-information'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'riga-consultative-board-society-integration',
		city: 'riga',
		title: 'Consultative Board on Society Integration',
		summary:
			'Riga City Council set up this board so that non-governmental organisations have a part in planning, carrying out and evaluating integration policy. Its members are representatives of the municipality, council deputies and NGOs.',
		commitments: [3],
		trends: ['mainstreaming'],
		themes: ['stakeholder-cooperation', 'consultative-bodies'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'toronto-newcomer-leadership-table',
		city: 'toronto',
		title: 'Newcomer Leadership Table',
		summary:
			'Every quarter Toronto convenes leaders from the settlement and immigration sector at its Newcomer Leadership Table. They advise on how newcomers reach services such as language learning, housing, jobs, health, social care and education.',
		commitments: [3, 5],
		trends: ['mainstreaming'],
		themes: ['stakeholder-cooperation', 'consultative-bodies'],
		targetGroups: ['newly-arrived', 'migrant-organisations'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 3: the specific needs of particular groups
	// ===================================================================================================
	practice({
		slug: 'helsinki-non-discrimination-plan-2020',
		city: 'helsinki',
		title: 'Non-discrimination plan built on intersectionality',
		summary:
			'Helsinki adopted a non-discrimination plan in March 2020 that takes an intersectional view. It recognises that social identities such as gender, disability and sexual orientation are interconnected.',
		startYear: 2020,
		ongoing: true,
		commitments: [2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'london-social-integration-strategy',
		city: 'london',
		title: 'Social Integration Strategy',
		summary:
			"London's Social Integration Strategy argues that divides of gender, sexuality, disability, age, class and employment status deserve more attention than differences of nationality. The report features it as an example of cities focusing on what particular groups need.",
		commitments: [2],
		trends: ['specific-groups'],
		themes: ['integration-strategy', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'oslo-anti-discrimination-hate-speech',
		city: 'oslo',
		title: 'Anti-discrimination agenda and action plan against hate speech',
		summary:
			'In 2019 Oslo adopted an agenda against discrimination together with a plan of action to counter hate speech and hostile attitudes. Both instruments are aimed squarely at racism, Islamophobia, homophobia and other forms of discrimination.',
		startYear: 2019,
		ongoing: true,
		commitments: [1, 2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'rennes-anti-discrimination-action-plan',
		city: 'rennes',
		title: 'Action plan against all forms of discrimination',
		summary:
			"Rennes has drawn up an action plan to fight discrimination of every kind. The report names it next to other cities' plans that write the right not to be discriminated against into municipal strategy.",
		commitments: [2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'ghent-integration-model-three-pillars',
		city: 'ghent',
		title: 'Integration model built on three pillars',
		summary:
			"Ghent's integration model pursues an inclusive equal opportunities policy that rests on accessible services, empowerment and social cohesion. It is meant to narrow inequalities for every group at risk, with the right to non-discrimination built into it.",
		commitments: [2, 4],
		trends: ['specific-groups'],
		themes: ['integration-strategy', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'barcelona-non-discrimination-office',
		city: 'barcelona',
		title: 'Office for non-discrimination',
		summary:
			'Barcelona runs a dedicated office for anyone who has experienced discrimination. It gives legal advice and psychological support and can mediate between the parties where that is needed.',
		commitments: [2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination', 'social-care'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-discrimination-reporting-point',
		city: 'amsterdam',
		title: 'Meldpunt Discrimination and Racism Amsterdam',
		summary:
			'As Dutch law requires, Amsterdam set up a contact point where people can report discrimination and racism. Together with local social partners, the city also ran a campaign encouraging residents to report hate crimes linked to discrimination and racism.',
		commitments: [1, 2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination', 'communication'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'rotterdam-discrimination-reporting-point',
		city: 'rotterdam',
		title: 'Discrimination reporting point and inclusion funding',
		summary:
			'Rotterdam has its own contact point for reporting discrimination. The city adds money for education, campaigns, research and many projects that promote inclusion and make people more willing to report discrimination.',
		commitments: [1, 2],
		trends: ['specific-groups'],
		themes: ['anti-discrimination', 'communication'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'milan-unaccompanied-minors-centre',
		city: 'milan',
		title: 'Service Centre for unaccompanied migrant minors',
		summary:
			'In November 2019 Milan opened a multifunctional centre devoted entirely to unaccompanied migrant minors, offering first reception and every service minors are legally entitled to. It coordinates and trains volunteer guardians appointed by the juvenile court, with the ombudsperson for children and the metropolitan authority. Qualified staff assess each young person before a longer-term placement is chosen, and help for any vulnerability found is given inside the centre, so minors are not sent around town or moved before a suitable home is ready.',
		startYear: 2019,
		ongoing: true,
		commitments: [4, 5],
		trends: ['specific-groups'],
		themes: ['one-stop-shops', 'social-care', 'health', 'housing'],
		targetGroups: ['unaccompanied-minors'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-afterschool-equal-opportunities',
		city: 'amsterdam',
		title: 'After-school activities and equal chances from an early age',
		summary:
			'Amsterdam plans additional after-school activities in the neighbourhoods that are home to the largest share of children from vulnerable families. Together with schools it also works to give every resident equal opportunities, starting at the youngest possible age.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['education'],
		targetGroups: ['children-families'],
		source: R4
	}),
	practice({
		slug: 'vienna-u25-youth-support',
		city: 'vienna',
		title: 'U25 – Vienna Youth Support for Education, Profession and Social Affairs',
		summary:
			'Through the U25 project Vienna responds to the particular needs of young people aged 15 to 24 and works to improve their position on the labour market. It helps cover the period when support tied to being a minor runs out but young adults still need guidance.',
		commitments: [4, 5],
		trends: ['specific-groups'],
		themes: ['employment', 'education', 'social-care'],
		targetGroups: ['young-people'],
		links: [
			{
				url: 'https://bit.ly/38SebT4',
				title: 'U25 – The Vienna Youth Support for Education, Profession and Social Affairs'
			}
		],
		source: R4
	}),
	practice({
		slug: 'vienna-start-wien-youth-college',
		city: 'vienna',
		title: 'Start Wien – the Youth College',
		summary:
			'Start Wien – the Youth College gives young people individual help as they prepare for secondary school, vocational training or a stable job. It is part of what Vienna does for young adults, whom the report counts among the vulnerable.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['education', 'employment'],
		targetGroups: ['young-people'],
		links: [{ url: 'https://bit.ly/3nxe1Er', title: 'Start Wien – the Youth College (more information)' }],
		source: R4
	}),
	practice({
		slug: 'helsinki-youth-counselling-15-29',
		city: 'helsinki',
		title: 'Free walk-in counselling for 15–29 year olds',
		summary:
			'Since 2018 Helsinki has offered a free, low-threshold counselling service to everyone between 15 and 29. Young people can drop in at the city-centre location without an appointment, or get in touch by phone or e-mail, for help with study, work, housing, income, health care and well-being.',
		startYear: 2018,
		ongoing: true,
		commitments: [4, 5],
		trends: ['specific-groups', 'low-threshold-access'],
		themes: ['social-care', 'education', 'employment', 'housing', 'health'],
		targetGroups: ['young-people'],
		source: R4
	}),
	practice({
		slug: 'malmo-unaccompanied-minors-guidelines',
		city: 'malmo',
		title: 'Integration guidelines for youth social workers',
		summary:
			'Malmo, responsible for 247 unaccompanied minors at the start of 2020, has written specific integration guidelines within its municipal unit for these young people. They strengthen the capacity of youth social workers to meet all the needs of the young people they support.',
		commitments: [5, 8],
		trends: ['specific-groups'],
		themes: ['social-care', 'staff-training'],
		targetGroups: ['unaccompanied-minors', 'city-staff'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-refugee-women-guidance',
		city: 'amsterdam',
		title: 'Guidance for refugee women by trained case managers and peers',
		summary:
			'Amsterdam trains its case managers and job-search consultants in how to guide and communicate with refugee women. In peer-learning projects, refugee women themselves serve as role models for others.',
		commitments: [4, 5],
		trends: ['specific-groups'],
		themes: ['employment', 'staff-training'],
		targetGroups: ['migrant-women', 'refugees-asylum-seekers'],
		source: R4
	}),
	practice({
		slug: 'utrecht-let-a-1000-flowers-bloom',
		city: 'utrecht',
		title: "'Let a 1000 flowers bloom'",
		summary:
			'In this Utrecht project, mothers reach out to other mothers through primary schools. The women then follow Dutch lessons in small groups at school during school hours.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['language-learning', 'education'],
		targetGroups: ['migrant-women', 'children-families'],
		source: R4
	}),
	practice({
		slug: 'helsinki-women-to-work',
		city: 'helsinki',
		title: "'Women to work'",
		summary:
			"Helsinki counts the weak employment of women of foreign origin among the problems it has to solve. Its 'Women to work' project helps these women into jobs and also sets out to reduce the gender segregation of occupations.",
		commitments: [4],
		trends: ['specific-groups', 'low-threshold-access'],
		themes: ['employment'],
		targetGroups: ['migrant-women'],
		source: R4
	}),
	practice({
		slug: 'milan-sgbv-capacity-building',
		city: 'milan',
		title: 'Capacity building on sexual and gender-based violence',
		summary:
			'Milan has joined capacity-building sessions on sexual and gender-based violence in migrant communities. Over two years they are to produce new tools that help local services respond to such violence.',
		commitments: [5, 8],
		trends: ['specific-groups'],
		themes: ['social-care', 'staff-training'],
		targetGroups: ['migrant-women'],
		source: R4
	}),
	practice({
		slug: 'leipzig-women-at-work',
		city: 'leipzig',
		title: "'Women at work' expert meeting",
		summary:
			"Every year since 2018 Leipzig has hosted an expert meeting called 'Women at work'. Migrant women and key stakeholders use it to share information, know-how and experience with one another.",
		startYear: 2018,
		ongoing: true,
		commitments: [3, 4],
		trends: ['specific-groups'],
		themes: ['employment', 'participation'],
		targetGroups: ['migrant-women'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-undocumented-migrant-programme',
		city: 'amsterdam',
		title: 'Undocumented Migrant Programme',
		summary:
			"Amsterdam's programme gives undocumented migrants emergency housing and the health care they need. The city is creating 500 places where people can stay for up to 18 months with professional help to work out their future: legal residence, legal migration to another country or voluntary return.",
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['housing', 'health', 'social-care'],
		targetGroups: ['undocumented-migrants'],
		links: [
			{ url: 'https://bit.ly/2H9Eatv', title: 'Uitvoeringsplan 24-uursopvang ongedocumenteerden (programme)' }
		],
		source: R4
	}),
	practice({
		slug: 'ghent-undocumented-shelter-healthcare',
		city: 'ghent',
		title: 'Emergency care and shelter for undocumented migrants',
		summary:
			'Ghent provides emergency health care and temporary shelter to undocumented migrants. Meanwhile it explores lasting solutions, either a future in Belgium or a voluntary return.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['housing', 'health'],
		targetGroups: ['undocumented-migrants'],
		source: R4
	}),
	practice({
		slug: 'helsinki-undocumented-emergency-housing',
		city: 'helsinki',
		title: 'Emergency housing for undocumented migrants',
		summary:
			'Helsinki provides emergency accommodation to undocumented migrants for one or two nights at a time. The report lists it among city measures for a group that can use almost no state services.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['housing'],
		targetGroups: ['undocumented-migrants'],
		source: R4
	}),
	practice({
		slug: 'milan-voluntary-return-outreach',
		city: 'milan',
		title: 'Outreach on voluntary return (REACH OUT)',
		summary:
			'Milan puts considerable effort into informing migrants about voluntary return, improving its outreach and communication and building shared practices with other EU cities. The work belongs to REACH OUT, a project run by the European Return and Reintegration Network (ERRIN).',
		commitments: [5],
		trends: ['specific-groups', 'eu-global-governance'],
		themes: ['communication', 'european-networks'],
		targetGroups: ['undocumented-migrants'],
		links: [{ url: 'https://bit.ly/3lGAlLh', title: 'REACH OUT project (ERRIN)' }],
		source: R4
	}),
	practice({
		slug: 'leipzig-undocumented-medical-care',
		city: 'leipzig',
		title: 'Anonymous medical care and counselling for undocumented migrants',
		summary:
			'Leipzig made it easier for undocumented migrants to obtain basic medical care without revealing their identity. The city also pays for social counselling for this group.',
		commitments: [4],
		trends: ['specific-groups'],
		themes: ['health', 'social-care'],
		targetGroups: ['undocumented-migrants'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-eritrean-status-holders',
		city: 'amsterdam',
		title: 'Tailored labour market approach for Eritrean status holders',
		summary:
			'Research in Amsterdam showed that refugees from Eritrea find it harder to enter the labour market than other refugee groups. The city therefore added a tailored approach for them on top of its regular services.',
		commitments: [4, 5],
		trends: ['specific-groups'],
		themes: ['employment', 'monitoring-and-data'],
		targetGroups: ['status-holders', 'specific-communities'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-somali-labour-market',
		city: 'amsterdam',
		title: 'Labour market programmes for Somali residents',
		summary:
			"Alongside its approach for Eritreans, Amsterdam ran programmes to help Somali residents find their way into the labour market. They belong to the city's measures for nationalities that have more trouble reaching services.",
		commitments: [4, 5],
		trends: ['specific-groups'],
		themes: ['employment'],
		targetGroups: ['specific-communities'],
		source: R4
	}),
	practice({
		slug: 'malmo-national-minorities',
		city: 'malmo',
		title: 'Social inclusion actions for national minorities',
		summary:
			"Malmo runs specific social inclusion actions aimed at the national minorities living in the city. The report mentions them among cities' tailored programmes for groups that find social services harder to reach.",
		commitments: [2, 4],
		trends: ['specific-groups'],
		themes: ['social-care'],
		targetGroups: ['specific-communities'],
		source: R4
	}),
	practice({
		slug: 'vienna-afghan-chechen-communities',
		city: 'vienna',
		title: 'Empowerment of Afghan and Chechen communities',
		summary:
			"Vienna's integration department helps the Afghan and Chechen communities to organise themselves and to strengthen their own voice. Particular attention goes to women and young people in these communities.",
		commitments: [3, 4],
		trends: ['specific-groups'],
		themes: ['participation'],
		targetGroups: ['specific-communities', 'migrant-women', 'young-people', 'migrant-organisations'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 4: low-threshold access to integration services
	// ===================================================================================================
	practice({
		slug: 'vienna-multilingual-city-information',
		city: 'vienna',
		title: 'Multilingual information on city services',
		summary:
			"Vienna's city employees give every resident information about municipal services in several languages. The report lists the city among those offering services in the languages spoken in migrant communities.",
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'leipzig-language-cultural-translation',
		city: 'leipzig',
		title: 'Language and Cultural Translation Services',
		summary:
			'Leipzig extended the funding of its Language and Cultural Translation Services so that a wider range of service providers can draw on them. The 4th report lists it among the ways cities offer their services in the languages of migrant communities.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information'],
		targetGroups: ['migrant-residents'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'oulu-guidance-15-languages',
		city: 'oulu',
		title: 'Guidance and information in 15 languages',
		summary:
			'Oulu provides guidance and information services to all migrants in 15 different languages. The report uses it as an example of cities serving migrant communities in their own languages.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information', 'social-care'],
		targetGroups: ['migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'stockholm-civic-orientation-native-language',
		city: 'stockholm',
		title: "Civic orientation in newcomers' own languages",
		summary:
			'Stockholm gives the compulsory civic orientation course for newly arrived migrants in their native languages. The 4th report lists it among the ways cities offer their services in the languages of migrant communities.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information', 'education'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'helsinki-services-in-english',
		city: 'helsinki',
		title: 'Key city services in English',
		summary:
			'In 2019 Helsinki began a two-year programme to develop its main services in English. The goal is to make them easier to use for all residents from abroad.',
		startYear: 2019,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'milan-welcome-guide',
		city: 'milan',
		title: 'Multilingual welcome guide',
		summary:
			'Milan produced a comprehensive welcome guide for new residents, available in several languages. It is meant to help people who have newly moved to the city.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'ghent-accessible-communication-charter',
		city: 'ghent',
		title: 'Charter for accessible communication',
		summary:
			'Ghent developed a charter that makes accessible communication a priority. Its tools include aids for language accessibility, plain language, usability testing, training staff to write readable texts, interpreting by video link and a visual dictionary.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information', 'staff-training'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-clear-language',
		city: 'nuremberg',
		title: 'Information in clear language',
		summary:
			'Nuremberg aims to give its information in clear, simple language so that people find their way to city services more easily. The report places it beside Ghent and Riga as cities that pair multilingual content with plain wording.',
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'riga-accessible-web-information',
		city: 'riga',
		title: 'Accessible and multilingual city websites',
		summary:
			"The webpage of Riga City Council's Welfare Department is written in plain wording, while the Education, Culture and Sports Department offers sign-language videos and a text-to-speech reader on its site. Riga's information websites now also have sections in Russian, English and sign language.",
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['multilingual-information', 'digital-services'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'milan-digital-civic-services',
		city: 'milan',
		title: 'Digital tools for civic services',
		summary:
			'Milan built digital tools to make civic services easier to reach for people with a migrant background. They include a family reunification application, a web platform giving every resident access to online services and a platform for finding Italian language courses.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['digital-services', 'language-learning'],
		targetGroups: ['newly-arrived', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'oslo-welcome-to-oslo-english',
		city: 'oslo',
		title: "English version of the 'Welcome to Oslo' website",
		summary:
			"Oslo is preparing an English version of its 'Welcome to Oslo' website. It is one of the online services that cities developed during the reporting period to make access easier.",
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['digital-services', 'multilingual-information'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-integreat-app',
		city: 'nuremberg',
		title: 'Integreat app',
		summary:
			"Integreat is a mobile app and website in many languages that gives newcomers what they need to know to start life in a city; more than 60 German cities use it. Nuremberg's content comes in seven languages and covers immigration law, childcare, school, everyday living and leisure, with named contact points and practical tips. Refugees helped design it so that it would answer their real needs.",
		commitments: [4, 5],
		trends: ['low-threshold-access'],
		themes: ['digital-services', 'multilingual-information'],
		targetGroups: ['newly-arrived', 'refugees-asylum-seekers'],
		links: [
			{
				url: 'https://www.nuernberg.de/internet/integration/integreat.html',
				title: 'Integreat (City of Nuremberg)'
			}
		],
		source: R4
	}),
	practice({
		slug: 'amsterdam-language-offence-programme',
		city: 'amsterdam',
		title: 'Free language education (Language Offence Programme 2019–2022)',
		summary:
			'Amsterdam offers adults language education free of charge, organised through its Language Offence Programme for 2019 to 2022. It is among the cities that open language courses to people soon after arrival.',
		startYear: 2019,
		endYear: 2022,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['language-learning'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'london-esol-plus',
		city: 'london',
		title: 'ESOL Plus Programme',
		summary:
			'Through the ESOL Plus Programme, London helps residents overcome what keeps them from learning English. The city looks for every chance to collaborate with others and try new ways of teaching the language.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['language-learning'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'riga-bilingual-teaching-support',
		city: 'riga',
		title: 'Latvian courses and bilingual teaching support',
		summary:
			'Riga runs Latvian language courses for various groups of residents and newcomers. It also helps teachers in general education apply a bilingual teaching method in their classes.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['language-learning', 'education'],
		targetGroups: ['newly-arrived', 'children-families'],
		source: R4
	}),
	practice({
		slug: 'utrecht-free-university-courses',
		city: 'utrecht',
		title: 'Free university courses for refugees',
		summary:
			'Utrecht works with the local university so that refugees can attend university courses free of charge. Student support groups help them find their way into university life.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['education'],
		targetGroups: ['refugees-asylum-seekers'],
		source: R4
	}),
	practice({
		slug: 'utrecht-plan-einstein-academy',
		city: 'utrecht',
		title: 'Plan Einstein Academy',
		summary:
			'The city and the HU University of Applied Sciences Utrecht are jointly developing the Plan Einstein Academy. It is meant to let refugees with higher education carry on with their studies from their very first day in the city.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['education'],
		targetGroups: ['refugees-asylum-seekers', 'international-talent'],
		source: R4
	}),
	practice({
		slug: 'rennes-language-learning-platform',
		city: 'rennes',
		title: 'Language learning platform and monitoring tool',
		summary:
			'Rennes regards language learning as the key to integration and to claiming rights, and has invested heavily in a learning platform and a tool for following language courses. Learners combine classroom teaching with distance learning to build the skills they need to handle daily life on their own.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['language-learning', 'digital-services', 'monitoring-and-data'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'stockholm-sustainable-establishment',
		city: 'stockholm',
		title: "'Sustainable Establishment' project",
		summary:
			"Begun in August 2019 with EU money, this Stockholm project develops new ways to help newly arrived people with little schooling, and women in particular, find work. It is part of the city's wider focus on language training and job measures for migrants.",
		startYear: 2019,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access', 'eu-global-governance'],
		themes: ['employment', 'language-learning', 'eu-funded-projects'],
		targetGroups: ['newly-arrived', 'migrant-women'],
		funding: ['eu-other'],
		source: R4
	}),
	practice({
		slug: 'stockholm-syven-career-guidance',
		city: 'stockholm',
		title: "'SYVen' project for study and career advisors",
		summary:
			'Stockholm takes part in the SYVen project, which raises the skills of study and career advisors. The goal is career guidance that is better fitted to the needs of each person who asks for advice.',
		commitments: [4, 5],
		trends: ['eu-global-governance'],
		themes: ['education', 'employment', 'staff-training'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'barcelona-activa-irregular-migrants-unit',
		city: 'barcelona',
		title: 'Barcelona Activa unit for irregular migrants',
		summary:
			"Barcelona Activa is the city's source of information on jobs and financing. It recently set up a unit devoted to migrants with an irregular status and to helping them into work.",
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment'],
		targetGroups: ['undocumented-migrants'],
		source: R4
	}),
	practice({
		slug: 'malmo-municipal-work-experience',
		city: 'malmo',
		title: 'Work experience in the city administration',
		summary:
			'Since 2018, nationally introduced job opportunities have allowed Malmo to offer work experience inside its own administration to a number of residents. Both long-term unemployed Swedes and newly arrived migrants have taken part.',
		startYear: 2018,
		ongoing: true,
		commitments: [4, 6],
		trends: ['low-threshold-access'],
		themes: ['employment', 'staff-diversity'],
		targetGroups: ['jobseekers', 'newly-arrived'],
		funding: ['national-funding'],
		source: R4
	}),
	practice({
		slug: 'toulouse-tailored-employment-support',
		city: 'toulouse',
		title: 'Tailored support into work',
		summary:
			'Toulouse combines tailored support and individual coaching with training and language classes to help migrants into employment. It also offers help with childcare and activities that strengthen participants in taking charge of their own lives.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'language-learning', 'social-care'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'stockholm-integration-pact',
		city: 'stockholm',
		title: "'Integrationspakten' – the Integration Pact",
		summary:
			'Stockholm recently launched the Integration Pact, a network of companies, non-profits and public bodies working for a more inclusive labour market. It helps employers find skilled staff, offers a fast track into Swedish, further education and jobs, and strengthens integration by bringing more people into working life.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'stakeholder-cooperation', 'language-learning'],
		targetGroups: ['businesses', 'jobseekers', 'newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'helsinki-skills-centre',
		city: 'helsinki',
		title: 'Helsinki Skills Centre',
		summary:
			'Since 2016 the Helsinki Skills Centre has served unemployed people by bringing together adult education, social work and employment services. Working with national authorities, companies and NGOs, it helps open up new jobs for the people it supports.',
		startYear: 2016,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'education', 'stakeholder-cooperation'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'tampere-international-skills-centre',
		city: 'tampere',
		title: 'International Skills Centre',
		summary:
			'Tampere founded its International Skills Centre in 2019 to help people into work by assessing their skills and offering training. The centre is one of the ways the city carries out its strategic programme on international talent attraction and migration.',
		startYear: 2019,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'education'],
		targetGroups: ['jobseekers', 'international-talent'],
		source: R4
	}),
	practice({
		slug: 'tampere-talent-attraction-programme',
		city: 'tampere',
		title: 'Strategic Programme on International Talent Attraction and Migration 2019–2024',
		summary:
			"The 4th report names Tampere's strategic programme for 2019 to 2024 on international talent attraction and migration. The city puts it into action through, among other things, its International Skills Centre, which assesses skills and provides training.",
		startYear: 2019,
		endYear: 2024,
		ongoing: true,
		commitments: [2, 4],
		trends: ['low-threshold-access'],
		themes: ['integration-strategy', 'employment'],
		targetGroups: ['international-talent'],
		links: [
			{
				url: 'https://bit.ly/2H8FHQy',
				title: 'Strategic Programme on International Talent Attraction and Migration'
			}
		],
		source: R4
	}),
	practice({
		slug: 'oulu-skill-development-centre',
		city: 'oulu',
		title: 'Skill Development Centre',
		summary:
			'Oulu created a new Skill Development Centre, which began serving clients in October 2020. It is one of the skills centres that cities created to bring employment and training services for migrants together.',
		startYear: 2020,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'education'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'leipzig-saxony-counselling-foreign-employees',
		city: 'leipzig',
		title: 'Expert information centre and counselling for foreign employees',
		summary:
			'Leipzig reported on two regional bodies in Saxony, the Immigration Expert Information Centre and a Counselling Centre for Foreign Employees, whose projects open up vocational training and jobs. They also work for legal employment on fair terms and equal treatment of all workers in the region.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment', 'stakeholder-cooperation'],
		targetGroups: ['jobseekers'],
		source: R4
	}),
	practice({
		slug: 'toronto-mentoring-partnership',
		city: 'toronto',
		title: 'The Mentoring Partnership',
		summary:
			'Across Toronto, the Mentoring Partnership pairs internationally educated professionals with people working in the same field. The mentoring helps newcomers make the move into the local labour market.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['employment'],
		targetGroups: ['international-talent', 'newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-housing-for-newcomers',
		city: 'amsterdam',
		title: 'Smaller homes for newcomers, students and status holders',
		summary:
			'Amsterdam wants every resident, refugees included, to have a suitable home, and by national rule it must house the status holders assigned to it. Besides building homes to rent and buy, it creates more modest units for students, status holders and other newly arrived migrants, through new construction and the conversion of existing buildings.',
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['housing'],
		targetGroups: ['status-holders', 'newly-arrived'],
		source: R4
	}),
	practice({
		slug: 'ghent-housing-taskforce',
		city: 'ghent',
		title: 'Housing taskforce',
		summary:
			'Ghent counts the shortage of affordable, good-quality and energy-efficient homes for people on low incomes among its main challenges. In 2017 it set up a housing taskforce with all stakeholders to tackle the crisis, paying particular attention to the most vulnerable, migrants and refugees among them.',
		startYear: 2017,
		ongoing: true,
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['housing', 'stakeholder-cooperation'],
		targetGroups: ['refugees-asylum-seekers', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'stockholm-social-housing-guidance',
		city: 'stockholm',
		title: 'Guidance towards permanent accommodation',
		summary:
			"In Stockholm, the city's social housing body SHIS and the Social Services Department allocate accommodation to people in need and have written guidance on finding a permanent home. The city works to move people out of temporary accommodation into lasting housing.",
		commitments: [4],
		trends: ['low-threshold-access'],
		themes: ['housing', 'social-care'],
		targetGroups: ['newly-arrived'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 5: communicating openly about equal opportunities
	// ===================================================================================================
	practice({
		slug: 'ghent-everybody-is-different-campaign',
		city: 'ghent',
		title: "'Everybody is different, everybody is Ghent'",
		summary:
			'With this campaign Ghent presents itself as a hospitable city that values the great variety of its people. Through it, the city also pays for projects and initiatives that reinforce democratic values and promote diversity.',
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'city-identity'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'leipzig-place-of-diversity',
		city: 'leipzig',
		title: "'Leipzig, place of diversity'",
		summary:
			"Leipzig decided to carry on its general strategy 'Leipzig, place of diversity'. Under it, the city finances projects that reinforce democratic values and promote diversity.",
		ongoing: true,
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'city-identity'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'rotterdam-no-worries-this-is-rotterdam',
		city: 'rotterdam',
		title: "'No worries, this is Rotterdam'",
		summary:
			"Rotterdam refreshed its programme 'No worries, this is Rotterdam' with new activities. They aim to build acceptance of diversity among pupils in the city's schools.",
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'education'],
		targetGroups: ['children-families', 'young-people'],
		source: R4
	}),
	practice({
		slug: 'london-is-open',
		city: 'london',
		title: '#LondonIsOpen campaign',
		summary:
			'As the United Kingdom left the European Union, London ran its #LondonIsOpen campaign. Its message was that the city stays open and welcomes migrants, in contrast to national policies that put up barriers to migration.',
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'political-leadership'],
		targetGroups: ['migrant-residents', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-gutmensch-video',
		city: 'nuremberg',
		title: "'Gutmensch' music video against discrimination",
		summary:
			"Responding to an allegation in the city centre, Nuremberg turned to art to expose discrimination and show how diverse its population is. The young artist Charles Junior made the music video 'Gutmensch', which rejects all discrimination and calls for living together without violence or prejudice. It was co-produced by the city's commissioner for discrimination issues, with support from the federal programme 'Live Democracy!'.",
		commitments: [1, 2],
		trends: ['open-communication'],
		themes: ['communication', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		funding: ['national-funding'],
		links: [{ url: 'https://bit.ly/3nzG9XQ', title: "'Gutmensch' video and translation of the lyrics" }],
		source: R4
	}),
	practice({
		slug: 'amsterdam-european-migrant-advisory-board',
		city: 'amsterdam',
		title: 'European Migrant Advisory Board',
		summary:
			"The Urban Agenda Partnership on Inclusion of Migrants and Refugees created the European Migrant Advisory Board, a self-led group of advisers with refugee and migrant backgrounds who seek a greater say in policies affecting their rights. As the partnership's coordinator, Amsterdam championed the board and made sure its members fed into EU-level debates, with newcomers directly involved and consulted.",
		commitments: [3],
		trends: ['participation', 'eu-global-governance'],
		themes: ['participation', 'consultative-bodies', 'european-networks'],
		targetGroups: ['refugees-asylum-seekers', 'migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'malmo-equal-opportunities-homepage',
		city: 'malmo',
		title: 'Equal opportunities on the homepage, plan in eight languages',
		summary:
			"For Malmo's city council, equal opportunities are an explicit objective, stated directly on the city's homepage. Its strategic development plan against discrimination has been translated into eight languages so that a broad public can read it.",
		commitments: [1],
		trends: ['open-communication'],
		themes: ['political-leadership', 'communication', 'multilingual-information'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'milan-welcoming-city-mayor',
		city: 'milan',
		title: "Mayor's strategy of a welcoming city",
		summary:
			"The strategy of Milan's mayor consistently promotes Milan as a welcoming city without cultural borders. The report cites it as an example of political leaders openly embracing diversity.",
		commitments: [1],
		trends: ['open-communication'],
		themes: ['political-leadership', 'communication', 'city-identity'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-coalition-agreement-equal-opportunities',
		city: 'amsterdam',
		title: 'Equal opportunities chapter in the coalition agreement',
		summary:
			"Amsterdam's governing board of mayor and deputy mayors devoted a whole chapter of its coalition agreement to equal opportunities. The report presents this as an instance of city leaders committing publicly to diversity.",
		commitments: [1],
		trends: ['open-communication'],
		themes: ['political-leadership'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-social-directors-exchange',
		city: 'amsterdam',
		title: 'Exchange of social affairs directors on equal opportunities',
		summary:
			'Amsterdam started an initiative where social affairs directors from several Eurocities member cities share what they know about equal opportunities. They swap good practice on the topic across borders.',
		commitments: [1, 2],
		trends: ['open-communication', 'eu-global-governance'],
		themes: ['european-networks'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'milan-yearly-inclusion-event',
		city: 'milan',
		title: 'Yearly city-wide event for inclusion',
		summary:
			'Once a year Milan holds an event at which the whole city declares its commitment to inclusion and to fighting discrimination. It is a public way of restating that message every year.',
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'nicosia-open-communication-events',
		city: 'nicosia',
		title: 'Events and campaigns on equal opportunities',
		summary:
			'Nicosia talks about equal opportunities in many ways: events that bring migrants and Cypriots together, radio campaigns and social media. With NGOs working with migrants it has co-organised or hosted a Global Migration Film Festival, a careers fair for refugees and a day honouring anti-racist journalism and the fight against hate speech.',
		commitments: [1],
		trends: ['open-communication'],
		themes: ['communication', 'stakeholder-cooperation'],
		targetGroups: ['all-residents', 'refugees-asylum-seekers'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 6: an inclusive and participatory approach with migrant communities
	// ===================================================================================================
	practice({
		slug: 'barcelona-migration-municipal-council',
		city: 'barcelona',
		title: 'Migration Municipal Council',
		summary:
			"Barcelona's Migration Municipal Council has existed since 1997. This consultative body of the city works in partnership with more than 70 migrant associations.",
		startYear: 1997,
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'ghent-migration-forum',
		city: 'ghent',
		title: 'Migration forum, advisory board and network of migrant organisations',
		summary:
			"Twice a year Ghent's migration forum brings policymakers, administrators, civil society and residents together to cooperate on integration. In addition, residents with a migrant background are consulted regularly via a network of migrant organisations and an advisory board.",
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies', 'stakeholder-cooperation'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'oulu-migrants-union',
		city: 'oulu',
		title: "Migrants' union",
		summary:
			"Oulu has a migrants' union that the city consults when it prepares statements on development and on planning its services. Members of the union are also appointed to the city's various advisory boards.",
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'munich-migration-council',
		city: 'munich',
		title: 'Migration Council',
		summary:
			'Munich has set up a Migration Council. The report lists it among the consultative bodies through which residents with a migrant background help shape local policy on integration and social inclusion.',
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies'],
		targetGroups: ['migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-integration-council',
		city: 'nuremberg',
		title: 'Integration Council',
		summary:
			"Nuremberg's Integration Council took a very active part in rewriting the city's integration guidelines. It is one of the consultative bodies that let residents with a migrant background influence local policy.",
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies', 'integration-strategy'],
		targetGroups: ['migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'oslo-minorities-advisory-council',
		city: 'oslo',
		title: 'Advisory council for minorities',
		summary:
			'In 2020 Oslo set up a new advisory council for minorities. It was created so that minorities could give their input on the new Integration Law.',
		startYear: 2020,
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies'],
		targetGroups: ['specific-communities'],
		source: R4
	}),
	practice({
		slug: 'rotterdam-migrant-expert-pool',
		city: 'rotterdam',
		title: 'Expert pool of migrant communities and refugees',
		summary:
			'Rotterdam is building an expert pool of people from migrant communities and refugees. Its members are to reflect on, and contribute to, both the making and the carrying out of city policy.',
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies', 'participation'],
		targetGroups: ['refugees-asylum-seekers', 'specific-communities'],
		source: R4
	}),
	practice({
		slug: 'toulouse-diversity-council',
		city: 'toulouse',
		title: 'Toulouse Diversity Council',
		summary:
			'Backed by the city government, the Toulouse Diversity Council is made up of foreign nationals who live in Toulouse. Its members work to improve the integration and everyday life of foreign residents and examine their needs, their citizenship, their empowerment and their access to rights.',
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies'],
		targetGroups: ['migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'malmo-forum-democracy-human-rights',
		city: 'malmo',
		title: 'Forum for Democracy and Human Rights',
		summary:
			'In 2020 Malmo launched a forum where residents and civil society meet representatives of every political party on the City Council. It meets twice a year, with further meetings in between, and aims to raise participation, safety and election turnout while countering hate crime, racism, discrimination and extremism.',
		startYear: 2020,
		ongoing: true,
		commitments: [2, 3],
		trends: ['participation'],
		themes: ['participation', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'malmo-citizen-panel-digital-platform',
		city: 'malmo',
		title: 'Digital participation platform and citizen panel',
		summary:
			'Malmo runs a digital platform on which any resident can take part, and a representative panel of residents whose views are sought regularly before decisions are taken. Instead of a dedicated migrant body, these open channels let every resident help shape local policy.',
		commitments: [3],
		trends: ['participation'],
		themes: ['participation', 'digital-services'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'rennes-migrants-in-advisory-boards',
		city: 'rennes',
		title: 'Migrants in general advisory boards',
		summary:
			"Rennes has no separate board or council for migrants. Instead, migrants sit on several of the city's advisory boards and take part in local policy through them.",
		commitments: [3],
		trends: ['participation'],
		themes: ['consultative-bodies', 'participation'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'riga-online-public-discussions',
		city: 'riga',
		title: 'Open online discussions on the city website',
		summary:
			"Riga invites every resident to join public discussions online through the municipality's website. There are no actions aimed specifically at migrants and refugees; participation is open to all on the same terms.",
		commitments: [3],
		trends: ['participation'],
		themes: ['participation', 'digital-services'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'nicosia-migrant-communities-network',
		city: 'nicosia',
		title: 'Network of migrant communities and local authorities',
		summary:
			"Nicosia created a network linking migrant communities with local authorities. Through it, migrant groups help design and develop the city's integration programmes and activities.",
		commitments: [3],
		trends: ['participation'],
		themes: ['participation', 'stakeholder-cooperation'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'leipzig-migrant-organisations-working-group',
		city: 'leipzig',
		title: 'Working group with migrant organisations',
		summary:
			'In 2019 Leipzig formed a working group of migrant organisations and its Department of Migration and Integration to give those organisations better structural support. For 2020 the city planned workshops to help migrant organisations and communities take part in political life.',
		startYear: 2019,
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['participation', 'stakeholder-cooperation'],
		targetGroups: ['migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'helsinki-somali-organisations-covid',
		city: 'helsinki',
		title: 'Working with Somali organisations during COVID-19',
		summary:
			'During the COVID-19 pandemic Helsinki stepped up its contact with migrant NGOs and associations, gathering representatives of Somali organisations to deal with the situation together with city officials. The city is looking at ways to take this cooperation further.',
		startYear: 2020,
		ongoing: true,
		commitments: [3, 5],
		trends: ['participation'],
		themes: ['participation', 'health', 'stakeholder-cooperation'],
		targetGroups: ['specific-communities', 'migrant-organisations'],
		source: R4
	}),
	practice({
		slug: 'toronto-equity-responsive-budgeting',
		city: 'toronto',
		title: 'Equity responsive budgeting',
		summary:
			'Since 2016 Toronto has applied equity responsive budgeting so that all residents get fair access and fair outcomes, immigrants, refugees and undocumented people included. City staff analyse how changes to the operating budget would affect different equity-seeking groups and present the results to inform the budget debate and decisions.',
		startYear: 2016,
		ongoing: true,
		commitments: [2, 3],
		trends: ['participation'],
		themes: ['participatory-budgeting', 'anti-discrimination', 'monitoring-and-data'],
		targetGroups: ['refugees-asylum-seekers', 'undocumented-migrants', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'tampere-participatory-budgeting',
		city: 'tampere',
		title: 'Participatory budgeting with information in English',
		summary:
			"Under Tampere's new participatory budgeting model, residents plan and decide how tax revenue should be spent. The city translated the information into English precisely so that its migrant population would take part.",
		commitments: [3],
		trends: ['participation'],
		themes: ['participatory-budgeting', 'multilingual-information'],
		targetGroups: ['migrant-residents', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'helsinki-participatory-budgeting',
		city: 'helsinki',
		title: 'Participatory budgeting for a more diverse public',
		summary:
			'Helsinki sets aside about €4.4 million a year to carry out ideas proposed by residents, shared among the major districts according to their population. The city is adapting the model so that it reaches and engages a more diverse range of residents.',
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['participatory-budgeting'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R4
	}),
	practice({
		slug: 'toulouse-participatory-budget-priority-districts',
		city: 'toulouse',
		title: 'Participatory budget for priority districts',
		summary:
			"Toulouse's government introduced a participatory budget for disadvantaged neighbourhoods, currently on trial in the 16 priority districts of the city. It has €1 million to support projects put forward by local residents.",
		ongoing: true,
		commitments: [3],
		trends: ['participation'],
		themes: ['participatory-budgeting'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 7: inclusive city administrations and procurement
	// ===================================================================================================
	practice({
		slug: 'london-diversity-inclusion-board',
		city: 'london',
		title: 'Diversity and inclusion management board',
		summary:
			"London's management board for diversity and inclusion drives inclusion activities within the organisation. It makes policy recommendations to keep the city's workforce diverse and inclusive.",
		commitments: [6, 7],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity', 'equal-treatment-at-work'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'toronto-executive-talent-forum',
		city: 'toronto',
		title: 'Executive Talent Forum',
		summary:
			'Toronto set up an Executive Talent Forum of senior officials from every part of the city administration. Its purpose is a diverse workforce at all levels of staff, with particular attention to management positions.',
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'ghent-staff-diversity-target',
		city: 'ghent',
		title: 'Target of 30% new staff with a migration background',
		summary:
			'Ghent adopted an action plan aiming for 30% of newly recruited city employees to have a migration background by 2020. It is one of the recruitment plans in the report with a clear, measurable target.',
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff', 'migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'malmo-anti-discrimination-plan-workforce',
		city: 'malmo',
		title: 'Strategic anti-discrimination plan for a diverse workforce',
		summary:
			'Malmo has a strategic plan against discrimination. One of its explicit aims is that the city administration should mirror the diversity of the city at every level of its hierarchy.',
		commitments: [2, 6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity', 'anti-discrimination'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'leipzig-proactive-recruitment',
		city: 'leipzig',
		title: 'Proactive recruitment in migrant communities',
		summary:
			'Leipzig takes a proactive approach to making its staff more diverse. It approaches people with a migrant background directly, at job fairs and through presentations on careers in the city administration given within migrant communities.',
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['migrant-residents', 'jobseekers'],
		source: R4
	}),
	practice({
		slug: 'barcelona-hr-diversity-plan',
		city: 'barcelona',
		title: 'Cross-sectoral human resources plan for diversity',
		summary:
			"Barcelona is developing a human resources plan that cuts across sectors to make the city's departments more diverse. The 4th report lists it among the cities' plans for a more diverse workforce.",
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'oslo-representative-recruitment-plan',
		city: 'oslo',
		title: 'Action plan for representative recruitment',
		summary:
			"Oslo's city government plans a new action plan so that people recruited to municipal posts better represent the population. It is also meant to cover appointments to the boards of institutions the city owns.",
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'tampere-migrant-background-staff',
		city: 'tampere',
		title: 'More staff with a migrant background',
		summary:
			'Tampere recognises what a diverse workplace brings. It aims to raise the number of employees with a migrant background at the different levels of its units.',
		commitments: [6],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'rotterdam-bias-free-recruitment',
		city: 'rotterdam',
		title: 'Removing bias from recruitment',
		summary:
			'Rotterdam reported that it actively removes all bias from the way it recruits and selects candidates for city jobs. The 4th report lists it among recruitment practices that take account of candidates with a migration background.',
		commitments: [6, 7],
		trends: ['inclusive-administration'],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'oulu-employee-equality-plan',
		city: 'oulu',
		title: 'Employee equality action plan',
		summary:
			"Oulu's equality action plan for employees sets out how the city promotes its values of equality among its staff. Procedural guidelines on sanctions for discriminatory behaviour complete the plan.",
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'stockholm-staff-complaints-survey',
		city: 'stockholm',
		title: 'Safe complaints, yearly staff survey and staff rights website',
		summary:
			'Stockholm has clear rules that let staff raise complaints about unfair treatment or discrimination in a safe setting. Each year an anonymous staff survey checks the working environment, and a dedicated website tells employees about the anti-discrimination policies and their rights.',
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work', 'monitoring-and-data'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'milan-staff-discrimination-webpage',
		city: 'milan',
		title: 'Staff webpage for reporting discrimination',
		summary:
			'Milan set up a dedicated webpage on which city staff can report discrimination and unequal treatment at work. It gives employees a direct channel for complaints inside the administration.',
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work', 'digital-services'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'leipzig-total-e-quality',
		city: 'leipzig',
		title: 'Total-E-Quality award and contact persons for fair treatment',
		summary:
			'Leipzig won the German Total-E-Quality award in 2019 for its work on diversity and on modernising the city administration. As part of that process it appointed four contact persons for the fair treatment of staff, covering equal opportunities, gender equality, people with severe disabilities and integration.',
		startYear: 2019,
		ongoing: true,
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'malmo-equal-treatment-framework',
		city: 'malmo',
		title: 'Equal treatment framework with yearly management workshops',
		summary:
			'Malmo adopted an overarching framework on equal treatment. Under it, every management body of the city administration must hold a workshop each year to review recruitment, training, working conditions, terms of employment and the balance between work and private life in its units.',
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work', 'monitoring-and-data'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'helsinki-workforce-equality',
		city: 'helsinki',
		title: 'Equality themes throughout staff induction and team work',
		summary:
			'Building on its city strategy for 2017–2021, Helsinki takes a many-sided approach to equality across its workforce. Equality themes feature in all induction material, programmes and internal events; a virtual training method supports group discussions on equality and ethics, and lessons and audiovisual material help each team put equality into practice, in inclusive language meant to shape unconscious attitudes for the better.',
		commitments: [7, 8],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work', 'staff-training'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'barcelona-staff-training-5000',
		city: 'barcelona',
		title: 'Human rights and diversity training for over 5,000 civil servants',
		summary:
			'In the three years since the previous report, Barcelona has greatly expanded its training on human rights, non-discrimination and diversity. More than 5,000 civil servants, police officers and teachers among them, have taken part.',
		commitments: [8],
		trends: ['inclusive-administration'],
		themes: ['staff-training', 'anti-discrimination'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'munich-intercultural-training',
		city: 'munich',
		title: 'Intercultural and equal rights training for staff',
		summary:
			'Munich runs training and awareness courses on intercultural questions and equal rights for its employees. About 1,500 members of staff take part every year.',
		ongoing: true,
		commitments: [8],
		trends: ['inclusive-administration'],
		themes: ['staff-training'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'vienna-new-staff-rights-module',
		city: 'vienna',
		title: 'Module on rights and attitudes in basic training for new staff',
		summary:
			'Since 2019 the basic training for new Vienna staff includes a module on rights, duties and attitudes. It deals with equal treatment, anti-discrimination and diversity in law and in practice, as well as human rights.',
		startYear: 2019,
		ongoing: true,
		commitments: [8],
		trends: ['inclusive-administration'],
		themes: ['staff-training', 'anti-discrimination'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'amsterdam-inclusive-organisation',
		city: 'amsterdam',
		title: 'Amsterdam Inclusive Organisation',
		summary:
			'The Amsterdam Inclusive Organisation programme actively promotes diversity inside the municipal administration. It works through training sessions, workshops, conferences and toolkits for staff.',
		commitments: [6, 8],
		trends: ['inclusive-administration'],
		themes: ['staff-training', 'staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'toulouse-diversity-events-mayor-letter',
		city: 'toulouse',
		title: "Diversity events and the mayor's monthly letter",
		summary:
			'Toulouse makes its commitment to diversity visible by widely promoting the events it organises on diversity themes. A monthly letter from the mayor carries the same message.',
		commitments: [1, 8],
		trends: ['inclusive-administration'],
		themes: ['communication', 'political-leadership', 'staff-training'],
		targetGroups: ['city-staff', 'all-residents'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-migrant-staff-network',
		city: 'nuremberg',
		title: 'Network of employees with a migration background',
		summary:
			"Nuremberg's employees with a migration background have their own network, which meets in confidence several times a year so that members can share experiences. The network can also put forward ideas for the city's diversity policy.",
		commitments: [7],
		trends: ['inclusive-administration'],
		themes: ['equal-treatment-at-work', 'staff-diversity'],
		targetGroups: ['city-staff'],
		source: R4
	}),
	practice({
		slug: 'nicosia-mingle',
		city: 'nicosia',
		title: 'MINGLE project',
		summary:
			'Through the AMIF-funded MINGLE project, Nicosia brought city staff, local residents and migrants together in events and mentoring schemes. The aims were better mutual understanding and public services designed with multiculturalism and diversity in mind, and social ties between Nicosians and non-EU nationals that support integration and civic participation.',
		commitments: [3, 8],
		trends: ['inclusive-administration', 'eu-global-governance'],
		themes: ['staff-training', 'participation', 'eu-funded-projects'],
		targetGroups: ['city-staff', 'migrant-residents'],
		funding: ['amif'],
		source: R4
	}),
	practice({
		slug: 'toronto-social-procurement',
		city: 'toronto',
		title: 'Social Procurement Policy and Program',
		summary:
			"Toronto's Social Procurement Policy and Program builds equality and diversity into the city's purchasing. Bids earn points for commitments on workforce development and a diverse supply chain, and staff can draw on a list of about 500 certified diverse suppliers.",
		commitments: [9, 10, 11],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'supplier-diversity'],
		targetGroups: ['businesses', 'migrant-entrepreneurs'],
		source: R4
	}),
	practice({
		slug: 'london-inclusive-procurement',
		city: 'london',
		title: 'Procurement open to minority-led businesses',
		summary:
			'London treats the size and variety of its purchasing as a lever for partnerships and for changing behaviour. Its strategy removes obstacles that could keep minority-led businesses out of its supply chain, keeps procurement transparent and open to all suppliers, and helps suppliers commit to equality, diversity and inclusion.',
		commitments: [9, 10, 11],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'supplier-diversity'],
		targetGroups: ['businesses', 'migrant-entrepreneurs'],
		source: R4
	}),
	practice({
		slug: 'stockholm-social-clauses',
		city: 'stockholm',
		title: 'Social clauses to hire jobseekers',
		summary:
			"Stockholm's procurement policy contains social clauses that oblige contractors to work with skilled jobseekers registered with the city's labour market administration. This opens the labour market to people who otherwise struggle to find work.",
		commitments: [9, 10],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'employment'],
		targetGroups: ['jobseekers', 'businesses'],
		source: R4
	}),
	practice({
		slug: 'stockholm-national-social-clause-model',
		city: 'stockholm',
		title: 'National model for social clauses in procurement',
		summary:
			'Together with other Swedish municipalities and government bodies, Stockholm developed a national model for using social clauses in public procurement. The model was handed to the national agency responsible for public procurement at the end of 2019.',
		endYear: 2019,
		commitments: [9],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'stakeholder-cooperation'],
		targetGroups: ['businesses'],
		source: R4
	}),
	practice({
		slug: 'malmo-procurement-policy',
		city: 'malmo',
		title: 'Procurement policy with an anti-discrimination clause',
		summary:
			"Malmo's procurement policy requires economic, social and environmental considerations in every purchase, and all contracts carry an anti-discrimination clause. The city encourages suppliers to offer internships and jobs to people who find it hard to enter the labour market, and is looking at how to involve companies working on social and professional integration in future catering tenders.",
		commitments: [9, 10, 11],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'anti-discrimination', 'supplier-diversity'],
		targetGroups: ['businesses', 'jobseekers'],
		source: R4
	}),
	practice({
		slug: 'leipzig-fair-procurement-coordinator',
		city: 'leipzig',
		title: 'Coordinator for fair procurement',
		summary:
			"Since 2017 Leipzig has had a post in its administration that coordinates local development policy, concentrating on fair procurement and stronger sustainability criteria in municipal purchasing. The goal is to meet the International Labour Organization's standards on non-discrimination in employment.",
		startYear: 2017,
		ongoing: true,
		commitments: [9, 10],
		trends: ['inclusive-administration'],
		themes: ['procurement'],
		targetGroups: ['businesses'],
		source: R4
	}),
	practice({
		slug: 'ghent-non-discrimination-clause',
		city: 'ghent',
		title: 'Non-discrimination clause in all contracts',
		summary:
			'Since 2018 every contract between Ghent and its contractors contains a standard non-discrimination clause. The 4th report presents it as an example of a city using its role as a buyer to promote equality.',
		startYear: 2018,
		ongoing: true,
		commitments: [9, 10],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'anti-discrimination'],
		targetGroups: ['businesses'],
		source: R4
	}),
	practice({
		slug: 'ghent-contractor-anti-discrimination-project',
		city: 'ghent',
		title: 'Helping contractors assess their anti-discrimination policies',
		summary:
			'To reinforce its non-discrimination clause, Ghent runs a project with ten of its contractors. It helps them review their own anti-discrimination policies.',
		commitments: [10],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'anti-discrimination'],
		targetGroups: ['businesses'],
		source: R4
	}),
	practice({
		slug: 'barcelona-procurement-recruitment-guide',
		city: 'barcelona',
		title: 'Guide to diversify the companies in public tenders',
		summary:
			'For some years Barcelona has used a guide for public procurement and recruitment that aims to widen the range of companies taking part in city tenders. It is meant to support small and medium-sized firms, the social economy, gender equality and diverse businesses.',
		ongoing: true,
		commitments: [9, 11],
		trends: ['inclusive-administration'],
		themes: ['procurement', 'supplier-diversity'],
		targetGroups: ['businesses', 'migrant-entrepreneurs'],
		source: R4
	}),

	// ===================================================================================================
	// 4th report — trend 8: cities in the EU policy context and global governance on migration
	// ===================================================================================================
	practice({
		slug: 'amsterdam-urban-agenda-partnership',
		city: 'amsterdam',
		title: 'Coordinating the Urban Agenda Partnership on inclusion of migrants',
		summary:
			'Amsterdam coordinates the Urban Agenda Partnership for the Inclusion of Migrants and Refugees. The partnership gives cities a direct route for bringing their priorities into EU policymaking.',
		commitments: [1],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'political-leadership'],
		targetGroups: ['refugees-asylum-seekers', 'migrant-residents'],
		source: R4
	}),
	practice({
		slug: 'barcelona-eccar',
		city: 'barcelona',
		title: 'European Coalition of Cities Against Racism (ECCAR)',
		summary:
			"Barcelona is committed to working across borders against racism within the European Coalition of Cities Against Racism. The city holds the coalition's vice-presidency and hosts its co-secretariat.",
		commitments: [2],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'ghent-flemish-cities-against-racism',
		city: 'ghent',
		title: 'Network of Flemish cities against racism',
		summary:
			'Ghent is itself a member of the European Coalition of Cities Against Racism. It took that European model as its inspiration to start a network of Flemish cities against racism.',
		commitments: [2],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R4
	}),
	practice({
		slug: 'utrecht-c-mise',
		city: 'utrecht',
		title: 'City Initiative on Migrants with Irregular Status (C-MISE)',
		summary:
			"Utrecht leads C-MISE together with the Global Exchange on Migration and Diversity at the University of Oxford's COMPAS centre, with money from the Open Society Foundations. The initiative takes the form of a working group on city policy and practice concerning migrants with an irregular status.",
		commitments: [2, 4],
		trends: ['eu-global-governance'],
		themes: ['european-networks'],
		targetGroups: ['undocumented-migrants'],
		funding: ['open-society-foundations'],
		source: R4
	}),
	practice({
		slug: 'milan-c-mise',
		city: 'milan',
		title: 'Taking part in C-MISE',
		summary:
			'Milan is a member of the City Initiative on Migrants with Irregular Status, the working group led by Utrecht and the COMPAS centre in Oxford. For Milan it raises awareness, beyond national borders, of what irregular migration and undocumented migrants mean for cities.',
		commitments: [2, 4],
		trends: ['eu-global-governance'],
		themes: ['european-networks'],
		targetGroups: ['undocumented-migrants'],
		funding: ['open-society-foundations'],
		source: R4
	}),
	practice({
		slug: 'munich-solidarity-cities',
		city: 'munich',
		title: 'Joining Solidarity Cities',
		summary:
			'Munich joined the Solidarity Cities network in 2019. The city sees thematic networks of this kind as a way to state its political priorities, and regards exchange between European cities as central to putting EU priorities on integrating newcomers into practice.',
		startYear: 2019,
		ongoing: true,
		commitments: [1],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'political-leadership'],
		targetGroups: ['refugees-asylum-seekers'],
		source: R4
	}),
	practice({
		slug: 'nuremberg-networks-in-integration-strategy',
		city: 'nuremberg',
		title: 'European networks written into the integration strategy',
		summary:
			"Nuremberg's local integration strategy explicitly mentions the city's membership of European and global networks. In this way the city underlines its self-image as an international European city.",
		commitments: [1],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'integration-strategy', 'city-identity'],
		targetGroups: [],
		source: R4
	}),
	practice({
		slug: 'milan-lab-impact',
		city: 'milan',
		title: "Lab'Impact",
		summary:
			"Milan took part in Lab'Impact, a project that worked for better integration of migrants who came through family reunification. It was financed through Italy's AMIF programme and led by the Lombardy region.",
		commitments: [4],
		trends: ['eu-global-governance'],
		themes: ['eu-funded-projects', 'social-care'],
		targetGroups: ['children-families', 'newly-arrived'],
		funding: ['amif'],
		source: R4
	}),
	practice({
		slug: 'munich-eu-funded-refugee-programmes',
		city: 'munich',
		title: 'EU-funded refugee programmes made permanent',
		summary:
			"EU money received by Munich's department of social affairs was key to launching innovative integration programmes for refugees. They produced good practice in counselling on entering the labour market and on the recognition of foreign diplomas and qualifications, and many successful projects were later turned into permanent, city-funded services.",
		commitments: [4],
		trends: ['eu-global-governance'],
		themes: ['employment', 'eu-funded-projects'],
		targetGroups: ['refugees-asylum-seekers'],
		funding: ['eu-other', 'city-budget'],
		source: R4
	}),
	practice({
		slug: 'helsinki-siepp',
		city: 'helsinki',
		title: 'SIEPP – Social Innovations and Employment through Public Procurement',
		summary:
			'Helsinki took part in SIEPP, which set out to create jobs for people far from the labour market by writing employment criteria into public procurement. Funded by the ESF under the 2014–2020 Sustainable Growth and Jobs programme, it is regarded by the European Commission as a good example.',
		commitments: [9, 10],
		trends: ['eu-global-governance'],
		themes: ['procurement', 'employment', 'eu-funded-projects'],
		targetGroups: ['jobseekers', 'businesses'],
		funding: ['esf'],
		source: R4
	}),
	practice({
		slug: 'athens-solidarity-cities',
		city: 'athens',
		title: 'Solidarity Cities Initiative',
		summary:
			'Athens and Eurocities conceived Solidarity Cities in 2016 in response to the rise in refugee arrivals in the EU. Member cities commit to responsibility and solidarity and work for the inclusion of refugees; in 2020 the initiative asked the Union and its member states to move unaccompanied refugee children off the Greek islands to cities willing to take them in.',
		startYear: 2016,
		ongoing: true,
		commitments: [1],
		trends: ['eu-global-governance'],
		themes: ['european-networks', 'political-leadership'],
		targetGroups: ['refugees-asylum-seekers', 'unaccompanied-minors'],
		source: R4
	}),

	// ===================================================================================================
	// 1st Integrating Cities Report (2013): city strategies and examples, survey October 2011 – October 2012
	// ===================================================================================================
	practice({
		slug: 'barcelona-interculturality-immigration-plans',
		city: 'barcelona',
		title: 'Plan on Interculturality and Immigration Plan',
		summary:
			"Barcelona's integration policy rested on two documents: a Plan on Interculturality adopted in 2010 and an Immigration Plan from 2012. The city also used the Charter as a benchmark to weigh the strengths and weaknesses of its local integration policies.",
		startYear: 2010,
		commitments: [1, 2],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-inclusion-policy-2011-2014',
		city: 'copenhagen',
		title: "'Engage in the City' inclusion policy 2011–2014",
		summary:
			"Copenhagen's inclusion policy for 2011 to 2014 rests on three principles: diversity as a strength, a chance for everyone to get involved, and citizenship open to all. Residents are to be treated equally though not necessarily identically, and the overall goal was to be Europe's most inclusive city by 2015.",
		startYear: 2011,
		endYear: 2014,
		commitments: [1, 2],
		themes: ['integration-strategy'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'ghent-2020-strategy',
		city: 'ghent',
		title: 'Ghent 2020 city strategy',
		summary:
			"Ghent's city strategy for 2020 made social inclusion and diversity one of its pillars. Its mission pictures Ghent as a creative city that leads the way towards an open, inclusive and sustainable society by joining all its creative forces.",
		commitments: [1, 2],
		themes: ['integration-strategy', 'city-identity'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'ghent-integration-policy-plan-2012-2014',
		city: 'ghent',
		title: 'Integration policy plan 2012–2014 and diversity ambassadors',
		summary:
			"The Charter helped Ghent write its integration policy plan for 2012–2014 and define activities for its cross-cutting diversity and equal opportunities programme. Among them were an ambassadors' project promoting diversity among the city's staff and a method for analysing quantitative data on migration and integration from different organisations.",
		startYear: 2012,
		endYear: 2014,
		commitments: [2, 8],
		themes: ['integration-strategy', 'staff-training', 'monitoring-and-data'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'helsinki-strategy-programme-2009-2012',
		city: 'helsinki',
		title: 'Strategy Programme 2009–2012 and Diversity and Integration Implementation Plan',
		summary:
			"Helsinki's strategy programme for 2009 to 2012 named migrant integration among its policy objectives, backed by a Diversity and Integration Implementation Plan from 2009. The 1st report cites it among city-wide strategies in which integration and equal opportunities became core elements.",
		startYear: 2009,
		endYear: 2012,
		commitments: [2],
		themes: ['integration-strategy'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'helsinki-charter-monitoring-tool',
		city: 'helsinki',
		title: 'The Charter as a yardstick for integration policy',
		summary:
			"The Charter forms part of the annual objectives of Helsinki's immigration division and serves as a tool for monitoring its integration policies. The city's commitment to it also helped open the way to fresh work on procurement clauses covering social and equality criteria.",
		commitments: [2, 9],
		themes: ['monitoring-and-data', 'procurement'],
		targetGroups: [],
		source: R1
	}),
	practice({
		slug: 'helsinki-procurement-strategy-social-criteria',
		city: 'helsinki',
		title: 'Procurement strategy with social criteria',
		summary:
			'Helsinki adopted a new procurement strategy that includes social criteria and principles of equality. The 1st report lists it among the ways cities were starting to meet the procurement commitments.',
		commitments: [9],
		themes: ['procurement'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'helsinki-promoting-the-charter',
		city: 'helsinki',
		title: 'Promoting the Charter at home and abroad',
		summary:
			'Helsinki politicians promoted the Charter in the city and the wider metropolitan area through speeches and presentations. The city also presented it at the 2010 Asia-Europe Meeting (ASEM) in Jakarta, at a discussion with NGOs in Zadar on Croatian EU membership and at a European Commission experts’ conference in Vienna in 2011.',
		startYear: 2010,
		commitments: [1],
		themes: ['communication', 'political-leadership', 'european-networks'],
		targetGroups: [],
		source: R1
	}),
	practice({
		slug: 'london-enriched',
		city: 'london',
		title: "London Enriched – the Mayor's refugee and migrant integration strategy",
		summary:
			"London Enriched was the Mayor of London's strategy for integrating refugees and migrants from 2009 to 2012. The boroughs of Kingston and Hackney adopted integration strategies of their own in 2012, and London shared the Charter with other UK cities and published it on its website.",
		startYear: 2009,
		endYear: 2012,
		commitments: [1, 2],
		themes: ['integration-strategy', 'communication'],
		targetGroups: ['refugees-asylum-seekers', 'migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'madrid-coexistence-plan',
		city: 'madrid',
		title: 'Madrid Plan on Social and Intercultural Coexistence',
		summary:
			"Madrid's plan on social and intercultural coexistence covered 2009 to 2012. The city was one of eight that explicitly reported moving from separate migrant services towards a broader approach of social inclusion and equal opportunities.",
		startYear: 2009,
		endYear: 2012,
		commitments: [2],
		themes: ['integration-strategy'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'malmo-2011-action-plans',
		city: 'malmo',
		title: 'Action plans on anti-discrimination and on integration through work',
		summary:
			'In 2011 Malmo adopted a new action plan against discrimination together with a plan of action for more integration and more Malmo residents in work. The 1st report lists them among the main city strategies on integration at the time.',
		startYear: 2011,
		commitments: [2, 4],
		themes: ['integration-strategy', 'anti-discrimination', 'employment'],
		targetGroups: ['jobseekers', 'migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'manchester-people-together',
		city: 'manchester',
		title: "'Manchester People Together: Shared Lives, Shared Futures'",
		summary:
			"Manchester framed its integration strategy as 'Manchester People Together: Shared Lives, Shared Futures'. The city's declared priorities at the time included language learning, education, housing, employment and raising awareness.",
		commitments: [1, 2],
		themes: ['integration-strategy'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'munich-integration-policy-monitoring',
		city: 'munich',
		title: 'Integration policy (2008) and monitoring report (2011)',
		summary:
			'Munich adopted its integration policy in 2008 and published a monitoring report on it in January 2011. It is one of the cities that put processes in place to check how their policies in this field are being implemented.',
		startYear: 2008,
		commitments: [2],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'nantes-four-integration-strategies',
		city: 'nantes',
		title: 'Four migrant integration strategies (2010)',
		summary:
			"In 2010 Nantes adopted four strategies on migrant integration: anti-discrimination; citizenship, intercultural dialogue and co-development; housing, rights and integration support; and partnerships with capacity building. The Charter also served as the basis for the city's action plan.",
		startYear: 2010,
		commitments: [2],
		themes: ['integration-strategy', 'housing', 'anti-discrimination', 'stakeholder-cooperation'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'nantes-council-foreign-residents',
		city: 'nantes',
		title: 'Council of Foreign Residents holds the city to the Charter',
		summary:
			'In Nantes the Council of Foreign Residents has held the city council to account for its Charter commitments. In response, the city drew up a report on how it was implementing the Charter. As immigrants have no vote in local elections there, the city built its own framework for consulting them.',
		commitments: [3],
		themes: ['consultative-bodies', 'monitoring-and-data'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'oslo-oxlo',
		city: 'oslo',
		title: 'OXLO – Oslo Extra Large',
		summary:
			"Oslo's 2012 city government decision 'Opportunities of Diversity' set out the city's approach under the name OXLO – Oslo Extra Large. The Charter was already a major element of the diversity policy paper Oslo launched in 2011.",
		startYear: 2012,
		commitments: [1, 2],
		themes: ['integration-strategy', 'city-identity'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'oulu-integration-programme-revision',
		city: 'oulu',
		title: 'Revised migrant integration programme (2012)',
		summary:
			'Oulu revised its migrant integration programme in 2012. The city has also used the Charter as a benchmark and to raise awareness of integration issues inside its administration.',
		startYear: 2012,
		commitments: [2, 8],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'riga-society-integration-programme',
		city: 'riga',
		title: 'Society Integration Programme 2012–2017',
		summary:
			'Riga used the Charter as a reference and strategic framework when drafting its Society Integration Programme and Work Plan for 2012–2017. A New Projects and Society Integration Division, created in 2010, ran a survey on integration, an advisory board and funding for integration projects.',
		startYear: 2012,
		endYear: 2017,
		commitments: [2, 3],
		themes: ['integration-strategy', 'consultative-bodies'],
		targetGroups: ['all-residents'],
		funding: ['city-budget'],
		source: R1
	}),
	practice({
		slug: 'rotterdam-participation-focus-on-talent',
		city: 'rotterdam',
		title: "'Participation, focus on Talent' (2011)",
		summary:
			"Rotterdam's 2011 policy 'Participation, focus on Talent' was part of the city's shift towards joined-up policies on social inclusion, anti-discrimination and participation. The city also drew on parts of the Charter in its general policy development.",
		startYear: 2011,
		commitments: [2, 3],
		themes: ['integration-strategy', 'participation'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'tampere-integration-strategy-2010',
		city: 'tampere',
		title: 'Integration strategy with the Charter annexed (2010)',
		summary:
			'Tampere adopted a new integration strategy in 2010 and attached the Integrating Cities Charter to it as an appendix. The 1st report gives it as an example of a city using the Charter in its own policy work.',
		startYear: 2010,
		commitments: [2],
		themes: ['integration-strategy'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'the-hague-new-citizens-policy',
		city: 'the-hague',
		title: 'New citizens policy for EU labour migrants',
		summary:
			'The Hague introduced a policy for new citizens aimed at labour migrants from other EU countries, conceived as a temporary measure. The city was among those seeing more people arrive from the countries that became EU members in 2004 and 2007.',
		commitments: [2, 4],
		themes: ['integration-strategy'],
		targetGroups: ['eu-mobile-citizens'],
		source: R1
	}),
	practice({
		slug: 'vienna-charter-living-together',
		city: 'vienna',
		title: 'Vienna charter on living together',
		summary:
			'By 2012 Vienna had adopted a city charter on living together and published its second diversity monitor. The 1st report lists both among the current city strategies on integration and diversity.',
		commitments: [1, 2],
		themes: ['integration-strategy', 'monitoring-and-data'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'stockholm-vision-2030',
		city: 'stockholm',
		title: 'Vision 2030',
		summary:
			"Vision 2030 is Stockholm's picture of its own future. It carries a clear message that everyone who lives in the city should have equal opportunities.",
		commitments: [1],
		themes: ['integration-strategy'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'manchester-equality-impact-assessments',
		city: 'manchester',
		title: 'Equality Impact Assessments',
		summary:
			'Manchester analyses its functions and policies through Equality Impact Assessments. They check the effect on equality wherever this is relevant and proportionate to do.',
		commitments: [2],
		themes: ['anti-discrimination', 'monitoring-and-data'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-diversity-board',
		city: 'copenhagen',
		title: 'Copenhagen Diversity Board and diversity charter',
		summary:
			"Copenhagen drew up a diversity charter and created a Diversity Board, chaired by the mayor, to bring every sector into its aim of becoming Europe's most open and inclusive major city. The board's 25 members are top-level leaders from business, education, housing associations, the media, religious and ethnic minority associations and local committees.",
		commitments: [1, 3],
		themes: ['stakeholder-cooperation', 'political-leadership'],
		targetGroups: ['businesses', 'migrant-organisations'],
		source: R1
	}),
	practice({
		slug: 'barcelona-anti-rumours-campaign',
		city: 'barcelona',
		title: 'Public campaign against rumours and stereotypes',
		summary:
			'Barcelona signalled its commitment to diversity and non-discrimination with a public awareness campaign that takes on rumours and stereotypes. The 1st report cites it among city campaigns to change public perceptions.',
		commitments: [1, 2],
		themes: ['communication', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'athens-local-migrants-council',
		city: 'athens',
		title: "Local Migrants' Council",
		summary:
			"Athens has a Local Migrants' Council. Through it, the city involves migrant communities in its policy-making and works to remove the barriers that keep them from taking part.",
		commitments: [3],
		themes: ['consultative-bodies'],
		targetGroups: ['migrant-residents', 'migrant-organisations'],
		source: R1
	}),
	practice({
		slug: 'manchester-marim',
		city: 'manchester',
		title: 'Multi-Agency Refugee Integration in Manchester (MARIM)',
		summary:
			'The MARIM forum gives migrant communities a city-wide place to take part in policy-making. Manchester has also used it to consult on services such as health and language courses and to set up ways of closing the gaps those consultations revealed.',
		commitments: [3, 5],
		themes: ['consultative-bodies', 'stakeholder-cooperation', 'health', 'language-learning'],
		targetGroups: ['refugees-asylum-seekers', 'migrant-organisations'],
		source: R1
	}),
	practice({
		slug: 'london-equal-life-chances-scrutiny',
		city: 'london',
		title: "Scrutiny of 'Equal Life Chances for All'",
		summary:
			'London subjects its equality framework, Equal Life Chances for All, to scrutiny. It also carries out detailed, targeted impact assessments to evaluate how the strategy is being implemented.',
		commitments: [2],
		themes: ['monitoring-and-data', 'anti-discrimination'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'genoa-charter-communication',
		city: 'genoa',
		title: 'The Charter in the communication strategy on citizenship',
		summary:
			"Genoa built elements of the Charter into the way it communicates about citizenship and social integration, and held events on the Charter's values and strategies. It also presented the Charter officially to ANCI, the national association of Italian municipalities.",
		commitments: [1],
		themes: ['communication', 'political-leadership'],
		targetGroups: ['all-residents'],
		source: R1
	}),
	practice({
		slug: 'genoa-local-voting-rights',
		city: 'genoa',
		title: 'Advocating local voting rights for migrants',
		summary:
			'Genoa, where immigrants have no vote in local elections, has gone as far as calling for migrants to be given local voting rights. The 1st report mentions it beside the move of several cities towards joined-up policies on inclusion, anti-discrimination and participation.',
		commitments: [3],
		themes: ['participation', 'political-leadership'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'milan-local-voting-rights',
		city: 'milan',
		title: 'Advocating local voting rights for migrants',
		summary:
			'Milan, where immigrants cannot vote in local elections, has argued for migrants to be given local voting rights. In the meantime the city set up consultation so that migrant voices are heard in local affairs.',
		commitments: [3],
		themes: ['participation', 'political-leadership'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'tampere-immigrant-advice-office',
		city: 'tampere',
		title: 'Immigrant advice office',
		summary:
			"Tampere's immigrant advice office helps any migrant who needs information or advice about living, working or studying in the city. The service is offered in about 15 languages.",
		commitments: [4, 5],
		themes: ['one-stop-shops', 'multilingual-information'],
		targetGroups: ['migrant-residents', 'newly-arrived'],
		source: R1
	}),
	practice({
		slug: 'genoa-intercultural-mediators',
		city: 'genoa',
		title: 'Intercultural mediators service',
		summary:
			'Genoa runs a service of intercultural mediators who help migrants make use of city services. It is one way in which cities open up mainstream services through mediation.',
		commitments: [4, 5],
		themes: ['multilingual-information', 'social-care'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'milan-migrant-children-education',
		city: 'milan',
		title: 'Projects opening the school system to migrant children',
		summary:
			'Milan runs a series of projects that encourage migrant children and young people to enter and use the education system. Education and unaccompanied minors were among the priorities the city declared at the time.',
		commitments: [4],
		themes: ['education'],
		targetGroups: ['children-families', 'young-people'],
		source: R1
	}),
	practice({
		slug: 'nantes-welcome-guide',
		city: 'nantes',
		title: 'Welcome guide in four languages',
		summary:
			'Nantes produced a welcome guide for newcomers in four of the main languages spoken by migrants. The 1st report lists it among the ways cities open up their mainstream services to migrants.',
		commitments: [4, 5],
		themes: ['multilingual-information'],
		targetGroups: ['newly-arrived'],
		source: R1
	}),
	practice({
		slug: 'london-diversity-works',
		city: 'london',
		title: "'Diversity Works for London'",
		summary:
			"Through 'Diversity Works for London', the Mayor encourages and helps businesses to benefit from the city's diversity. It offers training sessions, awareness-raising and data presenting diversity as a driver of better performance.",
		commitments: [1],
		themes: ['communication', 'employment'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-minority-project-applicants',
		city: 'copenhagen',
		title: 'Support for project applicants with a minority background',
		summary:
			"Copenhagen's department for culture and leisure offers guidance and capacity building to people with a minority background who apply to run projects. The 1st report cites it among examples of cities going beyond their remit to open up access.",
		commitments: [4, 5],
		themes: ['participation', 'stakeholder-cooperation'],
		targetGroups: ['specific-communities', 'migrant-organisations'],
		source: R1
	}),
	practice({
		slug: 'nantes-service-providers-diversity-training',
		city: 'nantes',
		title: 'Diversity management training for service providers',
		summary:
			'Nantes trains its service providers in diversity management, so as to serve their varied clients better. The report counts it among measures through which cities go beyond their formal remit.',
		commitments: [5, 8],
		themes: ['staff-training'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'the-hague-intercultural-skills-programme',
		city: 'the-hague',
		title: 'Intercultural skills programme for service providers',
		summary:
			'The Hague was setting up a new programme to build the intercultural skills of its service providers. The 1st report lists it among the ways cities go beyond their remit to open up their services.',
		commitments: [5, 8],
		themes: ['staff-training'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'riga-latvian-language-acquisition',
		city: 'riga',
		title: 'Latvian Language Acquisition Programme',
		summary:
			'With its Latvian Language Acquisition Programme, Riga was the only municipality in Latvia offering language courses free of charge. The programme goes further than national law and practice require.',
		commitments: [4],
		themes: ['language-learning'],
		targetGroups: ['migrant-residents', 'all-residents'],
		funding: ['city-budget'],
		source: R1
	}),
	practice({
		slug: 'stockholm-swedish-for-immigrants',
		city: 'stockholm',
		title: "'Swedish for Immigrants' (SFI)",
		summary:
			"'Swedish for Immigrants' is an ambitious language programme in Stockholm. Its tuition is adapted so that it reaches even the most vulnerable migrant groups.",
		commitments: [4],
		themes: ['language-learning'],
		targetGroups: ['newly-arrived', 'migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'athens-municipal-health-clinics',
		city: 'athens',
		title: 'Municipal health clinic network',
		summary:
			'Athens runs a network of municipal clinics offering every resident basic health care and social welfare services, whatever their legal status. The city thereby goes beyond its formal remit to reach undocumented migrants.',
		commitments: [4],
		themes: ['health', 'social-care'],
		targetGroups: ['undocumented-migrants', 'all-residents'],
		source: R1
	}),
	practice({
		slug: 'oslo-user-survey-2010',
		city: 'oslo',
		title: 'User survey on satisfaction with city services',
		summary:
			'A general survey of the users of Oslo’s municipal services in 2010 found that respondents with a migrant background were on the whole more satisfied than others. Surveys like this help cities check whether their services reach migrants as intended.',
		startYear: 2010,
		endYear: 2010,
		commitments: [5],
		themes: ['monitoring-and-data'],
		targetGroups: ['migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'oulu-welcome-event',
		city: 'oulu',
		title: 'Welcome event for newcomers',
		summary:
			'Oulu holds a welcome event at which newcomers learn which services are available to them in the city. It is one of the ways cities make sure migrants know what they can use.',
		commitments: [4, 5],
		themes: ['communication'],
		targetGroups: ['newly-arrived'],
		source: R1
	}),
	practice({
		slug: 'barcelona-reception-welcoming-network',
		city: 'barcelona',
		title: "Reception and Welcoming Network (Xarxa d'Acollida)",
		summary:
			"Barcelona's Reception and Welcoming Network makes information about city services available in many of the languages that migrants speak. It uses formats such as guides, pocket books and websites.",
		commitments: [4, 5],
		themes: ['multilingual-information', 'stakeholder-cooperation'],
		targetGroups: ['newly-arrived', 'migrant-residents'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-minority-management-training',
		city: 'copenhagen',
		title: 'Management training for ethnic minority staff',
		summary:
			'Copenhagen planned a project aimed at the management level of its administration. It is a training programme for 15 to 20 participants from ethnic minorities, to be carried out and then evaluated.',
		commitments: [6],
		themes: ['staff-diversity', 'staff-training'],
		targetGroups: ['city-staff', 'specific-communities'],
		source: R1
	}),
	practice({
		slug: 'manchester-equal-opportunities-statement',
		city: 'manchester',
		title: 'Equal Opportunities Policy Statement',
		summary:
			"Manchester's Equal Opportunities Policy Statement guides all of the city's employment practices. It helps make sure that equality of opportunity applies throughout the way the city employs people.",
		commitments: [6, 7],
		themes: ['equal-treatment-at-work', 'staff-diversity'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'genoa-diversity-charter',
		city: 'genoa',
		title: 'Signing the Diversity Charter (2012)',
		summary:
			'In 2012 Genoa signed the Diversity Charter, part of the European family of diversity charters. Signatories uphold diversity in employment and recruitment and commit to a set of targets that are monitored at national level.',
		startYear: 2012,
		commitments: [6],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'helsinki-hr-positive-action-plan',
		city: 'helsinki',
		title: 'Human Resources Positive Action Plan',
		summary:
			'In September 2011 Helsinki adopted a positive action plan for human resources. It sets 16 compulsory and 6 optional measures for 32 city departments and companies to carry out.',
		startYear: 2011,
		commitments: [6, 7],
		themes: ['staff-diversity', 'equal-treatment-at-work'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'malmo-diversity-game-thermometer',
		city: 'malmo',
		title: "Diversity game and 'thermometer of diversity'",
		summary:
			"Malmo created a game to reach employees and raise their awareness of diversity. It also promotes fair recruitment with a 'thermometer of diversity', a tool built to argue for it.",
		commitments: [6, 8],
		themes: ['staff-training', 'staff-diversity'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'oslo-anonymous-recruitment',
		city: 'oslo',
		title: 'Anonymous recruitment pilot',
		summary:
			'In 2010 Oslo tried out anonymous recruitment in selected departments of its administration. It was also considering a new human resources policy from 2013 to correct imbalances in its workforce, especially in management and in posts needing higher qualifications, such as teachers and engineers.',
		startYear: 2010,
		commitments: [6],
		themes: ['staff-diversity'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'barcelona-workplace-dignity-protocol',
		city: 'barcelona',
		title: 'Protocol for Dignity and Non-Discrimination in the Workplace',
		summary:
			"Barcelona's municipal protocol on dignity and non-discrimination at work forbids discriminatory conduct of any kind. The 1st report gives it as an example of how cities ensure fair treatment of their staff.",
		commitments: [7],
		themes: ['equal-treatment-at-work', 'anti-discrimination'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-city-ombudsman',
		city: 'copenhagen',
		title: 'City Ombudsman',
		summary:
			'Copenhagen has a city ombudsman. The mandate is to make sure that the city discriminates neither against its residents nor against its own employees.',
		commitments: [2, 7],
		themes: ['anti-discrimination', 'equal-treatment-at-work'],
		targetGroups: ['all-residents', 'city-staff'],
		source: R1
	}),
	practice({
		slug: 'genoa-diversity-training',
		city: 'genoa',
		title: 'Intensive diversity training for civil servants',
		summary:
			'Genoa organises thorough and intensive diversity training for its civil servants. In 2012 it ran a three-month course for staff working in local policy and social services.',
		startYear: 2012,
		commitments: [8],
		themes: ['staff-training'],
		targetGroups: ['city-staff'],
		source: R1
	}),
	practice({
		slug: 'barcelona-social-criteria-clause',
		city: 'barcelona',
		title: 'Social criteria clause on quality of life',
		summary:
			'Barcelona introduced a new social criteria clause on quality of life into its public procurement. The 1st report cites it among early moves to bring social considerations into what cities buy.',
		commitments: [9],
		themes: ['procurement'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'copenhagen-diversity-procurement',
		city: 'copenhagen',
		title: 'Priority for suppliers with a diversity strategy',
		summary:
			'When choosing suppliers, Copenhagen gives priority to companies that have a diversity strategy, and its contracts include clauses requiring firms to build diversity management into their human resources strategies. The city drew inspiration from the UN Global Compact principles for socially responsible procurement.',
		commitments: [9, 10],
		themes: ['procurement', 'supplier-diversity'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'london-responsible-procurement',
		city: 'london',
		title: 'Responsible procurement',
		summary:
			"London was a leader in responsible procurement policy, and a 2012 report, 'Delivering responsible procurement', set out what it had achieved. In the UK the Equality Act 2010 also obliges public buyers to have due regard to ending discrimination and advancing equal opportunity.",
		commitments: [9, 10],
		themes: ['procurement'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'manchester-procurement-portal',
		city: 'manchester',
		title: 'Procurement portal with supplier diversity data',
		summary:
			"Manchester's online procurement portal lets suppliers register demographic information about their organisation, which helps the city monitor its supplier base. It also signals to suppliers that the city cares about diversity.",
		commitments: [9, 11],
		themes: ['procurement', 'supplier-diversity', 'digital-services', 'monitoring-and-data'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'nantes-csr-platform',
		city: 'nantes',
		title: 'Corporate social responsibility platform and anti-discrimination clauses',
		summary:
			'Nantes set up a platform on corporate social responsibility with guidance on anti-discrimination and diversity for micro-enterprises and SMEs, so they can bid for public contracts fully aware of anti-discrimination law. With Lyon it also launched an initiative to work out anti-discrimination clauses for public contracts, meant to spread to other European cities.',
		commitments: [9, 10, 11],
		themes: ['procurement', 'supplier-diversity', 'anti-discrimination'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'oslo-contractor-diversity-provision',
		city: 'oslo',
		title: 'Diversity provision for contractors',
		summary:
			'Oslo adopted a new diversity provision for its contractors. Companies delivering public services for the city must follow the same diversity and anti-discrimination rules as the municipal services themselves.',
		commitments: [10],
		themes: ['procurement', 'anti-discrimination'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'the-hague-diversity-in-boards',
		city: 'the-hague',
		title: 'Encouraging diversity in boards and associations',
		summary:
			'The Hague works with outside partners such as trade associations, school boards and sports clubs to encourage diversity in their boards and associations. The aim is a more accurate reflection of society in these fields.',
		commitments: [10, 11],
		themes: ['stakeholder-cooperation', 'supplier-diversity'],
		targetGroups: ['businesses'],
		source: R1
	}),
	practice({
		slug: 'malmo-migrant-entrepreneurship',
		city: 'malmo',
		title: 'Support for migrant entrepreneurship',
		summary:
			'Malmo supports entrepreneurship among its migrant population. The city sees it as a way of building a more diverse base of suppliers.',
		commitments: [11],
		themes: ['supplier-diversity', 'employment'],
		targetGroups: ['migrant-entrepreneurs'],
		source: R1
	}),

	// ===================================================================================================
	// 6th Integrating Cities Report (2024), as presented in the Eurocities news item on its launch
	// ===================================================================================================
	practice({
		slug: 'riga-ukrainian-support-centre',
		city: 'riga',
		title: 'Support Centre for Ukrainian Residents',
		summary:
			"Riga's Support Centre for Ukrainian Residents brings state and municipal services together in one place. Its offer ranges from help with housing to activities for social inclusion.",
		commitments: [4],
		themes: ['one-stop-shops', 'housing', 'social-care'],
		targetGroups: ['ukrainian-refugees'],
		source: R6
	}),
	practice({
		slug: 'helsinki-language-employment-programmes',
		city: 'helsinki',
		title: 'Language and employment programmes for newcomers',
		summary:
			"Helsinki's programmes for newcomers concentrate on language learning and employment. A news item on the 6th report presents them as helping people settle smoothly while also easing the city's labour shortages.",
		commitments: [4],
		themes: ['language-learning', 'employment'],
		targetGroups: ['ukrainian-refugees', 'newly-arrived'],
		source: R6
	}),
	practice({
		slug: 'milan-ngo-case-management',
		city: 'milan',
		title: 'Case management and legal support with NGOs',
		summary:
			'Milan works in partnership with NGOs to offer case management and legal help to vulnerable groups. A news item on the 6th report presents it as an example of cities working together with civil society.',
		commitments: [4, 5],
		themes: ['stakeholder-cooperation', 'social-care'],
		targetGroups: ['refugees-asylum-seekers'],
		source: R6
	}),
	practice({
		slug: 'dortmund-migrado',
		city: 'dortmund',
		title: 'MigraDo one-stop shop',
		summary:
			"Dortmund's MigraDo centre is a one-stop shop that gathers services for migrants in a single place. A news item on the 6th report cites it as an example of how cities make their services accessible.",
		commitments: [4],
		themes: ['one-stop-shops'],
		targetGroups: ['migrant-residents'],
		source: R6
	}),
	practice({
		slug: 'amsterdam-multilingual-communication',
		city: 'amsterdam',
		title: 'Tailored communication in multiple languages',
		summary:
			'Amsterdam runs initiatives for tailored communication in several languages. A news item on the 6th report names them as an example of making city services accessible and fair.',
		commitments: [4, 5],
		themes: ['multilingual-information', 'communication'],
		targetGroups: ['migrant-residents'],
		source: R6
	}),
	practice({
		slug: 'ghent-inclusive-education-language',
		city: 'ghent',
		title: 'Inclusive education and language programmes',
		summary:
			'A news item on the 6th report names Ghent as a pioneer of inclusive education and language programmes that serve many different groups of migrants. It gives no further detail.',
		commitments: [4],
		themes: ['education', 'language-learning'],
		targetGroups: ['migrant-residents'],
		source: R6
	}),
	practice({
		slug: 'tampere-inclusive-education-language',
		city: 'tampere',
		title: 'Inclusive education and language programmes',
		summary:
			'Tampere is named in a news item on the 6th report, together with Ghent, as a pioneer of education and language programmes suited to diverse groups of migrants. It does not describe the programmes further.',
		commitments: [4],
		themes: ['education', 'language-learning'],
		targetGroups: ['migrant-residents'],
		source: R6
	}),
	practice({
		slug: 'vienna-diversity-monitoring',
		city: 'vienna',
		title: 'Diversity monitoring',
		summary:
			"Vienna's diversity monitoring is named in a news item on the 6th report as an initiative through which a city leads in securing equal opportunities for all its residents. It gives no further details.",
		commitments: [2],
		themes: ['monitoring-and-data'],
		targetGroups: ['all-residents'],
		source: R6
	})
];
