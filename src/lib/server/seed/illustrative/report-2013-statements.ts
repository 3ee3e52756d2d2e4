import type { CommitmentNumber } from '$lib/domain/analysis';
import type { RoleKey } from '$lib/domain/charter';
import type { Rating } from '$lib/domain/questionnaire/values';
import type { Claim, Quantity, ReportStatement } from './claims';

export const report2013File = 'report-2013-first-integrating-cities-report.txt';

const policy: RoleKey = 'policy_maker';
const service: RoleKey = 'service_provider';
const count = (
	commitment: CommitmentNumber,
	ratings: Rating[],
	quantity: Quantity
): Extract<Claim, { kind: 'count' }> => ({ kind: 'count', of: { commitment }, ratings, quantity });
const fullyOrPartly: Rating[] = ['fully', 'partly'];
const allBut = (excluded: CommitmentNumber): CommitmentNumber[] =>
	([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const).filter((n) => n !== excluded);

/** Every statement of the 1st report about who took part and about the aggregate self-assessment. */
export const report2013Statements: ReportStatement[] = [
	{
		id: 'signatories',
		lines: [61],
		words: 'As of January 2013, 27 cities have signed',
		reading: '27 signatories at the time of the report',
		claims: [{ kind: 'participation', field: 'signatories', exactly: 27 }]
	},
	{
		id: 'signatories-responding',
		lines: [606],
		words: 'Twenty-one signatory cities',
		reading: '21 of the respondents were signatories',
		claims: [{ kind: 'participation', field: 'respondingSignatories', exactly: 21 }]
	},
	{
		id: 'respondents',
		lines: [608, 609, 610, 611, 612, 613, 614, 615],
		words: 'Athens Madrid Rennes',
		reading: 'the list of respondents names 23 cities',
		claims: [{ kind: 'participation', field: 'responding', exactly: 23 }]
	},
	{
		id: 'signatories-not-reporting',
		lines: [277],
		words: 'Six signatory cities did not report',
		reading: '6 signatories did not respond',
		claims: [{ kind: 'participation', field: 'signatoriesNotResponding', exactly: 6 }]
	},
	{
		id: 'policy-and-services-strongest',
		lines: [63, 67],
		words: 'particularly when it comes to their role as policy makers',
		reading: 'policy maker and service provider have a higher share of fully than employer and buyer',
		claims: [
			{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service], lower: ['employer', 'buyer'] }
		]
	},
	{
		id: 'summary-policy',
		lines: [69],
		words: 'A majority of the cities that responded consider that',
		reading: 'a majority rate commitments 2 and 3 fully',
		claims: [count(2, ['fully'], 'majority'), count(3, ['fully'], 'majority')]
	},
	{
		id: 'summary-services',
		lines: [69],
		words: 'The vast majority report that they are able to',
		reading:
			'a vast majority rate commitments 4 and 5 fully or partly (not fully only: line 396 has just under half partly on 5)',
		claims: [count(4, fullyOrPartly, 'vastMajority'), count(5, fullyOrPartly, 'vastMajority')]
	},
	{
		id: 'summary-employer',
		lines: [71],
		words: 'over half of the city governments are ensuring that',
		reading: 'over half rate 7 and 8 fully; fewer than half rate 6 fully (the challenges named)',
		claims: [
			count(7, ['fully'], 'majority'),
			count(8, ['fully'], 'majority'),
			count(6, ['fully'], 'minority')
		]
	},
	{
		id: 'overall-order',
		lines: [322],
		words: 'such as procurement and municipal employment, fare less favourably',
		reading: 'policy maker and service provider have a higher share of fully than employer and buyer',
		claims: [
			{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service], lower: ['employer', 'buyer'] }
		]
	},
	{
		id: 'policy-and-services-high',
		lines: [324],
		words: 'cities assessed their performance quite highly',
		reading: 'most answers of the policy maker and service provider roles are fully',
		claims: [
			{ kind: 'count', of: { role: policy }, ratings: ['fully'], quantity: 'majority' },
			{ kind: 'count', of: { role: service }, ratings: ['fully'], quantity: 'majority' }
		]
	},
	{
		id: 'employer-less-favourable',
		lines: [324],
		words: 'cities did not rank themselves as favourably',
		reading: 'employer has a lower share of fully than policy maker and service provider',
		claims: [{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service], lower: ['employer'] }]
	},
	{
		id: 'buyer-weakest',
		lines: [326],
		words: 'the area where the weakest assessment was recorded',
		reading: 'buyer has the lowest share of fully and the highest share of not at all of the four roles',
		claims: [
			{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service, 'employer'], lower: ['buyer'] },
			{ kind: 'roleOrder', measure: 'notAtAllShare', higher: ['buyer'], lower: [policy, service, 'employer'] }
		]
	},
	{
		id: 'policy-none-not-at-all',
		lines: [343],
		words: 'All cities consider that they reach or are on the way',
		reading: 'every city rates commitments 1, 2 and 3 fully or partly',
		claims: [count(1, fullyOrPartly, 'all'), count(2, fullyOrPartly, 'all'), count(3, fullyOrPartly, 'all')]
	},
	{
		id: 'policy-commitments',
		lines: [343],
		words: 'with a majority communicating commitment to equal opportunities',
		reading: 'a majority rate commitment 1 fully, a majority 2, over half 3',
		claims: [
			count(1, ['fully'], 'majority'),
			count(2, ['fully'], 'majority'),
			count(3, ['fully'], 'majority')
		]
	},
	{
		id: 'services-majority',
		lines: [396, 402],
		words: 'The majority of cities support equal access to services',
		reading: 'a majority rate commitments 4 and 5 fully',
		claims: [count(4, ['fully'], 'majority'), count(5, ['fully'], 'majority')]
	},
	{
		id: 'services-some-partly',
		lines: [396],
		words: 'Some of the cities, however, see themselves as only partly',
		reading: 'some rate 4 and 5 partly; just under half rate 5 partly',
		claims: [
			count(4, ['partly'], 'some'),
			count(5, ['partly'], 'some'),
			count(5, ['partly'], 'justUnderHalf')
		]
	},
	{
		id: 'employer-below-others',
		lines: [462],
		words: 'Although not scored as highly as the other areas',
		reading:
			'employer has a lower share of fully than policy maker and service provider, yet its answers are mostly fully or partly',
		claims: [
			{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service], lower: ['employer'] },
			{ kind: 'count', of: { role: 'employer' }, ratings: fullyOrPartly, quantity: 'vastMajority' }
		]
	},
	{
		id: 'employer-staff',
		lines: [462],
		words: 'Just over half of the cities feel they are meeting',
		reading: 'just over half rate 7 and 8 fully',
		claims: [count(7, ['fully'], 'justOverHalf'), count(8, ['fully'], 'justOverHalf')]
	},
	{
		id: 'employer-workforce',
		lines: [462],
		words: 'A large minority feel that they reflect the city',
		reading: 'a large minority rate 6 fully, and exactly 4 not at all',
		claims: [count(6, ['fully'], 'largeMinority'), count(6, ['not_at_all'], { exactly: 4 })]
	},
	{
		id: 'buyer-contractors',
		lines: [522, 527],
		words: 'A majority of cities are either promoting or are devising',
		reading: 'a majority rate 10 fully or partly; exactly 4 not at all',
		claims: [count(10, fullyOrPartly, 'majority'), count(10, ['not_at_all'], { exactly: 4 })]
	},
	{
		id: 'buyer-less-positive',
		lines: [527],
		words: 'cities assess themselves less positively in the area of procurement',
		reading: 'buyer has the lowest share of fully of the four roles',
		claims: [
			{ kind: 'roleOrder', measure: 'fullyShare', higher: [policy, service, 'employer'], lower: ['buyer'] }
		]
	},
	{
		id: 'buyer-procurement',
		lines: [529],
		words: 'A vast majority of cities apply or are developing',
		reading: 'a vast majority rate 9 fully or partly; some rate 10 fully; a small minority rate 9 not at all',
		claims: [
			count(9, fullyOrPartly, 'vastMajority'),
			count(10, ['fully'], 'some'),
			count(9, ['not_at_all'], 'smallMinority')
		]
	},
	{
		id: 'buyer-suppliers',
		lines: [531],
		words: 'The most challenging area for cities proved to be',
		reading:
			'commitment 11 has the lowest share of fully and the highest of not at all; exactly 8 not at all; a majority partly',
		claims: [
			{ kind: 'commitmentOrder', measure: 'fullyShare', higher: allBut(11), lower: [11] },
			{ kind: 'commitmentOrder', measure: 'notAtAllShare', higher: [11], lower: allBut(11) },
			count(11, ['not_at_all'], { exactly: 8 }),
			count(11, ['partly'], 'majority')
		]
	}
];
