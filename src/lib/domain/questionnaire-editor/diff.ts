import { locales, type Locale } from '../locale';
import { itemsOf, type Definition, type Item, type LocalizedText } from '../questionnaire/definition';
import { textsByKey } from './text-slots';

/** What happened to one section or item between two versions. */
export type Change =
	| { kind: 'added'; id: string }
	| { kind: 'removed'; id: string }
	/** To another section (items), or to another place among the things both versions have. */
	| { kind: 'moved'; id: string; fromSection?: string; toSection?: string }
	/** Its texts differ in these languages. */
	| { kind: 'reworded'; id: string; locales: Locale[] }
	/** Something other than text: type, required, limits, options, condition, module. */
	| { kind: 'changed'; id: string; fields: string[] };

export interface VersionDiff {
	sections: Change[];
	items: Change[];
	modules: Change[];
}

/** The languages in which two texts differ (one missing counts as different). */
function rewordedLocales(a: LocalizedText | undefined, b: LocalizedText | undefined): Locale[] {
	return locales.filter(
		(locale) =>
			(a as Record<string, string> | undefined)?.[locale] !==
			(b as Record<string, string> | undefined)?.[locale]
	);
}

/** The languages in which any text under a key prefix differs ('item.c1-rating.' covers label, hint, options). */
function rewordedUnder(prefix: string, a: Map<string, LocalizedText>, b: Map<string, LocalizedText>) {
	const keys = new Set([...a.keys(), ...b.keys()].filter((key) => key.startsWith(prefix)));
	const changed = new Set<Locale>();
	for (const key of keys) for (const locale of rewordedLocales(a.get(key), b.get(key))) changed.add(locale);
	return locales.filter((locale) => changed.has(locale));
}

/** Ids that both lists hold whose order among those common ids changed. */
function reordered(before: string[], after: string[]): Set<string> {
	const common = new Set(before.filter((id) => after.includes(id)));
	const a = before.filter((id) => common.has(id));
	const b = after.filter((id) => common.has(id));
	// An id moved when its place among the common ids changed: the editor moves one step at a time, so a swap
	// reports both ids, which is what the person did.
	return new Set(a.filter((id, index) => b.indexOf(id) !== index));
}

/** The settings of an item apart from its texts, to tell a changed item from a reworded one. */
function settingsOf(item: Item): Record<string, unknown> {
	const { label: _label, hint: _hint, ...rest } = item as Item & { options?: unknown; fields?: unknown };
	const settings: Record<string, unknown> = { ...rest };
	if ('options' in rest && Array.isArray(rest.options))
		settings.options = (rest.options as { value: string }[]).map((option) => option.value);
	if ('fields' in rest && Array.isArray(rest.fields))
		settings.fields = (rest.fields as { key: string; kind: string; required: boolean }[]).map(
			({ key, kind, required }) => ({ key, kind, required })
		);
	return settings;
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
	return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/**
 * What changed from version `a` to version `b`: sections, items and modules added, removed, moved, reworded
 * (in which languages) or otherwise changed. Items are matched by id across the whole questionnaire: a kept
 * id is the same question (the editor's "same meaning").
 */
export function diffVersions(a: Definition, b: Definition): VersionDiff {
	const textsA = textsByKey(a);
	const textsB = textsByKey(b);
	const sectionIdsA = a.sections.map((s) => s.id);
	const sectionIdsB = b.sections.map((s) => s.id);
	const sections: Change[] = [];
	const movedSections = reordered(sectionIdsA, sectionIdsB);
	for (const section of b.sections) {
		const before = a.sections.find((s) => s.id === section.id);
		if (!before) {
			sections.push({ kind: 'added', id: section.id });
			continue;
		}
		if (movedSections.has(section.id)) sections.push({ kind: 'moved', id: section.id });
		const words = rewordedUnder(`section.${section.id}.`, textsA, textsB);
		if (words.length) sections.push({ kind: 'reworded', id: section.id, locales: words });
		const fields = changedFields(
			{ role: before.role, module: before.module },
			{ role: section.role, module: section.module }
		);
		if (fields.length) sections.push({ kind: 'changed', id: section.id, fields });
	}
	for (const id of sectionIdsA) if (!sectionIdsB.includes(id)) sections.push({ kind: 'removed', id });

	const placesA = new Map(itemsOf(a).map(({ section, item }) => [item.id, { section: section.id, item }]));
	const placesB = new Map(itemsOf(b).map(({ section, item }) => [item.id, { section: section.id, item }]));
	const items: Change[] = [];
	const movedWithin = new Set<string>();
	for (const section of b.sections) {
		const before = a.sections.find((s) => s.id === section.id);
		if (!before) continue;
		const ids = (s: typeof section) => s.items.map((item) => item.id);
		for (const id of reordered(ids(before), ids(section))) movedWithin.add(id);
	}
	for (const [id, place] of placesB) {
		const before = placesA.get(id);
		if (!before) {
			items.push({ kind: 'added', id });
			continue;
		}
		if (before.section !== place.section)
			items.push({ kind: 'moved', id, fromSection: before.section, toSection: place.section });
		else if (movedWithin.has(id)) items.push({ kind: 'moved', id });
		const words = rewordedUnder(`item.${id}.`, textsA, textsB);
		if (words.length) items.push({ kind: 'reworded', id, locales: words });
		const fields = changedFields(settingsOf(before.item), settingsOf(place.item));
		if (fields.length) items.push({ kind: 'changed', id, fields });
	}
	for (const id of placesA.keys()) if (!placesB.has(id)) items.push({ kind: 'removed', id });

	const modules: Change[] = [];
	const modulesA = a.modules ?? [];
	const modulesB = b.modules ?? [];
	for (const module of modulesB) {
		if (!modulesA.some((m) => m.id === module.id)) modules.push({ kind: 'added', id: module.id });
		else {
			const words = rewordedUnder(`module.${module.id}.`, textsA, textsB);
			if (words.length) modules.push({ kind: 'reworded', id: module.id, locales: words });
		}
	}
	for (const module of modulesA)
		if (!modulesB.some((m) => m.id === module.id)) modules.push({ kind: 'removed', id: module.id });
	return { sections, items, modules };
}
