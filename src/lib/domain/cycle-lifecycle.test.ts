import { describe, expect, it } from 'vitest';
import { canTransition, cycleStatuses, dateIn, editingWindow, nextCycleStatus } from './cycle-lifecycle';

describe('cycle lifecycle', () => {
	it('allows exactly draft → open → closed → published', () => {
		const allowed = cycleStatuses.flatMap((from) =>
			cycleStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`)
		);
		expect(allowed).toEqual(['draft→open', 'open→closed', 'closed→published']);
		expect(nextCycleStatus('published')).toBeNull();
	});

	it('counts a deadline to the end of its day in Brussels', () => {
		// 22:30 UTC on 31 March 2026 is already 1 April in Brussels (summer time, UTC+2).
		expect(dateIn('Europe/Brussels', new Date('2026-03-31T21:30:00Z'))).toBe('2026-03-31');
		expect(dateIn('Europe/Brussels', new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
		const facts = { cycleStatus: 'open' as const, deadline: '2026-03-31', extendedTo: null };
		expect(editingWindow({ ...facts, today: '2026-03-31' })).toBeNull();
		expect(editingWindow({ ...facts, today: '2026-04-01' })).toBe('deadline_passed');
		expect(editingWindow({ ...facts, deadline: null, today: '2030-01-01' })).toBeNull();
	});
});
