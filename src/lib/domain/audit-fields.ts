import type { ResponseState } from './response-access';
import type { ThreadStatus } from './review';

/**
 * The fields audit entries record, as the audit page names them in the reader's language. A field that only
 * holds a record's number (a city's, a person's, a message's) is not among them: the entry's sentence already
 * names what it is about, and the numbers stay in the recorded values.
 */
export const auditFields = [
	'state',
	'status',
	'threadStatus',
	'extendedTo',
	'message',
	'items',
	'changed',
	'conflicts',
	'closedThreads',
	'days',
	'body',
	'invitedAt',
	'role',
	'email',
	'handOver',
	'sections',
	'count',
	'title',
	'version',
	'language',
	'name',
	'countryCode',
	'population',
	'signedOn',
	'signedOnPrecision',
	'latitude',
	'longitude',
	'slug',
	'periodStart',
	'periodEnd',
	'questionnaireVersion',
	'opensOn',
	'deadline',
	'cityAnswersPublic',
	'note',
	'summary',
	'startYear',
	'endYear',
	'ongoing',
	'commitments',
	'trends',
	'themes',
	'targetGroups',
	'funding',
	'links',
	'source'
] as const;
export type AuditField = (typeof auditFields)[number];

export function isAuditField(key: string): key is AuditField {
	return (auditFields as readonly string[]).includes(key);
}

/** Every state and status an audit entry can record, by the field that holds it. */
export const responseStates: readonly ResponseState[] = [
	'invited',
	'in_progress',
	'submitted',
	'returned',
	'accepted'
];
export const threadStatuses: readonly ThreadStatus[] = ['draft', 'open', 'answered', 'closed'];
export const practiceStatuses = ['draft', 'published'] as const;
