import { describe, expect, it } from 'vitest';
import type { Actor } from './response-access';
import {
	acceptRefusal,
	canWriteQuery,
	draftThreads,
	hasCityReply,
	querySchema,
	replySchema,
	returnRefusal,
	statusWithoutDrafts,
	unansweredThreads,
	type ThreadFacts
} from './review';

const secretariat: Actor = { id: 'sec', role: 'secretariat', cityId: null };
const coordinator: Actor = { id: 'coord', role: 'coordinator', cityId: 1 };
const at = (minute: number) => new Date(Date.UTC(2027, 3, 1, 9, minute));

const draft: ThreadFacts = {
	itemId: 'c1-rating',
	status: 'draft',
	messages: [{ side: 'secretariat', sentAt: null }]
};
const open: ThreadFacts = {
	itemId: 'c2-rating',
	status: 'open',
	messages: [{ side: 'secretariat', sentAt: at(1) }]
};
const replied: ThreadFacts = {
	...open,
	itemId: 'c3-rating',
	messages: [...open.messages, { side: 'city', sentAt: at(5) }]
};
const answered: ThreadFacts = { ...replied, itemId: 'c4-rating', status: 'answered' };

describe('review rules', () => {
	it('lets only the secretariat write queries, and only on a submitted response', () => {
		expect(canWriteQuery(secretariat, 'submitted')).toBe(true);
		expect(canWriteQuery(secretariat, 'in_progress')).toBe(false);
		expect(canWriteQuery(secretariat, 'returned')).toBe(false);
		expect(canWriteQuery(secretariat, 'accepted')).toBe(false);
		expect(canWriteQuery(coordinator, 'submitted')).toBe(false);
	});

	it('returns a submitted response only with at least one unsent query', () => {
		expect(returnRefusal(secretariat, 'submitted', [draft, answered])).toBeNull();
		expect(returnRefusal(secretariat, 'submitted', [answered])).toBe('no_queries');
		expect(returnRefusal(secretariat, 'submitted', [])).toBe('no_queries');
		expect(returnRefusal(secretariat, 'in_progress', [draft])).toBe('not_submitted');
		expect(returnRefusal(coordinator, 'submitted', [draft])).toBe('forbidden');
		expect(draftThreads([draft, open, answered])).toEqual([draft]);
	});

	it('accepts only a submitted response with no open and no unsent query', () => {
		expect(acceptRefusal(secretariat, 'submitted', [])).toBeNull();
		expect(acceptRefusal(secretariat, 'submitted', [answered])).toBeNull();
		expect(acceptRefusal(secretariat, 'submitted', [answered, draft])).toBe('unsent_queries');
		expect(acceptRefusal(secretariat, 'returned', [open])).toBe('not_submitted');
		expect(acceptRefusal(secretariat, 'submitted', [open])).toBe('open_queries');
		expect(acceptRefusal(coordinator, 'submitted', [])).toBe('forbidden');
	});

	it('counts a query as answered only when the city replied after the latest secretariat message', () => {
		expect(hasCityReply(open)).toBe(false);
		expect(hasCityReply(replied)).toBe(true);
		const askedAgain: ThreadFacts = {
			...replied,
			messages: [...replied.messages, { side: 'secretariat', sentAt: at(9) }]
		};
		expect(hasCityReply(askedAgain)).toBe(false);
		// An unsent draft is not a question the city has seen.
		const withDraft: ThreadFacts = {
			...replied,
			messages: [...replied.messages, { side: 'secretariat', sentAt: null }]
		};
		expect(hasCityReply(withDraft)).toBe(true);
		expect(unansweredThreads([open, replied, answered, draft])).toEqual([open]);
	});

	it('drops a thread that was only a draft, and keeps one with sent messages as answered', () => {
		expect(statusWithoutDrafts([])).toBeNull();
		expect(statusWithoutDrafts(answered.messages)).toBe('answered');
	});

	it('refuses an empty query or reply with a message the page can show', () => {
		const empty = querySchema.safeParse({ itemId: 'c1-rating', body: '   ' });
		expect(empty.success).toBe(false);
		expect(empty.error?.issues[0]?.message).toBe('review.queryRequired');
		expect(replySchema.safeParse({ itemId: 'c1-rating', body: ' ' }).error?.issues[0]?.message).toBe(
			'review.replyRequired'
		);
		expect(replySchema.safeParse({ itemId: 'c1-rating', body: 'x'.repeat(4001) }).success).toBe(false);
		expect(querySchema.parse({ itemId: 'c1-rating', body: '  Which department?  ' }).body).toBe(
			'Which department?'
		);
	});
});
