/**
 * Who may do what with a city's response. Pure rules, used by every command and page, so the answer to
 * "may this person write here?" is the same everywhere.
 */
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
}

const editableStates: ResponseState[] = ['invited', 'in_progress', 'returned'];

export function isOwnCity(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return (actor.role === 'coordinator' || actor.role === 'contributor') && actor.cityId === response.cityId;
}

/** The secretariat reads every response; a city's people read only their own city's. */
export function canReadResponse(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return actor.role === 'secretariat' || isOwnCity(actor, response);
}

export function isEditable(state: ResponseState): boolean {
	return editableStates.includes(state);
}

/** A coordinator edits every section of their city; a contributor only the sections assigned to them. */
export function canEditSection(actor: Actor, response: ResponseFacts, sectionId: string): boolean {
	if (!isOwnCity(actor, response) || !isEditable(response.state)) return false;
	if (actor.role === 'coordinator') return true;
	return response.assignees[sectionId] === actor.id;
}

export function canSeeSection(actor: Actor, response: ResponseFacts, sectionId: string): boolean {
	if (actor.role === 'secretariat') return true;
	if (!isOwnCity(actor, response)) return false;
	return actor.role === 'coordinator' || response.assignees[sectionId] === actor.id;
}

export function canCoordinate(actor: Actor, response: Pick<ResponseFacts, 'cityId'>): boolean {
	return actor.role === 'coordinator' && actor.cityId === response.cityId;
}
