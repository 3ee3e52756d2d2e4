import { describe, expect, it } from 'vitest';
import { percentDone, progressStateOf, storedStateOf, sumTotals } from './progress-state';

describe('progress states', () => {
	it('calls an invited response with nothing answered "not started", and maps back for the filter', () => {
		expect(progressStateOf('invited')).toBe('not_started');
		expect(progressStateOf('returned')).toBe('returned');
		expect(storedStateOf('not_started')).toBe('invited');
		expect(storedStateOf('accepted')).toBe('accepted');
	});
});

describe('percent of required items done', () => {
	it('rounds down, so 100 % means everything required is answered', () => {
		expect(percentDone(199, 200, 30)).toBe(99);
		expect(percentDone(200, 200, 30)).toBe(100);
		expect(percentDone(1, 3, 30)).toBe(33);
	});

	it('uses the questionnaire’s count for empty answers when the response was never saved', () => {
		expect(percentDone(0, 0, 40)).toBe(0);
	});

	it('says nothing (null) when nothing is required at all', () => {
		expect(percentDone(0, 0, 0)).toBeNull();
	});
});

describe('totals', () => {
	it('adds groups (e.g. per state and country) into counts per state, handed in and extensions', () => {
		const totals = sumTotals([
			{ state: 'invited', count: 3, extended: 0 },
			{ state: 'invited', count: 2, extended: 1 },
			{ state: 'submitted', count: 4, extended: 1 },
			{ state: 'accepted', count: 1, extended: 0 },
			{ state: 'returned', count: 2, extended: 0 }
		]);
		expect(totals).toEqual({
			total: 12,
			byState: { not_started: 5, in_progress: 0, submitted: 4, returned: 2, accepted: 1 },
			handedIn: 5,
			withExtension: 2
		});
	});
});
