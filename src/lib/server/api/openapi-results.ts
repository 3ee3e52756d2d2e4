import { paging } from './openapi';
import { migrantDefinitions, ratings } from '$lib/domain/questionnaire/values';
import { sizeBands } from '$lib/domain/analysis';

/**
 * The OpenAPI description of a published cycle's results and indicators, kept apart from openapi.ts; the
 * /api/v1/openapi.json route passes both into openApiDocument.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] });
const integer = { type: 'integer', minimum: 0 };
const roleKey = { type: 'string', enum: ['policy_maker', 'service_provider', 'employer', 'buyer'] };
const commitment = { type: 'integer', minimum: 1, maximum: 11 };
const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	type: 'object',
	required: Object.keys(properties),
	properties,
	...extra
});
const json = (schema: string, description: string) => ({
	description,
	content: { 'application/json': { schema: ref(schema) } }
});
const slug = {
	name: 'slug',
	in: 'path',
	required: true,
	description: 'The cycle’s identifier in its URL, e.g. 2018-2020.',
	schema: { type: 'string' }
};
const notFound = json(
	'Error',
	'No published cycle under this identifier (drafts, open and closed cycles included).'
);
const invalid = json('Error', 'A query parameter is invalid; `issues` says which.');

const cycleHeader = {
	slug: { type: 'string' },
	name: { type: 'string' },
	illustrative: {
		type: 'boolean',
		description: 'The demo’s made-up ratings: never quote them as results.'
	},
	cityAnswersPublic: {
		type: 'boolean',
		description: 'Whether each city’s own answers are public, or only the aggregates.'
	}
};

export const resultsPaths = {
	'/cycles/{slug}/results': {
		get: {
			summary: 'Results of a published cycle: participation, ratings per commitment and role, change',
			description: `Counts and whole-percentage shares (each rounded half up on its own, so a commitment's shares may add up to 99 or 101) of the ratings fully / partly / not at all, among the responding cities that pass the filters. \`cities\` lists each city's ratings only when the cycle made city answers public, else it is null. For such a cycle, only one filter may be given at a time, and ratings are withheld (\`withheld\`: true) when the filter leaves fewer than 5 cities in or out.`,
			parameters: [
				slug,
				{
					name: 'country',
					in: 'query',
					description: 'ISO 3166-1 alpha-2 country code.',
					schema: { type: 'string', pattern: '^[A-Z]{2}$' }
				},
				{
					name: 'size',
					in: 'query',
					description: 'Municipal population band.',
					schema: { type: 'string', enum: [...sizeBands, 'unknown'] }
				},
				{
					name: 'signatory',
					in: 'query',
					description: 'true: cities that had signed the Charter by the cycle’s reference date.',
					schema: { type: 'string', enum: ['true', 'false'] }
				}
			],
			responses: { '200': json('CycleResults', 'The results.'), '400': invalid, '404': notFound }
		}
	},
	'/cycles/{slug}/indicators': {
		get: {
			summary: 'Integrating Cities Indicators of a published cycle, with comparability marks',
			description:
				'One item per indicator. Marks: * another definition of migrant or another data set, ** another reference year than most cities, † a national figure only. `values` lists each city’s figure only when the cycle made city answers public, else it is null.',
			parameters: [slug, ...paging],
			responses: { '200': json('IndicatorPage', 'One page of indicators.'), '400': invalid, '404': notFound }
		}
	}
};

const rating = { type: 'string', enum: [...ratings] };
const ratingCounts = object(
	{ fully: integer, partly: integer, not_at_all: integer, answered: integer, noAnswer: integer },
	{ description: 'answered = fully + partly + not_at_all; noAnswer: responding cities that left it blank.' }
);
const ratingShares = nullable(
	object(
		{ fully: integer, partly: integer, not_at_all: integer },
		{
			description:
				'Whole percentages of the answered ratings, each rounded half up on its own (a row may add up to 99 or 101); null if none answered.'
		}
	)
);
const fromTo = object({ fully: integer, partly: integer, not_at_all: integer });

export const resultsSchemas = {
	Participation: object({
		invited: nullable(integer),
		responding: integer,
		signatories: integer,
		respondingSignatories: integer,
		ofInvited: nullable({ type: 'number', minimum: 0, maximum: 1, description: 'Response rate.' }),
		ofSignatories: nullable({ type: 'number', minimum: 0, maximum: 1 }),
		signatoriesNotResponding: integer,
		respondingNonSignatories: integer
	}),
	CycleResults: object({
		cycle: object({
			...cycleHeader,
			periodStart: { type: 'string', format: 'date' },
			periodEnd: { type: 'string', format: 'date' },
			referenceDate: {
				type: 'string',
				format: 'date',
				description: 'Signatories are counted as of this date.'
			}
		}),
		filter: object({
			country: nullable({ type: 'string' }),
			size: nullable({ type: 'string' }),
			signatory: nullable({ type: 'boolean' })
		}),
		participation: { ...ref('Participation'), description: 'The whole cycle, whatever the filters.' },
		matching: { ...integer, description: 'Responding cities that pass the filters.' },
		withheld: { type: 'boolean', description: 'Ratings withheld: too few cities to stay anonymous.' },
		commitments: nullable({
			type: 'array',
			items: object({ commitment, role: roleKey, counts: ratingCounts, shares: ratingShares })
		}),
		roles: nullable({
			type: 'array',
			items: object({
				role: roleKey,
				commitments: { type: 'array', items: commitment },
				counts: ratingCounts,
				shares: ratingShares
			})
		}),
		change: nullable(
			object(
				{
					previousCycle: object({
						slug: { type: 'string' },
						name: { type: 'string' },
						illustrative: { type: 'boolean' }
					}),
					previousParticipation: ref('Participation'),
					commitments: {
						type: 'array',
						items: object(
							{
								commitment,
								role: roleKey,
								compared: integer,
								better: integer,
								same: integer,
								worse: integer,
								matrix: object(
									{ fully: fromTo, partly: fromTo, not_at_all: fromTo },
									{ description: 'Cities by previous rating (outer key) and current rating (inner key).' }
								)
							},
							{ description: 'Only the cities that rated the commitment in both cycles are compared.' }
						)
					}
				},
				{
					description: 'Since the previous published cycle; null when there is none or ratings are withheld.'
				}
			)
		),
		cities: nullable({
			type: 'array',
			items: object({
				slug: { type: 'string' },
				name: { type: 'string' },
				countryCode: { type: 'string' },
				signatory: { type: 'boolean' },
				ratings: {
					type: 'object',
					description: 'Commitment number → rating; null when not answered.',
					propertyNames: { pattern: '^([1-9]|1[01])$' },
					additionalProperties: nullable(rating)
				}
			})
		})
	}),
	Indicator: object({
		id: { type: 'string' },
		name: { type: 'string' },
		cities: { ...integer, description: 'How many cities gave a figure.' },
		notComparable: { ...integer, description: 'How many of the figures carry a mark.' },
		mostCommonYear: nullable({ type: 'integer' }),
		mostCommonDefinition: nullable({ type: 'string', enum: [...migrantDefinitions] }),
		footnotes: {
			type: 'array',
			items: object({
				mark: { type: 'string', enum: ['*', '**', '†'] },
				reasons: { type: 'array', items: { type: 'string' } },
				text: { type: 'string' }
			})
		},
		values: nullable({
			type: 'array',
			description: 'Highest value first.',
			items: object({
				city: object({ slug: { type: 'string' }, name: { type: 'string' }, countryCode: { type: 'string' } }),
				value: { type: 'number' },
				year: { type: 'integer' },
				source: { type: 'string' },
				definition: { type: 'string', enum: [...migrantDefinitions] },
				differentDataSet: { type: 'boolean' },
				nationalOnly: { type: 'boolean' },
				reasons: {
					type: 'array',
					items: { type: 'string', enum: ['definition', 'dataSet', 'year', 'national'] }
				},
				marks: { type: 'array', items: { type: 'string', enum: ['*', '**', '†'] } }
			})
		})
	}),
	IndicatorPage: object({
		cycle: object(cycleHeader),
		items: { type: 'array', items: ref('Indicator') },
		total: { type: 'integer', description: 'How many indicators, across all pages.' },
		limit: { type: 'integer' },
		offset: { type: 'integer' }
	})
};
