/**
 * A review message as pages receive it: dates as ISO strings, and who wrote it and when as text in the reader's
 * language (made by the server, `lib/server/i18n/thread-text.ts`).
 */
export interface ThreadMessage {
	id: number;
	side: 'secretariat' | 'city';
	authorName: string | null;
	body: string;
	sentAt: string | null;
	/** "Ana (secretariat)" or "Ben (city)". */
	from: string;
	/** When it was sent, or that it is a draft not sent yet. */
	when: string;
}
