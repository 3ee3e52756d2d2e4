import { fail, isActionFailure } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { shown, textOf, textsOf, withShownTexts } from './shown-text';

describe('messages become text on the server', () => {
	it('says a message, with the values it fills in, in the language asked for', () => {
		expect(textOf('auth.tooMany', 'en')).toBe('Too many attempts. Wait a minute, then try again.');
		expect(textOf('auth.tooMany', 'fr')).toBe('Trop de tentatives. Attendez une minute, puis réessayez.');
		expect(textOf({ message: 'answer.tooLong', params: { max: 500 } }, 'en')).toBe(
			'Use 500 characters or fewer'
		);
		expect(textOf({ message: 'answer.tooLong', params: { max: 500 } }, 'fr')).toBe(
			'Utilisez 500 caractères au plus'
		);
	});

	it('shows a string that is no message key as it is, rather than failing the page', () => {
		expect(textOf('Invalid input', 'de')).toBe('Invalid input');
	});

	it('turns every field of a form into its error text', () => {
		expect(textsOf({ email: 'form.invalidEmail', current: 'auth.tooMany' }, 'de')).toEqual({
			email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, etwa name@stadt.eu',
			current: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.'
		});
	});

	it('translates the message fields of a result and nothing the person typed', () => {
		const result = shown(
			{
				// Typed values go back as typed, even one that happens to look like a key.
				values: { email: 'auth.tooMany' },
				errors: { email: 'form.invalidEmail', 'section-form': { message: 'review.lockedSave' } },
				mergeErrors: { into: 'cycles.chooseCities' },
				refused: 'steps.bulkNoneChosen',
				fileError: { message: 'import.tooLarge', params: { maxMb: 5 } },
				assignError: true,
				revisions: { q1: 3 }
			},
			'fr'
		);
		expect(result).toEqual({
			values: { email: 'auth.tooMany' },
			errors: {
				email: 'Saisissez une adresse e-mail au bon format, comme nom@ville.eu',
				'section-form': 'Rien n’a été enregistré : cette partie de la réponse ne peut plus être modifiée.'
			},
			mergeErrors: { into: 'Cochez au moins une ville à inviter' },
			refused: 'Aucune réponse n’a été choisie. Cochez dans le tableau les réponses soumises à accepter.',
			fileError: 'Le fichier doit faire moins de 5 Mo',
			assignError: true,
			revisions: { q1: 3 }
		});
	});

	it('leaves a field without a message as it is, and says each message of a list', () => {
		expect(shown({ bulkError: null, errors: ['auth.tooMany', null] }, 'en')).toEqual({
			bulkError: null,
			errors: ['Too many attempts. Wait a minute, then try again.', null]
		});
	});

	it("gives a page's actions their results as text in the request's language, failures keeping their status", async () => {
		const actions = withShownTexts({
			refuse: async () => fail(429, { values: { email: 'a@b.eu' }, errors: { email: 'auth.tooMany' } }),
			accept: async () => ({ sentTo: 'a@b.eu', errors: {} }),
			nothing: async () => undefined
		});
		const event = (locale: 'en' | 'fr') => ({ locals: { locale } }) as never;

		const refused = await actions.refuse(event('fr'));
		expect(isActionFailure(refused)).toBe(true);
		expect(refused).toMatchObject({
			status: 429,
			data: {
				values: { email: 'a@b.eu' },
				errors: { email: 'Trop de tentatives. Attendez une minute, puis réessayez.' }
			}
		});
		expect((await actions.refuse(event('en'))).data.errors.email).toBe(
			'Too many attempts. Wait a minute, then try again.'
		);
		expect(await actions.accept(event('fr'))).toEqual({ sentTo: 'a@b.eu', errors: {} });
		expect(await actions.nothing(event('fr'))).toBeUndefined();
	});
});
