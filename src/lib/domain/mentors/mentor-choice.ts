import { z } from 'zod';

/** The cycle and commitment chosen on the mentors page; anything unreadable is "not chosen". */
export const mentorChoiceSchema = z.object({
	cycle: z.coerce.number().int().positive().nullable().catch(null),
	commitment: z.coerce.number().int().min(1).max(11).nullable().catch(null)
});
