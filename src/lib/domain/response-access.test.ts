import { describe, expect, it } from 'vitest';
import {
	canCoordinate,
	canEditItem,
	canEditSection,
	responseLock,
	canReadResponse,
	canSeeSection,
	type Actor,
	type ResponseFacts
} from './response-access';

const helsinki: ResponseFacts = {
	cityId: 1,
	state: 'in_progress',
	assignees: { employer: 'hr-person' },
	cycleStatus: 'open',
	deadline: '2026-03-31',
	extendedTo: null,
	reopenedItems: [],
	today: '2026-03-01'
};
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

	it('closes ordinary editing after the deadline’s whole day, unless the city has an extension', () => {
		expect(canEditItem(coordinator, { ...helsinki, today: '2026-03-31' }, 'employer', 'c9-rating')).toBe(
			true
		);
		const late = { ...helsinki, today: '2026-04-01' };
		expect(canEditItem(coordinator, late, 'employer', 'c9-rating')).toBe(false);
		expect(responseLock(late)).toBe('deadline_passed');
		const extended = { ...late, extendedTo: '2026-04-15' };
		expect(canEditItem(coordinator, extended, 'employer', 'c9-rating')).toBe(true);
		expect(responseLock({ ...extended, today: '2026-04-16' })).toBe('deadline_passed');
	});

	it('keeps a draft or closed cycle read-only for the city', () => {
		expect(responseLock({ ...helsinki, cycleStatus: 'draft' })).toBe('not_open');
		expect(responseLock({ ...helsinki, cycleStatus: 'closed' })).toBe('closed');
		expect(canEditSection(coordinator, { ...helsinki, cycleStatus: 'closed' }, 'employer')).toBe(false);
	});

	it('reopens only the queried items of a returned response, even after the deadline', () => {
		const returned = {
			...helsinki,
			state: 'returned' as const,
			reopenedItems: ['c9-rating'],
			today: '2026-05-01',
			cycleStatus: 'closed' as const
		};
		expect(canEditItem(coordinator, returned, 'employer', 'c9-rating')).toBe(true);
		expect(canEditItem(coordinator, returned, 'employer', 'c10-rating')).toBe(false);
		expect(canEditItem(contributor, returned, 'employer', 'c9-rating')).toBe(true);
		expect(canEditSection(coordinator, returned, 'employer', ['c9-rating', 'c10-rating'])).toBe(true);
		expect(canEditSection(coordinator, returned, 'buyer', ['c11-rating'])).toBe(false);
		expect(responseLock({ ...returned, cycleStatus: 'published' })).toBe('closed');
	});
});
