import { z } from 'zod';
import { isCalendarDate } from './city';
import type { CycleStatus } from './cycle-lifecycle';
import { optionalText } from './forms';

/**
 * The secretariat's forms about cycles: the settings of a cycle, its state change, the cities invited and a
 * city's extension. Form fields arrive as strings; messages are message keys of the cycles area.
 */
export const cycleFields = [
	'name',
	'slug',
	'periodStart',
	'periodEnd',
	'questionnaireVersion',
	'opensOn',
	'deadline',
	'cityAnswersPublic',
	'note'
] as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 60;
/**
 * Paths under /admin/cycles and /respond that are pages, not cycles: a cycle with such a slug could not be
 * reached.
 */
const reservedSlugs = new Set(['new', 'people']);

/** "2026–2028" → "2026-2028", "Période été" → "periode-ete": the address part of a cycle's pages. */
export function slugFromName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, SLUG_MAX)
		.replace(/-+$/, '');
}

const requiredDate = (message: string) => z.string().trim().refine(isCalendarDate, message);

export const cycleInputSchema = z
	.object({
		name: z.string().trim().min(1, 'cycles.nameRequired').max(120, 'cycles.nameTooLong'),
		slug: z.string().trim().toLowerCase(),
		periodStart: requiredDate('cycles.invalidPeriodStart'),
		periodEnd: requiredDate('cycles.invalidPeriodEnd'),
		// Whether the version exists is the command's to say: versions live in the database.
		questionnaireVersion: z.string().regex(/^[a-z0-9-]+\.[0-9]+$/, 'cycles.invalidVersion'),
		opensOn: requiredDate('cycles.invalidOpensOn'),
		deadline: requiredDate('cycles.invalidDeadline'),
		// An unticked checkbox is simply absent from the form.
		cityAnswersPublic: z.string().transform((value) => value === 'on' || value === 'true'),
		note: optionalText.pipe(z.string().max(2000, 'cycles.noteTooLong').nullable())
	})
	.superRefine((form, ctx) => {
		const slug = form.slug || slugFromName(form.name);
		if (form.name !== '' && (!slugPattern.test(slug) || slug.length > SLUG_MAX || reservedSlugs.has(slug)))
			ctx.addIssue({ code: 'custom', path: ['slug'], message: 'cycles.invalidSlug' });
		const dates = (a: string, b: string) => isCalendarDate(a) && isCalendarDate(b);
		if (dates(form.periodStart, form.periodEnd) && form.periodEnd <= form.periodStart)
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'cycles.periodEndBeforeStart' });
		if (dates(form.opensOn, form.deadline) && form.deadline <= form.opensOn)
			ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'cycles.deadlineBeforeOpening' });
	})
	.transform((form) => ({ ...form, slug: form.slug || slugFromName(form.name) }));

export type CycleInput = z.infer<typeof cycleInputSchema>;

const statuses = ['draft', 'open', 'closed', 'published'] as const satisfies readonly CycleStatus[];

/** The state change form posts the state the person saw, so a change made meanwhile is not repeated blindly. */
export const transitionSchema = z.object({
	from: z.enum(statuses, 'cycles.staleStatus'),
	to: z.enum(statuses, 'cycles.illegalTransition')
});

/** The ticked cities of the invitation checklist (`city` repeated once per ticked box). */
export const inviteSchema = z
	.array(
		z
			.string()
			.regex(/^[1-9]\d*$/, 'cycles.chooseCities')
			.transform(Number)
	)
	.min(1, 'cycles.chooseCities')
	.transform((ids) => [...new Set(ids)]);

export const extensionFields = ['cityId', 'extendedTo', 'message'] as const;

/**
 * Why a new deadline cannot be granted, or null. It must fall after the cycle's deadline (an earlier date
 * would shorten the city's time, which is not an extension) and not before today (it would change nothing).
 */
export function extensionProblem(
	extendedTo: string,
	facts: { deadline: string | null; today: string }
): 'cycles.extensionNotAfterDeadline' | 'cycles.extensionInPast' | null {
	if (facts.deadline !== null && extendedTo <= facts.deadline) return 'cycles.extensionNotAfterDeadline';
	if (extendedTo < facts.today) return 'cycles.extensionInPast';
	return null;
}

export function extensionSchema(facts: { deadline: string | null; today: string }) {
	return z
		.object({
			cityId: z
				.string()
				.trim()
				.regex(/^[1-9]\d*$/, 'cycles.chooseCity')
				.transform(Number),
			extendedTo: requiredDate('cycles.invalidExtension'),
			message: optionalText.pipe(z.string().max(1000, 'cycles.messageTooLong').nullable())
		})
		.superRefine((form, ctx) => {
			if (!isCalendarDate(form.extendedTo)) return;
			const problem = extensionProblem(form.extendedTo, facts);
			if (problem) ctx.addIssue({ code: 'custom', path: ['extendedTo'], message: problem });
		});
}

/** A stored cycle as the settings form shows it (dates as YYYY-MM-DD, the checkbox as "on"). */
export function cycleFormValues(cycle: {
	name: string;
	slug: string;
	periodStart: string;
	periodEnd: string;
	questionnaireVersion: string | null;
	opensOn: string | null;
	deadline: string | null;
	cityAnswersPublic: boolean;
	note: string | null;
}): Record<(typeof cycleFields)[number], string> {
	return {
		name: cycle.name,
		slug: cycle.slug,
		periodStart: cycle.periodStart,
		periodEnd: cycle.periodEnd,
		questionnaireVersion: cycle.questionnaireVersion ?? '',
		opensOn: cycle.opensOn ?? '',
		deadline: cycle.deadline ?? '',
		cityAnswersPublic: cycle.cityAnswersPublic ? 'on' : '',
		note: cycle.note ?? ''
	};
}
