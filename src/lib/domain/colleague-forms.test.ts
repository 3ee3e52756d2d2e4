import { describe, expect, it } from 'vitest';
import { colleagueInviteSchema } from './colleague-forms';

describe('a coordinator’s invitation of a colleague', () => {
	it('reads the section to hand over from one value', () => {
		const parsed = colleagueInviteSchema.parse({
			name: ' Maria ',
			email: 'Maria@Example.FI',
			handOver: '12:role-employer'
		});
		expect(parsed).toEqual({
			name: 'Maria',
			email: 'maria@example.fi',
			handOver: { responseId: 12, sectionId: 'role-employer' }
		});
		expect(
			colleagueInviteSchema.parse({ name: 'M', email: 'm@example.fi', handOver: '' }).handOver
		).toBeNull();
	});

	it('names each field that is wrong with a message key', () => {
		const result = colleagueInviteSchema.safeParse({ name: '', email: 'nope', handOver: 'x' });
		expect(result.success).toBe(false);
		const messages = Object.fromEntries(
			(result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message])
		);
		expect(messages).toEqual({
			name: 'cityPeople.nameMissing',
			email: 'form.invalidEmail',
			handOver: 'cityPeople.sectionUnavailable'
		});
	});
});
