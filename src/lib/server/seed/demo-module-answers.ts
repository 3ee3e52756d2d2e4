import { ratingsFromLetters } from '$lib/domain/analysis';
import { commitmentNumbers } from '$lib/domain/analysis/types';
import { ratings2018to2020 } from './illustrative/ratings-2018-2020';
import { illustrativeEvidence } from './illustrative-ratings';

/**
 * Made-up answers of the demo cycle with the Ukraine module, so a visitor sees the module's results in the
 * analysis. The cities are some of those the news item on the 6th Integrating Cities Report (2024) names for
 * their work with people from Ukraine, but no figure or text below is theirs: every figure's source and every
 * text says it was made up for the demonstration. Their ratings are the illustrative 2018–2020 ones.
 */

const demoSource = 'Demo figure made up for the demonstration, not the city’s';
const figure = (value: number) => ({ value, year: 2024, source: demoSource });

interface DemoModuleAnswers {
	received: number;
	pupils: number | null;
	housing: string[];
	housingNow: string;
	schooling: string[];
	work: string[];
	lessons: string;
}

export const demoModuleAnswers: Record<string, DemoModuleAnswers> = {
	riga: {
		received: 9000,
		pupils: 1500,
		housing: ['reception_centres', 'private_hosts', 'temporary_accommodation'],
		housingNow: 'hosted_or_temporary',
		schooling: ['welcome_classes', 'language_support'],
		work: ['language_for_work', 'job_matching'],
		lessons: 'Demo answer, made up for the demonstration: one centre for every service a newcomer needs.'
	},
	milan: {
		received: 6000,
		pupils: 900,
		housing: ['reception_centres', 'municipal_housing'],
		housingNow: 'own_homes',
		schooling: ['welcome_classes', 'psychosocial_support'],
		work: ['recognition', 'job_matching', 'childcare'],
		lessons: 'Demo answer, made up for the demonstration: closer work with organisations in the city.'
	},
	dortmund: {
		received: 7000,
		pupils: 1200,
		housing: ['private_hosts', 'supported_rentals'],
		housingNow: 'own_homes',
		schooling: ['welcome_classes', 'language_support', 'ukrainian_staff'],
		work: ['language_for_work', 'recognition'],
		lessons: 'Demo answer, made up for the demonstration: services gathered in one place.'
	},
	amsterdam: {
		received: 5000,
		pupils: null,
		housing: ['reception_centres', 'private_hosts'],
		housingNow: 'hosted_or_temporary',
		schooling: ['welcome_classes'],
		work: ['job_matching', 'city_jobs'],
		lessons: 'Demo answer, made up for the demonstration: information in more languages.'
	},
	ghent: {
		received: 2000,
		pupils: 400,
		housing: ['private_hosts', 'municipal_housing'],
		housingNow: 'not_known',
		schooling: ['welcome_classes', 'language_support', 'psychosocial_support'],
		work: ['language_for_work', 'childcare'],
		lessons: 'Demo answer, made up for the demonstration: schools that welcome pupils all year round.'
	},
	tampere: {
		received: 1500,
		pupils: 300,
		housing: ['reception_centres', 'supported_rentals'],
		housingNow: 'own_homes',
		schooling: ['language_support', 'ukrainian_staff'],
		work: ['language_for_work', 'job_matching', 'recognition'],
		lessons: 'Demo answer, made up for the demonstration: language courses open to more people.'
	}
};

/** A city's demo answers as stored (item id → value): its illustrative ratings and its module answers. */
export function demoModuleResponse(slug: string, answers: DemoModuleAnswers): Record<string, unknown> {
	const letters = ratings2018to2020[slug];
	const rated = letters ? ratingsFromLetters(letters) : null;
	return {
		...Object.fromEntries(
			commitmentNumbers.flatMap((commitment) =>
				rated?.[commitment]
					? [[`c${commitment}-rating`, { rating: rated[commitment], evidence: illustrativeEvidence }]]
					: []
			)
		),
		'ukraine-people-received': figure(answers.received),
		...(answers.pupils === null ? {} : { 'ukraine-pupils': figure(answers.pupils) }),
		'ukraine-housing-kinds': answers.housing,
		'ukraine-housing-now': answers.housingNow,
		'ukraine-schooling-support': answers.schooling,
		'ukraine-work-measures': answers.work,
		'ukraine-lessons': answers.lessons
	};
}

/**
 * Helsinki's core answers in the module cycle, already given, so that the demo coordinator has only the module
 * left to answer before submitting (the module's journey does exactly that).
 */
export const helsinkiCoreAnswers: Record<string, unknown> = {
	strategy: 'no',
	'migrant-definition': 'foreign_born',
	...Object.fromEntries(
		commitmentNumbers.map((commitment) => [
			`c${commitment}-rating`,
			{
				rating: 'partly',
				evidence: `Demo answer for commitment ${commitment}, made up for the demonstration.`
			}
		])
	)
};
