/**
 * The OpenAPI 3.1 description of the open data API, written by hand next to the endpoints it describes and
 * checked in a test against the OpenAPI schema and against real answers of every endpoint.
 */
const pageOf = (item: string) => ({
	type: 'object',
	required: ['items', 'total', 'limit', 'offset'],
	properties: {
		items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
		total: { type: 'integer', description: 'How many match, across all pages.' },
		limit: { type: 'integer' },
		offset: { type: 'integer' }
	}
});

/** The paging parameters every list takes. */
export const paging = [
	{
		name: 'limit',
		in: 'query',
		description: 'Items per page (1–100).',
		schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 }
	},
	{
		name: 'offset',
		in: 'query',
		description: 'How many items to skip.',
		schema: { type: 'integer', minimum: 0, default: 0 }
	}
];

const slugParameter = (what: string) => ({
	name: 'slug',
	in: 'path',
	required: true,
	description: `The ${what}'s identifier in its URL.`,
	schema: { type: 'string' }
});

const ok = (schema: string, description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } }
});

const problems = {
	'400': ok('Error', 'A query parameter is invalid; `issues` says which.'),
	'404': ok('Error', 'Nothing published under this identifier.')
};

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });

const cycleLink = {
	type: 'object',
	required: ['slug', 'name'],
	properties: { slug: { type: 'string' }, name: { type: 'string' } }
};

const cityLink = {
	type: 'object',
	required: ['slug', 'name'],
	properties: { slug: { type: 'string' }, name: { type: 'string' } }
};

const practiceLink = {
	type: 'object',
	required: ['slug', 'title', 'url'],
	properties: { slug: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } }
};

export function openApiDocument(extraPaths: Record<string, unknown> = {}, extraSchemas = {}) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Integrating Cities Monitor open data',
			version: '1.0.0',
			description:
				'Read-only data of the Eurocities Charter on Integrating Cities monitoring: the cities, the published reporting cycles and the good-practice library. Only published data is served. Every list answers { items, total, limit, offset }.'
		},
		servers: [{ url: '/api/v1' }],
		paths: {
			'/cities': {
				get: {
					summary: 'Cities that signed the Charter or answered a published cycle',
					parameters: [
						...paging,
						{ name: 'q', in: 'query', description: 'Part of the city name.', schema: { type: 'string' } },
						{
							name: 'country',
							in: 'query',
							description: 'ISO 3166-1 alpha-2 country code.',
							schema: { type: 'string', pattern: '^[A-Z]{2}$' }
						},
						{
							name: 'signatory',
							in: 'query',
							description: 'true: signatories only; false: cities that answered without signing.',
							schema: { type: 'string', enum: ['true', 'false'] }
						}
					],
					responses: { '200': ok('CityPage', 'One page of cities, by name.'), '400': problems['400'] }
				}
			},
			'/cities/{slug}': {
				get: {
					summary: 'One city',
					parameters: [slugParameter('city')],
					responses: { '200': ok('CityDetail', 'The city.'), '404': problems['404'] }
				}
			},
			'/cycles': {
				get: {
					summary: 'Published reporting cycles, oldest first',
					parameters: paging,
					responses: { '200': ok('CyclePage', 'One page of cycles.'), '400': problems['400'] }
				}
			},
			'/cycles/{slug}': {
				get: {
					summary: 'One published cycle and its participating cities',
					parameters: [slugParameter('cycle')],
					responses: { '200': ok('CycleDetail', 'The cycle.'), '404': problems['404'] }
				}
			},
			'/practices': {
				get: {
					summary: 'Published good practices: full-text search and facets, best match first',
					description:
						'The same search as the /practices page. Facet parameters can repeat (theme=housing&theme=health); values that are not in the vocabulary are ignored.',
					parameters: [
						...paging,
						{
							name: 'q',
							in: 'query',
							description:
								'Words to look for in titles and summaries (web search syntax: "quoted phrase", -not, or).',
							schema: { type: 'string' }
						},
						...['commitment', 'role', 'trend', 'theme', 'target', 'country', 'city'].map((name) => ({
							name,
							in: 'query',
							description: `Only practices with this ${name} (repeatable).`,
							schema: { type: 'array', items: { type: name === 'commitment' ? 'integer' : 'string' } },
							style: 'form',
							explode: true
						})),
						{
							name: 'from',
							in: 'query',
							description: 'Active in or after this year.',
							schema: { type: 'integer' }
						},
						{
							name: 'to',
							in: 'query',
							description: 'Active in or before this year.',
							schema: { type: 'integer' }
						}
					],
					responses: { '200': ok('PracticePage', 'One page of practices.'), '400': problems['400'] }
				}
			},
			'/practices/{slug}': {
				get: {
					summary: 'One published practice',
					parameters: [slugParameter('practice')],
					responses: { '200': ok('PracticeDetail', 'The practice.'), '404': problems['404'] }
				}
			},
			...extraPaths
		},
		components: {
			schemas: {
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['status', 'message'],
							properties: {
								status: { type: 'integer' },
								message: { type: 'string' },
								issues: {
									type: 'array',
									items: {
										type: 'object',
										properties: { parameter: { type: 'string' }, message: { type: 'string' } }
									}
								}
							}
						}
					}
				},
				City: {
					type: 'object',
					required: ['slug', 'name', 'countryCode', 'latitude', 'longitude', 'signedOn', 'cycles'],
					properties: {
						slug: { type: 'string' },
						name: { type: 'string' },
						countryCode: { type: 'string', description: 'ISO 3166-1 alpha-2.' },
						population: nullable('integer'),
						latitude: { type: 'number' },
						longitude: { type: 'number' },
						signedOn: nullable('string', {
							format: 'date',
							description: 'When the city signed the Charter; null if it did not.'
						}),
						signedOnPrecision: nullable('string', {
							description: 'How much of signedOn is known: day, month, year, or by (no later than).'
						}),
						cycles: { type: 'array', items: cycleLink, description: 'Published cycles it answered.' },
						url: { type: 'string' }
					}
				},
				CityDetail: {
					allOf: [
						{ $ref: '#/components/schemas/City' },
						{
							type: 'object',
							properties: {
								signingSource: nullable('string', { description: 'Source of the signing fact.' })
							}
						}
					]
				},
				CityPage: pageOf('City'),
				Cycle: {
					type: 'object',
					required: ['slug', 'name', 'periodStart', 'periodEnd', 'participants'],
					properties: {
						slug: { type: 'string' },
						name: { type: 'string' },
						periodStart: { type: 'string', format: 'date' },
						periodEnd: { type: 'string', format: 'date' },
						reportNumber: nullable('integer', { description: 'Which Integrating Cities Report it fed.' }),
						reportYear: nullable('integer'),
						cityAnswersPublic: {
							type: 'boolean',
							description: 'Whether each city’s own answers are public, or only the aggregates.'
						},
						participants: { type: 'integer', description: 'Cities that answered.' },
						url: { type: 'string' }
					}
				},
				CycleDetail: {
					allOf: [
						{ $ref: '#/components/schemas/Cycle' },
						{
							type: 'object',
							required: ['cities'],
							properties: {
								cities: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											slug: { type: 'string' },
											name: { type: 'string' },
											countryCode: { type: 'string' }
										}
									}
								}
							}
						}
					]
				},
				CyclePage: pageOf('Cycle'),
				Years: {
					type: 'object',
					required: ['start', 'end', 'ongoing'],
					properties: { start: nullable('integer'), end: nullable('integer'), ongoing: { type: 'boolean' } }
				},
				Practice: {
					type: 'object',
					required: ['slug', 'title', 'language', 'city', 'countryCode', 'years', 'commitments', 'url'],
					properties: {
						slug: { type: 'string' },
						title: { type: 'string' },
						language: { type: 'string', description: 'ISO 639-1 code of the title and summary.' },
						city: cityLink,
						countryCode: { type: 'string' },
						years: { $ref: '#/components/schemas/Years' },
						commitments: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 11 } },
						excerpt: { type: 'string', description: 'The passages of the summary that matched.' },
						url: { type: 'string' }
					}
				},
				PracticePage: {
					allOf: [
						pageOf('Practice'),
						{
							type: 'object',
							required: ['facets'],
							properties: {
								facets: {
									type: 'object',
									description: 'Facet name → the count of each value in the whole result.',
									additionalProperties: {
										type: 'array',
										items: {
											type: 'object',
											required: ['value', 'count'],
											properties: {
												value: { type: 'string' },
												count: { type: 'integer' },
												label: { type: 'string' }
											}
										}
									}
								}
							}
						}
					]
				},
				PracticeDetail: {
					type: 'object',
					required: ['slug', 'title', 'summary', 'language', 'city', 'years', 'commitments'],
					properties: {
						slug: { type: 'string' },
						title: { type: 'string' },
						summary: { type: 'string', description: 'Written in our own words; see source.' },
						language: { type: 'string' },
						city: { ...cityLink, properties: { ...cityLink.properties, countryCode: { type: 'string' } } },
						years: { $ref: '#/components/schemas/Years' },
						commitments: { type: 'array', items: { type: 'integer' } },
						trends: { type: 'array', items: { type: 'string' } },
						themes: { type: 'array', items: { type: 'string' } },
						targetGroups: { type: 'array', items: { type: 'string' } },
						funding: { type: 'array', items: { type: 'string' } },
						links: {
							type: 'array',
							items: { type: 'object', properties: { url: { type: 'string' }, title: { type: 'string' } } }
						},
						source: {
							type: ['object', 'null'],
							properties: { report: { type: 'string' }, year: { type: 'integer' } }
						},
						sameCity: { type: 'array', items: practiceLink },
						related: { type: 'array', items: practiceLink }
					}
				},
				...extraSchemas
			}
		}
	};
}
