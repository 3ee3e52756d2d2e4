import { z } from 'zod';

/** A coordinator handing a section to a contributor; an empty assignee takes the section back. */
export const sectionAssignmentSchema = z.object({ sectionId: z.string().min(1), assigneeId: z.string() });
