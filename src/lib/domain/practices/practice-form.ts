import { z } from 'zod';
import { contentLanguages } from '../content-language';
import type { FieldErrors } from '../forms';
import { linkFieldId, maxLinks, type PracticeFormValues } from './practice-form-fields';
import { fundingKeys, targetGroupKeys, themeKeys, trendKeys } from './vocabulary';

/**
 * The secretariat's form for one good practice: what it reads from the posted form, the rules it keeps and
 * the field names errors point at. Messages are message keys (src/lib/i18n/areas/curation.ts). Server code only:
 * the form's component reads the field names from practice-form-fields.ts, so Zod stays out of the browser.
 */

export { linkFieldId, maxLinks, type PracticeFormValues };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};
const all = (form: FormData, name: string) =>
	form.getAll(name).filter((value): value is string => typeof value === 'string');

/** Reads the posted form into values that can be shown again as typed when they are refused. */
export function readPracticeForm(form: FormData): PracticeFormValues {
	const links = Array.from({ length: maxLinks }, (_, row) => ({
		url: text(form, linkFieldId(row, 'url')),
		title: text(form, linkFieldId(row, 'title'))
	}));
	return {
		cityId: text(form, 'cityId'),
		title: text(form, 'title'),
		summary: text(form, 'summary'),
		language: text(form, 'language'),
		startYear: text(form, 'startYear'),
		endYear: text(form, 'endYear'),
		ongoing: form.get('ongoing') === 'on',
		commitments: all(form, 'commitments'),
		trends: all(form, 'trends'),
		themes: all(form, 'themes'),
		targetGroups: all(form, 'targetGroups'),
		funding: all(form, 'funding'),
		links,
		sourceReport: text(form, 'sourceReport'),
		sourceYear: text(form, 'sourceYear')
	};
}

const yearText = z
	.string()
	.trim()
	.refine((value) => value === '' || (/^\d{4}$/.test(value) && +value >= 1900 && +value <= 2100), {
		message: 'curation.invalidYear'
	})
	.transform((value) => (value === '' ? null : Number(value)));

/** Checked values of a fieldset: each must be one of the vocabulary's; kept once, in the vocabulary's order. */
function tags<T extends string>(keys: readonly T[], message: string) {
	return z
		.array(z.string())
		.refine((values) => values.every((value) => (keys as readonly string[]).includes(value)), { message })
		.transform((values) => keys.filter((key) => values.includes(key)));
}

const linkRow = z
	.object({ url: z.string().trim(), title: z.string().trim().max(200, 'curation.linkTitleTooLong') })
	.superRefine((row, ctx) => {
		if (row.url === '' && row.title === '') return;
		if (!isWebAddress(row.url))
			ctx.addIssue({ code: 'custom', path: ['url'], message: 'curation.invalidUrl' });
	});

export const practiceFormSchema = z
	.object({
		cityId: z
			.string()
			.regex(/^\d{1,9}$/, 'curation.cityRequired')
			.transform(Number),
		title: z.string().trim().min(3, 'curation.titleRequired').max(200, 'curation.titleTooLong'),
		summary: z.string().trim().min(20, 'curation.summaryRequired').max(3000, 'curation.summaryTooLong'),
		language: z.enum(contentLanguages, 'curation.languageRequired'),
		startYear: yearText,
		endYear: yearText,
		ongoing: z.boolean(),
		commitments: z
			.array(z.string())
			.transform((values) =>
				Array.from({ length: 11 }, (_, i) => i + 1).filter((n) => values.includes(String(n)))
			)
			.refine((values) => values.length > 0, 'curation.commitmentRequired'),
		trends: tags(trendKeys, 'curation.unknownTag'),
		themes: tags(themeKeys, 'curation.unknownTag'),
		targetGroups: tags(targetGroupKeys, 'curation.unknownTag'),
		funding: tags(fundingKeys, 'curation.unknownTag'),
		links: z.array(linkRow).max(maxLinks),
		sourceReport: z.string().trim().max(200, 'curation.sourceTooLong'),
		sourceYear: yearText
	})
	.superRefine((input, ctx) => {
		if (input.startYear !== null && input.endYear !== null && input.startYear > input.endYear) {
			ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'curation.endBeforeStart' });
		}
		if (input.ongoing && input.endYear !== null) {
			ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'curation.endYearOrOngoing' });
		}
		// A source is a report and its year: one without the other cannot be cited.
		if ((input.sourceReport === '') !== (input.sourceYear === null)) {
			ctx.addIssue({
				code: 'custom',
				path: [input.sourceReport === '' ? 'sourceReport' : 'sourceYear'],
				message: 'curation.sourceIncomplete'
			});
		}
	})
	.transform(({ sourceReport, sourceYear, links, ...rest }) => ({
		...rest,
		links: links
			.filter((row) => row.url !== '')
			.map((row) => ({ url: row.url, title: row.title || row.url })),
		source: sourceReport && sourceYear !== null ? { report: sourceReport, year: sourceYear } : null
	}));

export type PracticeInput = z.infer<typeof practiceFormSchema>;

/** Errors keyed by the id of the field to fix; a link row's error points at that row's input. */
export function practiceFieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const [first, row, part] = issue.path;
		const field =
			first === 'links' && typeof row === 'number'
				? linkFieldId(row, part === 'title' ? 'title' : 'url')
				: String(first ?? 'form');
		errors[field] ??= issue.message;
	}
	return errors;
}

export function isWebAddress(value: string): boolean {
	if (!/^https?:\/\//i.test(value) || value.length > 2000) return false;
	try {
		return Boolean(new URL(value).hostname.includes('.'));
	} catch {
		return false;
	}
}

/** The form's values for a stored practice, so the edit form starts from what is saved. */
export function practiceToFormValues(practice: {
	cityId: number;
	title: string;
	summary: string;
	language: string;
	startYear: number | null;
	endYear: number | null;
	ongoing: boolean;
	commitments: number[];
	trends: string[];
	themes: string[];
	targetGroups: string[];
	funding: string[];
	links: { url: string; title: string }[];
	source: { report: string; year: number } | null;
}): PracticeFormValues {
	return {
		cityId: String(practice.cityId),
		title: practice.title,
		summary: practice.summary,
		language: practice.language,
		startYear: practice.startYear?.toString() ?? '',
		endYear: practice.endYear?.toString() ?? '',
		ongoing: practice.ongoing,
		commitments: practice.commitments.map(String),
		trends: [...practice.trends],
		themes: [...practice.themes],
		targetGroups: [...practice.targetGroups],
		funding: [...practice.funding],
		links: Array.from({ length: maxLinks }, (_, row) => practice.links[row] ?? { url: '', title: '' }),
		sourceReport: practice.source?.report ?? '',
		sourceYear: practice.source?.year.toString() ?? ''
	};
}

export function emptyPracticeForm(overrides: Partial<PracticeFormValues> = {}): PracticeFormValues {
	return {
		cityId: '',
		title: '',
		summary: '',
		language: 'en',
		startYear: '',
		endYear: '',
		ongoing: false,
		commitments: [],
		trends: [],
		themes: [],
		targetGroups: [],
		funding: [],
		links: Array.from({ length: maxLinks }, () => ({ url: '', title: '' })),
		sourceReport: '',
		sourceYear: '',
		...overrides
	};
}
