import { deserialize } from '$app/forms';
import type { ShownText } from '$lib/i18n/shown-text';

/** Someone else's saved chapter, with their name and when they saved it. */
export type ChapterConflict = ChapterText & { version: number; savedBy: string | null; savedAt: string };

export interface ChapterText {
	title: string;
	body: string;
	/** The language the chapter is written in (ISO 639-1). */
	language: string;
}

/** What one save of a chapter came to, as the editor tells the person. */
export type SaveOutcome =
	| { kind: 'saved'; version: number }
	| { kind: 'invalid'; errors: Record<string, ShownText> }
	| { kind: 'conflict'; current: ChapterConflict }
	| { kind: 'published' }
	| { kind: 'signed-out' }
	| { kind: 'offline' };

/**
 * Sends the chapter to the page's own `?/save` action, as the plain form does without JavaScript, and reads
 * SvelteKit's answer, whose errors the server wrote in the reader's language. Never throws: a lost connection is an outcome like any other, and the text stays typed.
 */
export async function sendChapter(text: ChapterText, version: number): Promise<SaveOutcome> {
	const body = new FormData();
	body.set('title', text.title);
	body.set('body', text.body);
	body.set('language', text.language);
	body.set('version', String(version));
	try {
		const response = await fetch('?/save', {
			method: 'POST',
			body,
			headers: { 'x-sveltekit-action': 'true' }
		});
		const result = deserialize(await response.text());
		if (result.type === 'success') return { kind: 'saved', version: Number(result.data?.version) };
		if (result.type === 'redirect') {
			return result.location.startsWith('/sign-in') ? { kind: 'signed-out' } : { kind: 'offline' };
		}
		if (result.type === 'failure') {
			const data = result.data ?? {};
			if (data.conflict) return { kind: 'conflict', current: data.conflict as ChapterConflict };
			if (data.errors) return { kind: 'invalid', errors: data.errors as Record<string, ShownText> };
			return { kind: 'published' };
		}
		return { kind: 'offline' };
	} catch {
		return { kind: 'offline' };
	}
}
