import { describe, expect, it } from 'vitest';
import { lockText } from './lock-text';

describe('the lock sentence a city reads', () => {
	it('is none while the response can change', () => {
		expect(lockText(null, null, 'en')).toBeNull();
	});

	it('names the day a submitted response was sent, in the reader’s language', () => {
		const text = lockText('submitted', '2026-03-14T10:00:00Z', 'fr');
		expect(text).toMatch(/^Votre réponse a été envoyée le .*14.*2026/);
	});

	it('says why otherwise, in the reader’s language', () => {
		expect(lockText('accepted', null, 'de')).toContain('Sekretariat hat Ihre Antwort angenommen');
	});
});
