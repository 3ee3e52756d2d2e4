import type { Definition, Item, QuestionnaireModule, Section } from '../questionnaire/definition';

/**
 * The editor's changes to a draft, as pure functions: each returns a new definition or the reason it cannot
 * apply (an id that is not there). Whether the result is a valid questionnaire is decided afterwards, on the
 * whole definition, by `definitionSchema` and the protected core check.
 */
export type EditResult = { ok: true; definition: Definition } | { ok: false; problem: EditProblem };
export type EditProblem = 'unknown_section' | 'unknown_item' | 'unknown_module' | 'cannot_move';

const done = (definition: Definition): EditResult => ({ ok: true, definition });
const refused = (problem: EditProblem): EditResult => ({ ok: false, problem });

function swap<T>(list: T[], index: number, step: -1 | 1): T[] | null {
	const other = index + step;
	if (index < 0 || other < 0 || other >= list.length) return null;
	const copy = [...list];
	[copy[index], copy[other]] = [copy[other]!, copy[index]!];
	return copy;
}

export function addModule(definition: Definition, module: QuestionnaireModule): EditResult {
	return done({ ...definition, modules: [...(definition.modules ?? []), module] });
}

/** A section starts with its first question: the schema asks every section for one. */
export function addSection(definition: Definition, section: Section): EditResult {
	return done({ ...definition, sections: [...definition.sections, section] });
}

export function updateSection(
	definition: Definition,
	sectionId: string,
	change: (section: Section) => Section
): EditResult {
	if (!definition.sections.some((s) => s.id === sectionId)) return refused('unknown_section');
	return done({
		...definition,
		sections: definition.sections.map((s) => (s.id === sectionId ? change(s) : s))
	});
}

export function moveSection(definition: Definition, sectionId: string, step: -1 | 1): EditResult {
	const index = definition.sections.findIndex((s) => s.id === sectionId);
	if (index < 0) return refused('unknown_section');
	const sections = swap(definition.sections, index, step);
	return sections ? done({ ...definition, sections }) : refused('cannot_move');
}

export function removeSection(definition: Definition, sectionId: string): EditResult {
	if (!definition.sections.some((s) => s.id === sectionId)) return refused('unknown_section');
	return done({ ...definition, sections: definition.sections.filter((s) => s.id !== sectionId) });
}

export function addItem(definition: Definition, sectionId: string, item: Item): EditResult {
	return updateSection(definition, sectionId, (section) => ({ ...section, items: [...section.items, item] }));
}

/** Replaces an item, which may come back under a new id (a new meaning). */
export function replaceItem(definition: Definition, itemId: string, item: Item): EditResult {
	const section = definition.sections.find((s) => s.items.some((i) => i.id === itemId));
	if (!section) return refused('unknown_item');
	return updateSection(definition, section.id, (s) => ({
		...s,
		items: s.items.map((i) => (i.id === itemId ? item : i))
	}));
}

/**
 * Moves an item one place up or down in its section; from the top or the bottom of a section it goes to the
 * end of the section before or the start of the section after, so an item can travel anywhere step by step.
 */
export function moveItem(definition: Definition, itemId: string, step: -1 | 1): EditResult {
	const s = definition.sections.findIndex((section) => section.items.some((i) => i.id === itemId));
	const section = definition.sections[s];
	if (!section) return refused('unknown_item');
	const index = section.items.findIndex((i) => i.id === itemId);
	const items = swap(section.items, index, step);
	const sections = [...definition.sections];
	if (items) {
		sections[s] = { ...section, items };
		return done({ ...definition, sections });
	}
	const neighbour = sections[s + step];
	if (!neighbour) return refused('cannot_move');
	const item = section.items[index]!;
	sections[s] = { ...section, items: section.items.filter((i) => i.id !== itemId) };
	sections[s + step] = {
		...neighbour,
		items: step === -1 ? [...neighbour.items, item] : [item, ...neighbour.items]
	};
	return done({ ...definition, sections });
}

export function removeItem(definition: Definition, itemId: string): EditResult {
	const section = definition.sections.find((s) => s.items.some((i) => i.id === itemId));
	if (!section) return refused('unknown_item');
	return updateSection(definition, section.id, (s) => ({
		...s,
		items: s.items.filter((i) => i.id !== itemId)
	}));
}

/** A copy of a definition under a new version name: the start of every new version. */
export function copiedAs(definition: Definition, version: string): Definition {
	return { ...structuredClone(definition), version };
}
