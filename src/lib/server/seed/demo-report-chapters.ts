// The demo reports' narrative chapters. Facts (names, dates, counts, programmes) come from the reports in
// /work/shared/reference; every sentence is written afresh, and each chapter names its source at the end.
// The two cycles carry made-up per-city ratings, so each chapter also says that the ratings are illustrative.

export interface DemoChapter {
	title: string;
	body: string;
}

const illustrative =
	'The ratings shown in this demo report are illustrative: they were made up for the demonstration, ' +
	'because the real per-city answers were never published.';

const firstReport = 'Source: summarised from the First Integrating Cities Report (Eurocities, 2013).';
const fourthReport =
	'Source: summarised from the Fourth Integrating Cities Report, “Cities and migrants: Implementing the ' +
	'Integrating Cities Charter” (Eurocities, 2020), and its web summaries.';

export const demoReportChapters: Record<
	'2011-2012' | '2018-2020',
	{ introduction: DemoChapter; conclusions: DemoChapter }
> = {
	'2011-2012': {
		introduction: {
			title: 'Introduction',
			body: `The Integrating Cities Charter was launched in London in February 2010, when 17 mayors signed it. By January 2013 the number of signatories had grown to 27. This is the first time the network looked at how those cities put the Charter into practice.

## How the survey worked

Between October 2011 and October 2012 the signatories were sent a reporting questionnaire, prepared in the MIXITIES project with funding from the European Integration Fund. For each of the Charter's commitments, the staff who work on integration in each city administration said whether their city meets it fully, partly or not at all, and backed that up with evidence. They also gave a set of figures, the Integrating Cities Indicators, on population, jobs, schooling and poverty.

Cities do not all mean the same thing by "migrant". Some count every holder of a foreign nationality, EU citizens included; Ghent counts EU and non-EU nationals apart; some also count nationals born to at least one foreign parent; others count historical ethnic and linguistic minorities. The report's chart of residents born abroad marks figures from another data set or year.

## What stood out

- Many cities said they were moving away from a separate service for migrants towards policies on inclusion, participation and equal opportunities for all residents.
- A majority of the responding cities saw more people arriving from other EU countries in search of work, who often face the same integration challenges as migrants from outside the EU.
- National decisions outside the cities' control, and the economic crisis, shaped what the cities could do.

${illustrative}

${firstReport}`
		},
		conclusions: {
			title: 'Conclusions and next steps',
			body: `Taken together, the self-assessments show cities most confident in the two roles closest to their daily work: setting policy and providing services. Most cities said they give migrants equal access to services, although close to half felt they only partly make sure that migrants' needs are understood.

As employers the picture was more mixed. Somewhat more than half of the cities said their staff understand diversity and are treated fairly, but fewer felt their workforce reflects the city's diversity at every level.

Buying goods and services was the hardest role. Most cities apply, or are working out how to apply, equality principles in their tenders, while building a more diverse base of suppliers was the hardest commitment: eight cities said they did not meet it.

## What the network planned next

- Pairing cities to learn from each other in the ImpleMentoring project, funded by the European Commission.
- Holding the sixth Integrating Cities conference in Tampere in September 2013.
- Keeping up the dialogue between city representatives and the European institutions on integration.
- Asking the signatories again, so that this first snapshot becomes a regular report on how cities integrate migrants.

${illustrative}

${firstReport}`
		}
	},
	'2018-2020': {
		introduction: {
			title: 'Introduction',
			body: `Ten years after its launch, the Integrating Cities Charter had 39 signatories in Europe and North America. Every two years they assess themselves against its eleven commitments. This fourth report covers the period from mid-2018 to mid-2020 and draws on the questionnaires returned by 22 cities in 14 countries, Toronto among them.

## The setting

The period was shaped by decisions taken far from city halls:

- At European level, member states could not agree on a common asylum system after the arrivals of 2015 and 2016. The Commission that took office in December 2019 put a New Pact on Migration and Asylum and an Action Plan on Integration and Inclusion at the centre of its agenda; the Action Plan recognises that integration policy, and the part cities play in it, matter more and more to the EU.
- National rules moved in different directions. Some countries tightened their policies; the Netherlands prepared a law that, from July 2021, puts municipalities in charge of an integration plan for each newcomer.
- In 2020 the COVID-19 pandemic hit migrants and refugees hard, and cities had to adapt their services quickly.

## What this report shows

The report is organised around eight key trends that run across the cities' self-assessments, each illustrated by what cities did during these two years. Where possible it compares the period with the previous one, 2016 to 2018. In this demo, the parts generated from the answers add the results role by role and the practices by commitment.

${illustrative}

${fourthReport}`
		},
		conclusions: {
			title: 'Conclusions: eight trends',
			body: `Despite a divided public debate on migration and, in 2020, a pandemic whose effects will last for years, the responding cities kept moving forward in all four of their roles. Eight trends run through their answers:

1. Integration policies built to last, with clear structures, such as Amsterdam's new approach to civic integration.
2. Integration treated as a task for every department, as in Vienna's Centre of Refugee Empowerment (CoRE), which ran from 2016 to 2019.
3. Help designed for particular groups, for example in London's social integration strategy.
4. Services that are easy to reach, for instance the free counselling Helsinki offers everyone aged 15 to 29.
5. Open communication about equal opportunities, like Ghent's campaign "Everybody is different, everybody is Ghent".
6. Migrants taking part in decisions, as through Oulu's migrant union.
7. More inclusive administrations and purchasing, for instance Toronto's Executive Talent Forum.
8. Cities acting together in European and global debates, including their joint work on undocumented migrants in the City Initiative on Migrants with Irregular Status.

The practices listed in this report show each trend at work. They also show what the Charter is for: a common framework that helps cities with very different local situations take stock of their progress and keep it going.

${illustrative}

${fourthReport}`
		}
	}
};
