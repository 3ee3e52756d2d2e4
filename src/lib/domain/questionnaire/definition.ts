import { z } from 'zod';
import { itemSchemas } from '$lib/question-types/item-schemas';
import { typeOf, type AnyItem } from '$lib/question-types/registry';
import { commitments, type RoleKey } from '../charter';
import { kebabId, localizedTextSchema } from './item-base';

/**
 * A questionnaire is data, not pages: the secretariat can ship a new version ('charter-2026.1') without
 * touching the forms. An item is one of the question types of `src/lib/question-types/`, each with its own
 * schema there; this file adds what spans items and sections. Every object is strict so a typo in a
 * definition ('requiredwhen') fails loudly instead of silently dropping a rule.
 *
 * Only the server and tests import this module's values: it is Zod's. Components import its types
 * (`import type`) and `localized` from localized.ts; src/lib/client-imports.test.ts checks that no page's
 * JavaScript reaches Zod.
 */

export {
	fieldKey,
	kebabId,
	localized,
	localizedTextSchema,
	type ChoiceOption,
	type LocalizedText
} from './item-base';
export { ratingItemSchema, type RatingItem } from '$lib/question-types/rating/schema';
export { textItemSchema, type TextItem } from '$lib/question-types/text/schema';
export { numberItemSchema, type NumberItem } from '$lib/question-types/number/schema';
export { indicatorItemSchema, type IndicatorItem } from '$lib/question-types/indicator/schema';
export { choiceItemSchema, type ChoiceItem } from '$lib/question-types/choice/schema';
export { multiChoiceItemSchema, type MultiChoiceItem } from '$lib/question-types/multi_choice/schema';
export { listItemSchema, type ListField, type ListItem } from '$lib/question-types/list/schema';
export { linksItemSchema, type LinksItem } from '$lib/question-types/links/schema';
export { attachmentsItemSchema, type AttachmentsItem } from '$lib/question-types/attachments/schema';
export { attachmentKinds, type AttachmentKind } from '$lib/question-types/attachments/definition';

export const roleKeys = [
	'policy_maker',
	'service_provider',
	'employer',
	'buyer'
] as const satisfies readonly RoleKey[];

export type Item = AnyItem;
export type ItemType = Item['type'];

/** One schema per registered type, told apart by `type`. */
export const itemSchema = z.discriminatedUnion(
	'type',
	Object.values(itemSchemas) as unknown as Parameters<typeof z.discriminatedUnion>[1]
) as unknown as z.ZodType<Item>;

export const sectionSchema = z.strictObject({
	id: kebabId,
	title: localizedTextSchema,
	intro: localizedTextSchema.optional(),
	role: z.enum(roleKeys).optional(),
	/** The topical module this section belongs to (declared in the definition's `modules`); none for core sections. */
	module: kebabId.optional(),
	items: z.array(itemSchema).min(1)
});
export type Section = z.infer<typeof sectionSchema>;

/**
 * A topical module: a named group of sections a cycle adds for its time (the 2024 report's chapter on people
 * who fled the war in Ukraine). Its sections name it in `module`; its answers are analysed and reported apart.
 */
export const moduleSchema = z.strictObject({
	id: kebabId,
	title: localizedTextSchema,
	intro: localizedTextSchema.optional()
});
export type QuestionnaireModule = z.infer<typeof moduleSchema>;

export const definitionSchema = z
	.strictObject({
		version: z.string().regex(/^[a-z0-9-]+\.[0-9]+$/, "Use a version like 'charter-2024.1'"),
		title: localizedTextSchema,
		modules: z.array(moduleSchema).optional(),
		sections: z.array(sectionSchema).min(1)
	})
	.superRefine((definition, ctx) => {
		for (const issue of crossItemIssues(definition.sections)) ctx.addIssue({ code: 'custom', ...issue });
		for (const issue of moduleIssues(definition)) ctx.addIssue({ code: 'custom', ...issue });
	});
export type Definition = z.infer<typeof definitionSchema>;

/** Other names for the same thing: a questionnaire is a definition (the storage layer says questionnaire). */
export const questionnaireSchema = definitionSchema;
export type Questionnaire = Definition;

/** Rules that span items: answers are keyed by item id, and the report by commitment. */
function crossItemIssues(sections: Section[]): { message: string; path: (string | number)[] }[] {
	const issues: { message: string; path: (string | number)[] }[] = [];
	const items = new Map<string, Item>();
	const commitmentSeen = new Set<number>();
	const sectionIds = new Set<string>();
	sections.forEach((section, s) => {
		if (sectionIds.has(section.id))
			issues.push({ message: `Duplicate section id '${section.id}'`, path: ['sections', s, 'id'] });
		sectionIds.add(section.id);
		section.items.forEach((item, i) => {
			const path = ['sections', s, 'items', i];
			if (items.has(item.id))
				issues.push({ message: `Duplicate item id '${item.id}'`, path: [...path, 'id'] });
			items.set(item.id, item);
			if (item.type !== 'rating') return;
			if (commitmentSeen.has(item.commitment))
				issues.push({
					message: `Commitment ${item.commitment} is rated twice`,
					path: [...path, 'commitment']
				});
			commitmentSeen.add(item.commitment);
			const role = commitments.find((c) => c.number === item.commitment)?.role;
			if (section.role && role !== section.role)
				issues.push({
					message: `Commitment ${item.commitment} belongs to role ${role}, not ${section.role}`,
					path: [...path, 'commitment']
				});
		});
	});
	sections.forEach((section, s) =>
		section.items.forEach((item, i) => {
			const at = (rule: string) => ['sections', s, 'items', i, rule, 'item'];
			if (item.requiredWhen)
				issues.push(...conditionIssues('requiredWhen', item, item.requiredWhen, items, at('requiredWhen')));
			if (item.shownWhen) {
				const path = at('shownWhen');
				const found = conditionIssues('shownWhen', item, item.shownWhen, items, path);
				issues.push(...found);
				// One level only: a question shown on a condition cannot be what another's condition tests, so
				// whether a question is shown never depends on a chain (or a loop) of conditions.
				if (found.length === 0 && items.get(item.shownWhen.item)?.shownWhen)
					issues.push({
						message: `shownWhen must refer to a question that is always shown, not '${item.shownWhen.item}'`,
						path
					});
			}
		})
	);
	return issues;
}

/** A condition tests another item, which must exist and be a rating or choice, for values it can take. */
function conditionIssues(
	rule: 'requiredWhen' | 'shownWhen',
	item: Item,
	condition: { item: string; in?: string[]; values?: string[] },
	items: Map<string, Item>,
	path: (string | number)[]
): { message: string; path: (string | number)[] }[] {
	const target = items.get(condition.item);
	const values = condition.in ?? condition.values ?? [];
	if (!target || target === item)
		return [{ message: `${rule} refers to unknown item '${condition.item}'`, path }];
	const possible = triggerValuesOf(target);
	if (!possible) return [{ message: `${rule} must refer to a rating or choice item`, path }];
	if (values.some((v) => !possible.includes(v)))
		return [{ message: `${rule} lists a value that '${target.id}' cannot take`, path }];
	return [];
}

/** Each module is declared once, and a section names only a declared module. */
function moduleIssues(definition: {
	modules?: { id: string }[];
	sections: { module?: string }[];
}): { message: string; path: (string | number)[] }[] {
	const issues: { message: string; path: (string | number)[] }[] = [];
	const declared = new Set<string>();
	(definition.modules ?? []).forEach((module, m) => {
		if (declared.has(module.id))
			issues.push({ message: `Duplicate module id '${module.id}'`, path: ['modules', m, 'id'] });
		declared.add(module.id);
	});
	definition.sections.forEach((section, s) => {
		if (section.module && !declared.has(section.module))
			issues.push({
				message: `Section names unknown module '${section.module}'`,
				path: ['sections', s, 'module']
			});
	});
	return issues;
}

/** The values another item's requiredWhen or shownWhen can test for, or null when the item's type cannot be tested. */
function triggerValuesOf(item: Item): string[] | null {
	return typeOf(item).triggerValues?.(item) ?? null;
}

/** Every item of a definition with the section it belongs to, in questionnaire order. */
export function itemsOf(definition: Definition): { section: Section; item: Item }[] {
	return definition.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}
