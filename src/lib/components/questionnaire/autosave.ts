import { deserialize } from '$app/forms';

export type AutosaveState =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; at: Date }
	| { kind: 'invalid' }
	| { kind: 'signed-out' }
	| { kind: 'offline' }
	| { kind: 'restored' };

interface Options {
	/** Where unsaved typing is kept in this browser, e.g. one key per response and section. */
	draftKey: string;
	onState: (state: AutosaveState) => void;
	delayMs?: number;
}

type Draft = { at: number; entries: [string, string][] };

/**
 * Svelte action for the questionnaire form: keeps what is typed in localStorage at once (so a crash, a lost
 * connection or an expired session loses nothing), and saves it through the page's own `?/save` action a
 * few seconds after typing stops. The form keeps working as a plain form without JavaScript.
 */
export function autosave(form: HTMLFormElement, options: Options) {
	const delay = options.delayMs ?? 2500;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let retry: ReturnType<typeof setTimeout> | undefined;

	const restored = readDraft(options.draftKey);
	if (restored && sameEntries(typedEntries(form), restored.entries)) {
		// The server already has exactly this: the draft was saved by a normal submit.
		localStorage.removeItem(options.draftKey);
	} else if (restored) {
		// The draft goes back with the revisions it was typed against, so saving it cannot silently overwrite
		// what a colleague saved in the meantime: the server reports a conflict and the person chooses.
		fillForm(form, restored.entries);
		options.onState({ kind: 'restored' });
		schedule(500);
	}

	function onInput(event: Event) {
		// A reply to the secretariat is sent by its own button, never in the background; and fields that belong
		// to another form (file uploads) are not this form's answers.
		const target = event.target;
		if (target instanceof HTMLElement && target.closest('[data-no-autosave]')) return;
		if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.form !== form)
			return;
		writeDraft(options.draftKey, form);
		schedule(delay);
	}

	function schedule(ms: number) {
		clearTimeout(timer);
		timer = setTimeout(save, ms);
	}

	async function save() {
		clearTimeout(retry);
		options.onState({ kind: 'saving' });
		try {
			const response = await fetch('?/save', {
				method: 'POST',
				body: new FormData(form),
				headers: { 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success' || result.type === 'failure') {
				updateRevisions(form, (result.data?.revisions ?? {}) as Record<string, number>);
			}
			if (result.type === 'success') {
				localStorage.removeItem(options.draftKey);
				options.onState({ kind: 'saved', at: new Date() });
			} else if (result.type === 'failure') {
				options.onState({ kind: 'invalid' });
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
		}
	}

	form.addEventListener('input', onInput);
	form.addEventListener('change', onInput);
	// A normal submit supersedes any pending autosave; the draft stays until the server confirms.
	form.addEventListener('submit', () => clearTimeout(timer));
	return {
		destroy() {
			clearTimeout(timer);
			clearTimeout(retry);
			form.removeEventListener('input', onInput);
			form.removeEventListener('change', onInput);
		}
	};
}

function typedEntries(form: HTMLFormElement): [string, string][] {
	return [...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** Same typed values, ignoring revisions, blanks and order. */
function sameEntries(a: [string, string][], b: [string, string][]) {
	const key = (entries: [string, string][]) =>
		JSON.stringify(
			entries
				.filter(([name, value]) => !name.startsWith('__') && value.trim() !== '')
				.map(([name, value]) => `${name}=${value}`)
				.sort()
		);
	return key(a) === key(b);
}

function writeDraft(key: string, form: HTMLFormElement) {
	const entries = typedEntries(form);
	try {
		localStorage.setItem(key, JSON.stringify({ at: Date.now(), entries } satisfies Draft));
	} catch {
		// Storage full or blocked: the server save still runs.
	}
}

function readDraft(key: string): Draft | null {
	try {
		const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
		return draft && Array.isArray(draft.entries) ? draft : null;
	} catch {
		return null;
	}
}

/** Puts typed values, and the revisions they were typed against, back into the form's fields. */
function fillForm(form: HTMLFormElement, entries: [string, string][]) {
	const byName = new Map<string, string[]>();
	for (const [name, value] of entries) byName.set(name, [...(byName.get(name) ?? []), value]);
	for (const element of Array.from(form.elements)) {
		if (!(
			element instanceof HTMLInputElement ||
			element instanceof HTMLTextAreaElement ||
			element instanceof HTMLSelectElement
		))
			continue;
		if (!element.name || element.type === 'submit') continue;
		const values = byName.get(element.name) ?? [];
		if (element.name.startsWith('__') && values.length === 0) continue;
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			element.checked = values.includes(element.value);
		} else {
			element.value = values[0] ?? '';
		}
	}
}

function updateRevisions(form: HTMLFormElement, revisions: Record<string, number>) {
	for (const [itemId, revision] of Object.entries(revisions)) {
		const input = form.elements.namedItem(`__rev.${itemId}`);
		if (input instanceof HTMLInputElement) input.value = String(revision);
	}
}
