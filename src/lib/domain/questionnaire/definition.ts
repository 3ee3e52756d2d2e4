import { z } from 'zod';
import { commitments, type RoleKey } from '../charter';
import type { Locale } from '../locale';

/**
 * A questionnaire is data, not pages: the secretariat can ship a new version ('charter-2026.1') without
 * touching the forms. Every object is strict so a typo in a definition ('requiredwhen') fails loudly instead
 * of silently dropping a rule.
 */

export const localizedTextSchema = z.strictObject({
	en: z.string().min(1),
	fr: z.string().min(1).optional(),
	de: z.string().min(1).optional()
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in the interface language, or the English text when that language has none. */
export function localized(text: LocalizedText, locale: Locale): string {
	return text[locale] ?? text.en;
}

// Ids become HTML field names ('<itemId>.<part>'), so they must not contain dots or spaces.
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id');
// List field keys are the last segment of '<itemId>.<row>.<key>'.
const fieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'Use a key of letters, digits, - and _');

export const roleKeys = [
	'policy_maker',
	'service_provider',
	'employer',
	'buyer'
] as const satisfies readonly RoleKey[];

export const attachmentKinds = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

const optionSchema = z.strictObject({ value: z.string().min(1), label: localizedTextSchema });
export type ChoiceOption = z.infer<typeof optionSchema>;

const base = {
	id: kebabId,
	label: localizedTextSchema,
	hint: localizedTextSchema.optional(),
	required: z.boolean(),
	/** Required when another item's value (a choice's value, a rating's rating) is one of `in`. */
	requiredWhen: z.strictObject({ item: kebabId, in: z.array(z.string().min(1)).min(1) }).optional()
};

const bounds = { min: z.number().optional(), max: z.number().optional() };

export const ratingItemSchema = z.strictObject({
	...base,
	type: z.literal('rating'),
	commitment: z.number().int().min(1).max(11)
});
export const textItemSchema = z.strictObject({
	...base,
	type: z.literal('text'),
	multiline: z.boolean(),
	maxLength: z.number().int().positive().optional()
});
export const numberItemSchema = z.strictObject({
	...base,
	type: z.literal('number'),
	unit: z.string().min(1),
	...bounds,
	integer: z.boolean().optional(),
	withYear: z.boolean(),
	withSource: z.boolean()
});
export const indicatorItemSchema = z.strictObject({
	...base,
	type: z.literal('indicator'),
	unit: z.string().min(1),
	...bounds
});
export const choiceItemSchema = z.strictObject({
	...base,
	type: z.literal('choice'),
	options: z.array(optionSchema).min(1)
});
export const multiChoiceItemSchema = z.strictObject({
	...base,
	type: z.literal('multi_choice'),
	options: z.array(optionSchema).min(1)
});
const listFieldSchema = z.strictObject({
	key: fieldKey,
	label: localizedTextSchema,
	kind: z.enum(['text', 'textarea', 'year', 'url']),
	required: z.boolean()
});
export type ListField = z.infer<typeof listFieldSchema>;
export const listItemSchema = z.strictObject({
	...base,
	type: z.literal('list'),
	fields: z.array(listFieldSchema).min(1),
	maxRows: z.number().int().positive().optional()
});
export const linksItemSchema = z.strictObject({ ...base, type: z.literal('links') });
export const attachmentsItemSchema = z.strictObject({
	...base,
	type: z.literal('attachments'),
	maxFiles: z.number().int().positive(),
	maxBytes: z.number().int().positive(),
	accept: z.array(z.enum(attachmentKinds)).min(1)
});

export const itemSchema = z
	.discriminatedUnion('type', [
		ratingItemSchema,
		textItemSchema,
		numberItemSchema,
		indicatorItemSchema,
		choiceItemSchema,
		multiChoiceItemSchema,
		listItemSchema,
		linksItemSchema,
		attachmentsItemSchema
	])
	.superRefine((item, ctx) => {
		if ('options' in item && new Set(item.options.map((o) => o.value)).size !== item.options.length)
			ctx.addIssue({ code: 'custom', message: 'Option values must be unique', path: ['options'] });
		if (item.type === 'list' && new Set(item.fields.map((f) => f.key)).size !== item.fields.length)
			ctx.addIssue({ code: 'custom', message: 'List field keys must be unique', path: ['fields'] });
		if ('min' in item && item.min !== undefined && item.max !== undefined && item.min > item.max)
			ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'] });
	});

export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
export type RatingItem = z.infer<typeof ratingItemSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type NumberItem = z.infer<typeof numberItemSchema>;
export type IndicatorItem = z.infer<typeof indicatorItemSchema>;
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
export type MultiChoiceItem = z.infer<typeof multiChoiceItemSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type LinksItem = z.infer<typeof linksItemSchema>;
export type AttachmentsItem = z.infer<typeof attachmentsItemSchema>;

export const sectionSchema = z.strictObject({
	id: kebabId,
	title: localizedTextSchema,
	intro: localizedTextSchema.optional(),
	role: z.enum(roleKeys).optional(),
	items: z.array(itemSchema).min(1)
});
export type Section = z.infer<typeof sectionSchema>;

export const definitionSchema = z
	.strictObject({
		version: z.string().regex(/^[a-z0-9-]+\.[0-9]+$/, "Use a version like 'charter-2024.1'"),
		title: localizedTextSchema,
		sections: z.array(sectionSchema).min(1)
	})
	.superRefine((definition, ctx) => {
		for (const issue of crossItemIssues(definition.sections)) ctx.addIssue({ code: 'custom', ...issue });
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
			if (!item.requiredWhen) return;
			const path = ['sections', s, 'items', i, 'requiredWhen', 'item'];
			const target = items.get(item.requiredWhen.item);
			if (!target || target === item)
				issues.push({ message: `requiredWhen refers to unknown item '${item.requiredWhen.item}'`, path });
			else if (!triggerValuesOf(target))
				issues.push({ message: `requiredWhen must refer to a rating or choice item`, path });
			else if (item.requiredWhen.in.some((v) => !triggerValuesOf(target)?.includes(v)))
				issues.push({ message: `requiredWhen lists a value that '${target.id}' cannot take`, path });
		})
	);
	return issues;
}

/** The values another item's requiredWhen can test for, or null when the item cannot be tested. */
function triggerValuesOf(item: Item): string[] | null {
	if (item.type === 'rating') return ['fully', 'partly', 'not_at_all'];
	if (item.type === 'choice' || item.type === 'multi_choice') return item.options.map((o) => o.value);
	return null;
}

/** Every item of a definition with the section it belongs to, in questionnaire order. */
export function itemsOf(definition: Definition): { section: Section; item: Item }[] {
	return definition.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}
