import { z } from 'zod';

/**
 * When a cycle's reminders go by themselves: points in days relative to each city's own deadline (-14 is
 * fourteen days before, 0 the deadline's day, 1 the day after). Pure date arithmetic on YYYY-MM-DD dates in
 * the organisation's time zone; the scheduler (server/reminders) decides what is due with it.
 */

/** A point is still sent this many days after it fell, so a server that was stopped for a while catches up. */
export const catchUpDays = 2;
export const maxPointDays = 90;
export const maxPoints = 6;

/** The date `days` days after (or before, when negative) an ISO date, in calendar days. */
export function addDays(isoDate: string, days: number): string {
	const at = new Date(`${isoDate}T00:00:00Z`);
	at.setUTCDate(at.getUTCDate() + days);
	return at.toISOString().slice(0, 10);
}

export function dueOn(deadline: string, days: number): string {
	return addDays(deadline, days);
}

/** Whether a point falls today or fell within the catch-up window (never before its day). */
export function isDue(deadline: string, days: number, today: string): boolean {
	const due = dueOn(deadline, days);
	return due <= today && today <= addDays(due, catchUpDays);
}

/** The points of a schedule that are due today for one deadline. */
export function duePoints(deadline: string, points: readonly number[], today: string): number[] {
	return points.filter((days) => isDue(deadline, days, today));
}

/** The next point still to come (today or later), or null. */
export function nextPoint(
	deadline: string,
	points: readonly number[],
	today: string
): { days: number; dueOn: string } | null {
	const coming = [...points]
		.map((days) => ({ days, dueOn: dueOn(deadline, days) }))
		.filter((point) => point.dueOn >= today)
		.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
	return coming[0] ?? null;
}

/** "14, 3" → [14, 3]; blank → []. Whole numbers from 0 to maxPointDays, separated by commas or spaces. */
function dayList(message: string) {
	return z
		.string()
		.trim()
		.transform((text, context) => {
			if (text === '') return [] as number[];
			const parts = text.split(/[\s,;]+/).filter(Boolean);
			const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
			if (numbers.some((n) => Number.isNaN(n) || n > maxPointDays)) {
				context.addIssue({ code: 'custom', message });
				return z.NEVER;
			}
			return numbers;
		});
}

/** The schedule form: days before the deadline, whether on the day itself, days after. */
export const reminderScheduleForm = z
	.object({
		before: dayList('reminderSchedule.invalidDays'),
		onDay: z
			.string()
			.optional()
			.transform((value) => value === 'on'),
		after: dayList('reminderSchedule.invalidDays')
	})
	.transform(({ before, onDay, after }) => {
		const points = new Set<number>();
		for (const days of before) points.add(days === 0 ? 0 : -days);
		if (onDay) points.add(0);
		for (const days of after) if (days > 0) points.add(days);
		return [...points].sort((a, b) => a - b);
	})
	.refine((points) => points.length <= maxPoints, {
		message: 'reminderSchedule.tooMany',
		path: ['before']
	});

/** The form's fields from stored points, to show what is set. */
export function scheduleFields(points: readonly number[]) {
	return {
		before: points
			.filter((days) => days < 0)
			.map((days) => -days)
			.sort((a, b) => b - a)
			.join(', '),
		onDay: points.includes(0),
		after: points
			.filter((days) => days > 0)
			.sort((a, b) => a - b)
			.join(', ')
	};
}
