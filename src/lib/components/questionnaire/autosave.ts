import { deserialize } from '$app/forms';

export type AutosaveState =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; at: Date }
	| { kind: 'invalid' }
	| { kind: 'conflict' }
	| { kind: 'taken' }
	| { kind: 'signed-out' }
	| { kind: 'offline' }
	| { kind: 'restored' };

/** What a colleague saved, as the save action reports it: value, revision, when, and their name. */
export interface Theirs {
	value: unknown;
	/** Their value as the form's fields, to put into the form when the person keeps theirs. */
	fields: Record<string, string | string[]>;
	/** The person's own version as it was posted (for a conflict), shown until the page reads the form. */
	mine?: unknown;
	revision: number;
	at: string;
	by: string | null;
	/** The revision the person's own version was typed against (in the answer to a plain Save). */
	base?: number;
}

interface Options {
	/** Where unsaved typing is kept in this browser, e.g. one key per response and section. */
	draftKey: string;
	onState: (state: AutosaveState) => void;
	/**
	 * Items this person changed that a colleague saved meanwhile. Nothing more is sent for them until the
	 * person chooses (see `resolveConflict`).
	 */
	onConflict?: (conflicts: Record<string, Theirs>) => void;
	/**
	 * Items this person had not changed that a colleague saved meanwhile: the page must show the newer value
	 * now, because the form takes its revision as soon as this returns.
	 */
	onRefreshed?: (refreshed: Record<string, Theirs>) => void;
	/**
	 * Items already in a conflict when the page loaded (after a plain Save), with the revision the person's
	 * version was typed against: the form stands on that one again until the person chooses.
	 */
	held?: Record<string, number>;
	/** Items whose shown value is not saved when the page loaded (a refused plain Save). */
	unsaved?: string[];
	delayMs?: number;
}

/** What the browser keeps between visits: the typed fields of the changed items, and which items those are. */
type Draft = { at: number; entries: [string, string][]; items?: string[] };

const resolveEvent = 'autosave:resolve';
type Resolution = { itemId: string; revision: number; save: boolean };

/**
 * Tells the form's autosave how the person settled a conflict: the form now stands on `revision` (the
 * colleague's, which the page shows); with `save`, what the form holds for the item is saved against it at
 * once (keep mine, or a merge), otherwise the item counts as unchanged (keep theirs).
 */
export function resolveConflict(form: HTMLFormElement, resolution: Resolution) {
	form.dispatchEvent(new CustomEvent<Resolution>(resolveEvent, { detail: resolution }));
}

/**
 * The item a field belongs to: `<item>`, `<item>.<part>`, `<item>.<row>.<key>`, the revision `__rev.<item>` and
 * the answer's language `__lang.<item>` (choosing it is a change of the answer, saved with it). Other `__`
 * fields (replies to the secretariat) are not answers.
 */
export function itemOfField(name: string): string | null {
	if (name.startsWith('__rev.')) return name.slice(6);
	if (name.startsWith('__lang.')) return name.slice(7);
	if (name.startsWith('__') || name === '') return null;
	return name.split('.')[0] ?? null;
}

/**
 * Svelte action for the questionnaire form: keeps what is typed in localStorage at once (so a crash, a lost
 * connection or an expired session loses nothing), and saves it through the page's own `?/save` action a
 * few seconds after typing stops. The form keeps working as a plain form without JavaScript.
 *
 * It sends only the items the person changed since that item was last saved, each with the revision the
 * person's text stands on, and it never takes a revision whose value the page does not show: a colleague's
 * newer value of an item the person had not changed is shown first (`onRefreshed`); a colleague's newer
 * value of an item the person changed is a conflict (`onConflict`), and that item waits for the person.
 */
export function autosave(form: HTMLFormElement, options: Options) {
	const delay = options.delayMs ?? 2500;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let retry: ReturnType<typeof setTimeout> | undefined;
	/** Changed items → how many edits since their last save (an edit during a save keeps them changed). */
	const edits = new Map<string, number>();
	/** Items in a conflict: never sent until the person chooses. */
	const held = new Set<string>(Object.keys(options.held ?? {}));
	for (const itemId of [...held, ...(options.unsaved ?? [])]) edits.set(itemId, 1);
	for (const [itemId, base] of Object.entries(options.held ?? {})) setRevision(itemId, base);
	let saving = false;
	let again = false;

	restoreDraft();

	function restoreDraft() {
		const restored = readDraft(options.draftKey);
		if (!restored) return;
		const items =
			restored.items ??
			[...new Set(restored.entries.map(([name]) => itemOfField(name)))].filter((id) => id !== null);
		let back = false;
		for (const itemId of items) {
			const typed = restored.entries.filter(([name]) => itemOfField(name) === itemId);
			const values = typed.filter(([name]) => !name.startsWith('__'));
			// The page already shows exactly this (it was saved by a plain Save): nothing to bring back.
			if (sameEntries(values, fieldEntries(form, itemId))) continue;
			// The draft goes back with the revision it was typed against, so saving it cannot silently overwrite
			// what a colleague saved in the meantime: the server reports a conflict and the person chooses.
			fillItem(form, itemId, values);
			const revision = typed.find(([name]) => name === `__rev.${itemId}`)?.[1];
			if (revision !== undefined) setRevision(itemId, Number(revision));
			edits.set(itemId, (edits.get(itemId) ?? 0) + 1);
			back = true;
		}
		writeDraft();
		if (back) {
			options.onState({ kind: 'restored' });
			schedule(500);
		}
	}

	function onInput(event: Event) {
		// A reply to the secretariat is sent by its own button, never in the background; and fields that belong
		// to another form (file uploads) are not this form's answers.
		const target = event.target;
		if (target instanceof HTMLElement && target.closest('[data-no-autosave]')) return;
		if (
			!(
				target instanceof HTMLInputElement ||
				target instanceof HTMLTextAreaElement ||
				target instanceof HTMLSelectElement
			) ||
			target.form !== form
		)
			return;
		const itemId = itemOfField(target.name);
		if (!itemId) return;
		edits.set(itemId, (edits.get(itemId) ?? 0) + 1);
		writeDraft();
		schedule(delay);
	}

	function onResolve(event: Event) {
		const { itemId, revision, save: now } = (event as CustomEvent<Resolution>).detail;
		held.delete(itemId);
		setRevision(itemId, revision);
		if (now) edits.set(itemId, (edits.get(itemId) ?? 0) + 1);
		else edits.delete(itemId);
		writeDraft();
		if (now) schedule(0);
		else options.onState(held.size > 0 ? { kind: 'conflict' } : { kind: 'taken' });
	}

	function schedule(ms: number) {
		clearTimeout(timer);
		timer = setTimeout(save, ms);
	}

	function setRevision(itemId: string, revision: number) {
		const input = form.elements.namedItem(`__rev.${itemId}`);
		if (input instanceof HTMLInputElement) input.value = String(revision);
	}

	async function save() {
		clearTimeout(retry);
		if (saving) {
			again = true;
			return;
		}
		const sending = [...edits.keys()].filter((itemId) => !held.has(itemId));
		if (sending.length === 0) return;
		const sent = new Map(sending.map((itemId) => [itemId, edits.get(itemId)]));
		const body = new FormData();
		for (const [name, value] of new FormData(form)) {
			const itemId = itemOfField(name);
			if (typeof value === 'string' && itemId && sent.has(itemId)) body.append(name, value);
		}
		saving = true;
		options.onState({ kind: 'saving' });
		try {
			const response = await fetch('?/save', {
				method: 'POST',
				body,
				headers: { 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success' || result.type === 'failure') {
				settle(sending, sent, (result.data ?? {}) as SaveAnswer, result.type === 'failure');
			} else if (result.type === 'redirect' && result.location.startsWith('/sign-in')) {
				options.onState({ kind: 'signed-out' });
				retry = setTimeout(save, 10_000);
			} else {
				options.onState({ kind: 'offline' });
				retry = setTimeout(save, 15_000);
			}
		} catch {
			options.onState({ kind: 'offline' });
			retry = setTimeout(save, 15_000);
		} finally {
			saving = false;
			if (again) {
				again = false;
				schedule(0);
			}
		}
	}

	/** Takes in what the server did with each item sent. */
	function settle(
		sending: string[],
		sent: Map<string, number | undefined>,
		answer: SaveAnswer,
		failed: boolean
	) {
		const revisions = answer.revisions ?? {};
		const errors = Object.keys(answer.errors ?? {}).map(itemOfField);
		const conflicts: Record<string, Theirs> = {};
		const refreshed: Record<string, Theirs> = {};
		const untouchedSince = (itemId: string) => edits.get(itemId) === sent.get(itemId);
		let invalid = failed;
		for (const itemId of sending) {
			const theirs = answer.conflicts?.[itemId];
			const newer = answer.refreshed?.[itemId];
			if (theirs) {
				// Their revision is not taken: it goes with their value, which the person has not chosen.
				held.add(itemId);
				conflicts[itemId] = theirs;
			} else if (newer) {
				// Not changed by this person, saved by a colleague: show theirs, then stand on it. Typing since the
				// request left stands on the old revision, so its next save is a conflict to choose on.
				if (untouchedSince(itemId)) {
					refreshed[itemId] = newer;
					edits.delete(itemId);
				}
			} else if (errors.includes(itemId)) {
				invalid = true;
			} else if (itemId in revisions) {
				// Saved: the revision of exactly what was sent, which the page shows (or typing built on it).
				setRevision(itemId, revisions[itemId]!);
				if (untouchedSince(itemId)) edits.delete(itemId);
			}
		}
		if (Object.keys(refreshed).length > 0) {
			options.onRefreshed?.(refreshed);
			for (const [itemId, newer] of Object.entries(refreshed)) setRevision(itemId, newer.revision);
		}
		if (Object.keys(conflicts).length > 0) options.onConflict?.(conflicts);
		writeDraft();
		if (held.size > 0) options.onState({ kind: 'conflict' });
		else if (invalid || errors.length > 0) options.onState({ kind: 'invalid' });
		else options.onState({ kind: 'saved', at: new Date() });
	}

	function writeDraft() {
		if (edits.size === 0) {
			localStorage.removeItem(options.draftKey);
			return;
		}
		const entries = typedEntries(form).filter(([name]) => {
			const itemId = itemOfField(name);
			return itemId !== null && edits.has(itemId);
		});
		try {
			localStorage.setItem(
				options.draftKey,
				JSON.stringify({ at: Date.now(), entries, items: [...edits.keys()] } satisfies Draft)
			);
		} catch {
			// Storage full or blocked: the server save still runs.
		}
	}

	form.addEventListener('input', onInput);
	form.addEventListener('change', onInput);
	form.addEventListener(resolveEvent, onResolve);
	// A normal submit supersedes any pending autosave; the draft stays until the server confirms. An item in a
	// conflict is left out of it (the server then leaves it alone) until the person has chosen.
	const onSubmit = () => {
		clearTimeout(timer);
		const left = Array.from(form.elements).filter(
			(element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
				(element instanceof HTMLInputElement ||
					element instanceof HTMLTextAreaElement ||
					element instanceof HTMLSelectElement) &&
				!element.disabled &&
				held.has(itemOfField(element.name) ?? '')
		);
		for (const element of left) element.disabled = true;
		setTimeout(() => {
			for (const element of left) element.disabled = false;
		});
	};
	form.addEventListener('submit', onSubmit);
	return {
		destroy() {
			clearTimeout(timer);
			clearTimeout(retry);
			form.removeEventListener('input', onInput);
			form.removeEventListener('change', onInput);
			form.removeEventListener(resolveEvent, onResolve);
			form.removeEventListener('submit', onSubmit);
		}
	};
}

/** The parts of the save action's answer autosave reads. */
interface SaveAnswer {
	revisions?: Record<string, number>;
	errors?: Record<string, unknown>;
	conflicts?: Record<string, Theirs>;
	refreshed?: Record<string, Theirs>;
}

function typedEntries(form: HTMLFormElement): [string, string][] {
	return [...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** One item's typed fields on the page, without its revision. */
function fieldEntries(form: HTMLFormElement, itemId: string): [string, string][] {
	return typedEntries(form).filter(([name]) => !name.startsWith('__') && itemOfField(name) === itemId);
}

/** Same typed values, ignoring blanks and order. */
function sameEntries(a: [string, string][], b: [string, string][]) {
	const key = (entries: [string, string][]) =>
		JSON.stringify(
			entries
				.filter(([, value]) => value.trim() !== '')
				.map(([name, value]) => `${name}=${value}`)
				.sort()
		);
	return key(a) === key(b);
}

function readDraft(key: string): Draft | null {
	try {
		const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
		return draft && Array.isArray(draft.entries) ? draft : null;
	} catch {
		return null;
	}
}

/** Puts one item's typed values back into its fields. */
export function fillItem(form: HTMLFormElement, itemId: string, entries: [string, string][]) {
	const byName = new Map<string, string[]>();
	for (const [name, value] of entries) byName.set(name, [...(byName.get(name) ?? []), value]);
	for (const element of Array.from(form.elements)) {
		if (!(
			element instanceof HTMLInputElement ||
			element instanceof HTMLTextAreaElement ||
			element instanceof HTMLSelectElement
		))
			continue;
		if (!element.name || element.type === 'submit' || element.type === 'hidden') continue;
		if (element.name.startsWith('__') || itemOfField(element.name) !== itemId) continue;
		const values = byName.get(element.name) ?? [];
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			element.checked = values.includes(element.value);
		} else {
			element.value = values[0] ?? '';
		}
	}
}
