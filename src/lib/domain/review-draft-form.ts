import { z } from 'zod';
import { storedId } from './stored-integer';

/** Removing a drafted message to a city before the response is returned: which message, on which item. */
export const removeDraftSchema = z.object({ messageId: storedId, itemId: z.string() });
