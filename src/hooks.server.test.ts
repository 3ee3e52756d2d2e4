import { describe, expect, it } from 'vitest';
import { handleError } from './hooks.server';

type ErrorInput = Parameters<typeof handleError>[0];

const event = (locale: 'en' | 'de') =>
	({ url: new URL('http://localhost/respond/x'), locals: { locale } }) as unknown as ErrorInput['event'];

describe('server errors', () => {
	it('show a plain apology with a reference, never the error’s message or stack', async () => {
		const secret = new Error('relation "answers" does not exist at /work/src/lib/server/db.ts:12');
		const shown = await handleError({
			error: secret,
			event: event('en'),
			status: 500,
			message: 'Internal Error'
		});
		expect(shown).toEqual({
			message: 'Sorry, something went wrong on our side',
			id: expect.stringMatching(/^[0-9a-f]{8}$/)
		});
		expect(JSON.stringify(shown)).not.toContain('answers');
	});

	it('speak the reader’s language', async () => {
		const shown = await handleError({
			error: new Error('x'),
			event: event('de'),
			status: 404,
			message: 'Not Found'
		});
		expect(shown).toMatchObject({ message: 'Seite nicht gefunden' });
	});

	it('answer a request the client got wrong with a plain 4xx message, not an apology for a fault', async () => {
		const shown = await handleError({
			error: new Error('Form actions expect form-encoded data — received application/json'),
			event: event('en'),
			status: 415,
			message: 'Unsupported Media Type'
		});
		expect(shown).toEqual({
			message: 'This request could not be understood',
			id: expect.stringMatching(/^[0-9a-f]{8}$/)
		});
	});
});
