import { describe, expect, it } from 'vitest';
import { addDays, duePoints, nextPoint, reminderScheduleForm, scheduleFields } from './reminder-schedule';

describe('reminder schedule', () => {
	it('reads the form as days relative to the deadline, and shows them back', () => {
		const parsed = reminderScheduleForm.parse({ before: '14, 3', onDay: 'on', after: '1' });
		expect(parsed).toEqual([-14, -3, 0, 1]);
		expect(scheduleFields(parsed)).toEqual({ before: '14, 3', onDay: true, after: '1' });
		expect(reminderScheduleForm.parse({ before: '', onDay: '', after: '' })).toEqual([]);
	});

	it('refuses what is not a whole number of days', () => {
		const result = reminderScheduleForm.safeParse({ before: '14, two', onDay: '', after: '-1' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['before', 'after']);
		expect(reminderScheduleForm.safeParse({ before: '1 2 3 4 5 6 7', onDay: '', after: '' }).success).toBe(
			false
		);
	});

	it('a point is due on its day and a little after, never before, across months', () => {
		expect(addDays('2027-03-31', -14)).toBe('2027-03-17');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(duePoints('2027-03-31', [-14, -3, 1], '2027-03-16')).toEqual([]);
		expect(duePoints('2027-03-31', [-14, -3, 1], '2027-03-17')).toEqual([-14]);
		expect(duePoints('2027-03-31', [-14, -3, 1], '2027-03-19')).toEqual([-14]);
		expect(duePoints('2027-03-31', [-14, -3, 1], '2027-03-20')).toEqual([]);
		expect(nextPoint('2027-03-31', [-14, -3, 1], '2027-03-18')).toEqual({ days: -3, dueOn: '2027-03-28' });
		expect(nextPoint('2027-03-31', [-14, -3, 1], '2027-04-02')).toBeNull();
	});
});
