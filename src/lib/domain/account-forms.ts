import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

const email = z.string().trim().toLowerCase().pipe(z.email('form.invalidEmail'));

export const signInSchema = z.object({
	email,
	password: z.string().min(1, 'auth.password')
});

export const emailOnlySchema = z.object({ email });

/** A new password typed twice (NewPasswordFields.svelte): the invitation, reset and account pages. */
const newPassword = {
	password: z.string().min(MIN_PASSWORD_LENGTH, 'form.passwordTooShort').max(128, 'form.passwordTooShort'),
	confirm: z.string()
};

/** The second must match the first, so a typo cannot lock the person out. */
const passwordsMatch = (form: { password: string; confirm: string }) => form.password === form.confirm;
const passwordsDiffer = { message: 'form.passwordsDiffer', path: ['confirm'] };

export const newPasswordSchema = z.object(newPassword).refine(passwordsMatch, passwordsDiffer);

export const acceptInvitationSchema = z
	.object({
		name: z.string().trim().min(1, 'a11y.error.yourName').max(120, 'a11y.error.nameTooLong'),
		...newPassword
	})
	.refine(passwordsMatch, passwordsDiffer);

export const inviteSchema = z
	.object({
		name: z.string().trim().min(1, 'a11y.error.personName').max(120, 'a11y.error.nameTooLong'),
		email,
		role: z.enum(['secretariat', 'coordinator', 'contributor'], 'a11y.error.role'),
		cityId: z
			.string()
			.trim()
			.transform((value) => (value === '' ? null : Number(value)))
			.pipe(z.number().int().positive().nullable())
	})
	.refine((form) => form.role === 'secretariat' || form.cityId !== null, {
		message: 'admin.cityRequired',
		path: ['cityId']
	});

/** A signed-in person's new password: the current one proves it is them, the new one is typed twice. */
export const changePasswordSchema = z
	.object({
		current: z.string().min(1, 'account.currentMissing'),
		...newPassword
	})
	.refine(passwordsMatch, passwordsDiffer);
