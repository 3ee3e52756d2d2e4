import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';

/** Web links, each an address with an optional title. */
export const linksItemSchema = z.strictObject({ ...itemBase, type: z.literal('links') });
export type LinksItem = z.infer<typeof linksItemSchema>;
