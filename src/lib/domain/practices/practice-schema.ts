import { z } from 'zod';
import { fundingKeys, targetGroupKeys, themeKeys, trendKeys } from './vocabulary';

/** The reports a seeded practice may cite, each with the year it was published. */
export const practiceSources = [
	{ report: '1st Integrating Cities Report', year: 2013 },
	{ report: '4th Integrating Cities Report', year: 2020 },
	{ report: '4th report web summary', year: 2020 },
	{ report: 'News item on the 6th Integrating Cities Report', year: 2024 }
] as const;

const year = z.number().int().min(1980).max(2024);

const sourceSchema = z
	.object({
		report: z.enum(practiceSources.map((s) => s.report) as [string, ...string[]]),
		year: z.union([z.literal(2013), z.literal(2020), z.literal(2024)])
	})
	.refine((s) => practiceSources.some((known) => known.report === s.report && known.year === s.year), {
		message: 'report and year do not match'
	});

/** One good practice as seeded from the reports; see seed-practices.ts. */
export const seedPracticeSchema = z
	.object({
		slug: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
			.max(80),
		city: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		title: z.string().trim().min(3).max(100),
		summary: z.string().trim().min(120).max(700),
		language: z.literal('en'),
		startYear: year.nullable(),
		endYear: year.nullable(),
		ongoing: z.boolean(),
		commitments: z.array(z.number().int().min(1).max(11)).min(1),
		trends: z.array(z.enum(trendKeys)),
		themes: z.array(z.enum(themeKeys)).min(1),
		targetGroups: z.array(z.enum(targetGroupKeys)),
		funding: z.array(z.enum(fundingKeys)),
		links: z.array(z.object({ url: z.url(), title: z.string().trim().min(1) })),
		source: sourceSchema
	})
	.refine((p) => p.slug.startsWith(`${p.city}-`), { message: 'slug must start with the city slug' })
	.refine((p) => p.startYear === null || p.endYear === null || p.startYear <= p.endYear, {
		message: 'startYear must not be after endYear'
	});

export type SeedPracticeInput = z.infer<typeof seedPracticeSchema>;
