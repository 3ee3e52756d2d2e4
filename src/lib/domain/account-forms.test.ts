import { m } from '$lib/paraglide/messages.js';
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/server/i18n/translator';
import {
	acceptInvitationSchema,
	changePasswordSchema,
	inviteSchema,
	newPasswordSchema
} from './account-forms';
import { fieldErrors, formValues } from './forms';

const en = translator('en');

function errorsOf(
	schema:
		| typeof inviteSchema
		| typeof acceptInvitationSchema
		| typeof newPasswordSchema
		| typeof changePasswordSchema,
	form: Record<string, string>
) {
	const parsed = schema.safeParse(form);
	if (parsed.success) throw new Error('the form was accepted');
	return Object.fromEntries(
		Object.entries(fieldErrors(parsed.error)).map(([field, key]) => [field, en(key as never)])
	);
}

describe('error messages of the account forms', () => {
	it('tell the secretariat what to do on an empty invitation, not the field’s label', () => {
		const form = new FormData();
		const values = formValues(form, ['name', 'email', 'role', 'cityId']);
		const errors = errorsOf(inviteSchema, values);
		expect(errors.name).toBe('Enter the person’s name');
		expect(errors.role).toBe('Choose a role');
	});

	it('ask for the invited person’s own name when they accept', () => {
		const errors = errorsOf(acceptInvitationSchema, {
			name: ' ',
			password: 'long enough password',
			confirm: 'long enough password'
		});
		expect(errors.name).toBe('Enter your name');
	});

	it.each([
		['accepting an invitation', acceptInvitationSchema, { name: 'Aino' }],
		['resetting a password', newPasswordSchema, {}],
		['changing one’s password', changePasswordSchema, { current: 'the old password' }]
	] as const)('say the same about a new password when %s', (_, schema, rest) => {
		expect(errorsOf(schema, { ...rest, password: 'short', confirm: 'short' }).password).toBe(
			m.form_passwordTooShort({}, { locale: 'en' })
		);
		const differing = errorsOf(schema, {
			...rest,
			password: 'long enough password',
			confirm: 'long enough pasword'
		});
		expect(differing).toEqual({ confirm: m.form_passwordsDiffer({}, { locale: 'en' }) });
	});
});
