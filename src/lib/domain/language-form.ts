import { z } from 'zod';
import { locales } from './locale';

/** The language chooser: the interface language and the page to go back to. */
export const languageFormSchema = z.object({ locale: z.enum(locales), returnTo: z.string().optional() });
