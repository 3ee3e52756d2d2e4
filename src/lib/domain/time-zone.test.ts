import { afterEach, describe, expect, it } from 'vitest';
import { todayForDeadlines } from './cycle-lifecycle';
import { formatDateTime } from './progress/formatters';
import {
	dayIn,
	defaultTimeZone,
	formatClock,
	formatMoment,
	isTimeZone,
	organisationDay,
	organisationTimeZone,
	timeZoneName,
	useTimeZone
} from './time-zone';

// 00:14 on 7 December in Brussels is still 6 December in UTC: the moment the issue saw on two days.
const lateEvening = new Date('2026-12-06T23:14:00Z');

afterEach(() => useTimeZone(defaultTimeZone));

describe('the organisation’s time zone', () => {
	it('is Brussels unless configured, and refuses names Intl does not know', () => {
		expect(organisationTimeZone()).toBe('Europe/Brussels');
		expect(isTimeZone('Europe/Brussels')).toBe(true);
		expect(isTimeZone('America/New_York')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Europe/Atlantis')).toBe(false);
		expect(isTimeZone('')).toBe(false);
		expect(isTimeZone('Brussels time')).toBe(false);
		expect(() => useTimeZone('Mars/Olympus')).toThrow(RangeError);
		expect(organisationTimeZone()).toBe('Europe/Brussels');
	});

	it('gives a moment the day it has in the organisation’s zone, not in UTC', () => {
		expect(lateEvening.toISOString().slice(0, 10)).toBe('2026-12-06');
		expect(organisationDay(lateEvening)).toBe('2026-12-07');
		expect(organisationDay(lateEvening.toISOString())).toBe('2026-12-07');
		expect(dayIn('America/New_York', lateEvening)).toBe('2026-12-06');
		useTimeZone('America/New_York');
		expect(organisationDay(lateEvening)).toBe('2026-12-06');
	});

	it('ends a deadline at the end of its day in the configured zone', () => {
		// 31 March, 23:30 in Brussels (summer time, UTC+2) is still 31 March; 00:30 is 1 April.
		expect(todayForDeadlines(new Date('2026-03-31T21:30:00Z'))).toBe('2026-03-31');
		expect(todayForDeadlines(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
		useTimeZone('America/New_York');
		// 22:30 UTC is 18:30 in New York: the deadline day is not over there yet.
		expect(todayForDeadlines(new Date('2026-03-31T22:30:00Z'))).toBe('2026-03-31');
		expect(todayForDeadlines(new Date('2026-04-01T04:30:00Z'))).toBe('2026-04-01');
	});

	it('shows a time with its zone named in the reader’s language', () => {
		expect(formatMoment('en', lateEvening)).toBe('December 7, 2026 at 12:14 AM (Central European Time)');
		expect(formatMoment('fr', lateEvening)).toBe('7 décembre 2026 à 00:14 (heure d’Europe centrale)');
		expect(formatMoment('de', lateEvening)).toBe('7. Dezember 2026 um 00:14 (Mitteleuropäische Zeit)');
		expect(formatDateTime('en', lateEvening)).toBe('Dec 7, 2026, 12:14 AM (Central European Time)');
		expect(formatClock('fr', lateEvening)).toBe('00:14 (heure d’Europe centrale)');
		expect(timeZoneName('de')).toBe('Mitteleuropäische Zeit');
	});

	it('follows a new zone at once, formatters included', () => {
		expect(formatDateTime('en', lateEvening)).toContain('Dec 7, 2026');
		useTimeZone('America/New_York');
		expect(formatDateTime('en', lateEvening)).toBe('Dec 6, 2026, 6:14 PM (Eastern Time)');
	});
});
