import { z } from 'zod';

/**
 * A coordinator's invitation of a colleague: name, address and, optionally, a section to hand over, sent as
 * "<responseId>:<sectionId>" from one select. The role is not a field: a coordinator invites contributors only.
 */
export const colleagueInviteSchema = z.object({
	name: z.string().trim().min(1, 'cityPeople.nameMissing').max(120, 'cityPeople.nameMissing'),
	email: z.string().trim().toLowerCase().pipe(z.email('form.invalidEmail')),
	handOver: z
		.string()
		.trim()
		.transform((value, ctx) => {
			if (value === '') return null;
			const match = /^(\d+):([A-Za-z0-9_-]+)$/.exec(value);
			if (!match) {
				ctx.addIssue({ code: 'custom', message: 'cityPeople.sectionUnavailable' });
				return z.NEVER;
			}
			return { responseId: Number(match[1]), sectionId: match[2] as string };
		})
});

export type ColleagueInviteForm = z.infer<typeof colleagueInviteSchema>;

/** A coordinator hands a section to a colleague on the task list (an empty assignee takes it back). */
export const assignSectionSchema = z.object({ sectionId: z.string().min(1), assigneeId: z.string() });
