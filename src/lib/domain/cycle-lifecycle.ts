import { dayIn, organisationDay, organisationTimeZone } from './time-zone';

/**
 * The life of a reporting cycle: draft → open → closed → published, one step forward at a time. No step back
 * and no skipping: a published report must never silently become a draft again, and cities must have had an
 * open cycle to answer before it closes.
 */
export type CycleStatus = 'draft' | 'open' | 'closed' | 'published';

export const cycleStatuses: readonly CycleStatus[] = ['draft', 'open', 'closed', 'published'];

const nextStatus: Record<CycleStatus, CycleStatus | null> = {
	draft: 'open',
	open: 'closed',
	closed: 'published',
	published: null
};

export function canTransition(from: CycleStatus, to: CycleStatus): boolean {
	return nextStatus[from] === to;
}

export function nextCycleStatus(from: CycleStatus): CycleStatus | null {
	return nextStatus[from];
}

/** Only a draft cycle's settings (dates, questionnaire) can change: cities rely on them once it is open. */
export function isCycleEditable(status: CycleStatus): boolean {
	return status === 'draft';
}

/** The deadline that applies to one city: its own extension when granted, else the cycle's. */
export function effectiveDeadline(deadline: string | null, extendedTo: string | null): string | null {
	return extendedTo ?? deadline;
}

/**
 * Whether ordinary editing is open for a city: the cycle is open and the city's deadline has not passed.
 * Deadlines are calendar dates and include their whole day (`today` is the date where the secretariat works).
 */
export function editingWindow(facts: {
	cycleStatus: CycleStatus;
	deadline: string | null;
	extendedTo: string | null;
	today: string;
}): 'not_open' | 'closed' | 'deadline_passed' | null {
	if (facts.cycleStatus === 'draft') return 'not_open';
	if (facts.cycleStatus !== 'open') return 'closed';
	const last = effectiveDeadline(facts.deadline, facts.extendedTo);
	if (last !== null && facts.today > last) return 'deadline_passed';
	return null;
}

/** The zone deadlines are counted in: the organisation's (configuration `TIME_ZONE`, default Europe/Brussels). */
export function deadlineTimeZone(): string {
	return organisationTimeZone();
}

export function dateIn(timeZone: string, at: Date): string {
	return dayIn(timeZone, at);
}

/**
 * Today's date where the organisation works: a deadline of 31 March holds until the end of 31 March in the
 * organisation's time zone.
 */
export function todayForDeadlines(at: Date = new Date()): string {
	return organisationDay(at);
}
