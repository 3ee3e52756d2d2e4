import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import { m } from '$lib/paraglide/messages.js';

/**
 * "Current state: open." in the request's language, for the cycle pages' loads: picked in a page, the four
 * states' names would come along in all five languages.
 */
export function currentStatusText(status: CycleStatus): string {
	const name = {
		closed: m.cycles_status_closed,
		draft: m.cycles_status_draft,
		open: m.cycles_status_open,
		published: m.cycles_status_published
	}[status]();
	return m.cycles_currentStatus({ status: name });
}
