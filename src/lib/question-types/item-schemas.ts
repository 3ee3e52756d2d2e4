import type { z } from 'zod';
import type { ItemOf, TypeName } from './registry';
import { attachmentsItemSchema } from './attachments/schema';
import { choiceItemSchema } from './choice/schema';
import { indicatorItemSchema } from './indicator/schema';
import { linksItemSchema } from './links/schema';
import { listItemSchema } from './list/schema';
import { multiChoiceItemSchema } from './multi_choice/schema';
import { numberItemSchema } from './number/schema';
import { ratingItemSchema } from './rating/schema';
import { textItemSchema } from './text/schema';

/**
 * The schema of each question type's items: a strict object whose `type` is the type's literal name. Apart from
 * registry.ts because only the server (and tests) read definitions: a page that shows or fills an item needs
 * the type's parts, not Zod, which would add about 25 KB of compressed JavaScript to it.
 */
export const itemSchemas = {
	rating: ratingItemSchema,
	text: textItemSchema,
	number: numberItemSchema,
	indicator: indicatorItemSchema,
	choice: choiceItemSchema,
	multi_choice: multiChoiceItemSchema,
	list: listItemSchema,
	links: linksItemSchema,
	attachments: attachmentsItemSchema
} satisfies { [K in TypeName]: z.ZodType<ItemOf<K>> };
