/** A cycle as column headers and table cells name it: its years ("2018–2020"); the full name is the heading. */
export function cycleYears(cycle: { periodStart: string; periodEnd: string }): string {
	const [start, end] = [cycle.periodStart.slice(0, 4), cycle.periodEnd.slice(0, 4)];
	return start === end ? start : `${start}–${end}`;
}
