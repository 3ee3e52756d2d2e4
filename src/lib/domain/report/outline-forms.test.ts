import { describe, expect, it } from 'vitest';
import { addChapterForm, publishForm, wordCount } from './outline-forms';

describe('the report builder’s forms', () => {
	it('counts the words a reader sees, not the Markdown marks', () => {
		expect(wordCount('')).toBe(0);
		expect(wordCount('## Heading\n\n- one **bold** item\n- [a link](https://example.eu) — done')).toBe(7);
	});

	it('places a new chapter after a section, or at the end when none is chosen', () => {
		expect(addChapterForm.parse({ title: ' Method ', after: '12' })).toEqual({ title: 'Method', after: 12 });
		expect(addChapterForm.parse({ title: 'Method', after: '' })).toEqual({ title: 'Method', after: null });
	});

	it('publishes only with the confirmation ticked', () => {
		const refused = publishForm.safeParse({ seen: 'closed', confirm: '' });
		expect(refused.error?.issues[0]?.message).toBe('reportBuilder.error.confirmPublish');
		expect(publishForm.parse({ seen: 'closed', confirm: 'yes' })).toEqual({ seen: 'closed', confirm: 'yes' });
	});
});
