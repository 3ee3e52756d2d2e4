/**
 * Who may do what with a city's response. Pure rules, used by every command and page, so the answer to
 * "may this person write here?" is the same everywhere.
 */
import { editingWindow, type CycleStatus } from './cycle-lifecycle';

export type ResponseState = 'invited' | 'in_progress' | 'submitted' | 'returned' | 'accepted';

export interface Actor {
	id: string;
	role: 'secretariat' | 'coordinator' | 'contributor' | null;
	cityId: number | null;
}

export interface ResponseFacts {
	cityId: number;
	state: ResponseState;
	/** Section id → the colleague it is assigned to. */
	assignees: Record<string, string | null | undefined>;
	/** The cycle's state and deadline, and this city's extension: together they say whether editing is open. */
	cycleStatus: CycleStatus;
	deadline: string | null;
	extendedTo: string | null;
	/** Items the secretariat queried and sent back: in a returned response only these can change. */
	reopenedItems: string[];
	/** Today's date (YYYY-MM-DD) where the secretariat works, the day deadlines are counted in. */
	today: string;
}

export function isOwnCity(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return (actor.role === 'coordinator' || actor.role === 'contributor') && actor.cityId === response.cityId;
}

/** The secretariat reads every response; a city's people read only their own city's. */
export function canReadResponse(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return actor.role === 'secretariat' || isOwnCity(actor, response);
}

export type LockReason = 'submitted' | 'accepted' | 'not_open' | 'closed' | 'deadline_passed';

/**
 * Whether the city can still change its response, and if not, why (shown to the city). A returned response
 * stays open for its queried items whatever the deadline: the secretariat asked for those answers.
 */
export function responseLock(facts: Omit<ResponseFacts, 'assignees' | 'cityId'>): LockReason | null {
	if (facts.state === 'submitted') return 'submitted';
	if (facts.state === 'accepted') return 'accepted';
	if (facts.state === 'returned') return facts.cycleStatus === 'published' ? 'closed' : null;
	return editingWindow(facts);
}

export function isEditable(facts: Omit<ResponseFacts, 'assignees' | 'cityId'>): boolean {
	return responseLock(facts) === null;
}

function mayWorkOnSection(actor: Actor, response: ResponseFacts, sectionId: string): boolean {
	if (!isOwnCity(actor, response)) return false;
	return actor.role === 'coordinator' || response.assignees[sectionId] === actor.id;
}

/** May this person change this item now? Returned responses reopen only the queried items. */
export function canEditItem(
	actor: Actor,
	response: ResponseFacts,
	sectionId: string,
	itemId: string
): boolean {
	if (!mayWorkOnSection(actor, response, sectionId) || !isEditable(response)) return false;
	return response.state !== 'returned' || response.reopenedItems.includes(itemId);
}

/**
 * A coordinator edits every section of their city; a contributor only the sections assigned to them. In a
 * returned response a section counts as editable when at least one of its items was reopened.
 */
export function canEditSection(
	actor: Actor,
	response: ResponseFacts,
	sectionId: string,
	sectionItemIds: readonly string[] = []
): boolean {
	if (!mayWorkOnSection(actor, response, sectionId) || !isEditable(response)) return false;
	if (response.state !== 'returned') return true;
	return sectionItemIds.some((id) => response.reopenedItems.includes(id));
}

export function canSeeSection(actor: Actor, response: ResponseFacts, sectionId: string): boolean {
	if (actor.role === 'secretariat') return true;
	if (!isOwnCity(actor, response)) return false;
	return actor.role === 'coordinator' || response.assignees[sectionId] === actor.id;
}

export function canCoordinate(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return actor.role === 'coordinator' && actor.cityId === response.cityId;
}
