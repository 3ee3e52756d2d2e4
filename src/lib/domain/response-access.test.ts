import { describe, expect, it } from 'vitest';
import {
	canCoordinate,
	canEditSection,
	canReadResponse,
	canSeeSection,
	type Actor,
	type ResponseFacts
} from './response-access';

const helsinki: ResponseFacts = { cityId: 1, state: 'in_progress', assignees: { employer: 'hr-person' } };
const coordinator: Actor = { id: 'coord', role: 'coordinator', cityId: 1 };
const contributor: Actor = { id: 'hr-person', role: 'contributor', cityId: 1 };
const otherCity: Actor = { id: 'other', role: 'coordinator', cityId: 2 };
const secretariat: Actor = { id: 'sec', role: 'secretariat', cityId: null };

describe('response access', () => {
	it('lets only the secretariat and the city’s own people read a response', () => {
		expect(canReadResponse(secretariat, helsinki)).toBe(true);
		expect(canReadResponse(contributor, helsinki)).toBe(true);
		expect(canReadResponse(otherCity, helsinki)).toBe(false);
	});

	it('lets a contributor see and edit only the sections assigned to them', () => {
		expect(canEditSection(contributor, helsinki, 'employer')).toBe(true);
		expect(canEditSection(contributor, helsinki, 'buyer')).toBe(false);
		expect(canSeeSection(contributor, helsinki, 'buyer')).toBe(false);
		expect(canEditSection(coordinator, helsinki, 'buyer')).toBe(true);
	});

	it('lets nobody edit after submission, and never the secretariat or another city', () => {
		const submitted = { ...helsinki, state: 'submitted' as const };
		for (const actor of [coordinator, contributor, secretariat, otherCity]) {
			expect(canEditSection(actor, submitted, 'employer')).toBe(false);
		}
		expect(canEditSection(secretariat, helsinki, 'employer')).toBe(false);
		expect(canEditSection(otherCity, helsinki, 'employer')).toBe(false);
	});

	it('lets only the city’s coordinator assign and submit', () => {
		expect(canCoordinate(coordinator, helsinki)).toBe(true);
		expect(canCoordinate(contributor, helsinki)).toBe(false);
		expect(canCoordinate(otherCity, helsinki)).toBe(false);
		expect(canCoordinate(secretariat, helsinki)).toBe(false);
	});
});
