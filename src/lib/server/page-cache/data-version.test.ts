import { describe, expect, it } from 'vitest';
import { sharedDataVersionReader } from './data-version';

/** A database row whose reads are answered by hand, to see which read each caller gets. */
function controlledRow() {
	let value = 0;
	const reads: { startedAt: number; resolve: () => void }[] = [];
	const read = () =>
		new Promise<number>((resolve) => {
			const startedAt = value;
			reads.push({ startedAt, resolve: () => resolve(startedAt) });
		});
	return {
		read,
		reads,
		change: () => value++,
		finish: async (index: number) => {
			reads[index]?.resolve();
			// Let the promise chains run.
			for (let i = 0; i < 5; i++) await Promise.resolve();
		}
	};
}

describe('sharedDataVersionReader', () => {
	it('never answers a request with a read that started before it arrived', async () => {
		const row = controlledRow();
		const current = sharedDataVersionReader(row.read);
		const first = current();
		// A change commits, then a reader comes while the first read (from before the change) is under way.
		row.change();
		const second = current();
		const third = current();
		expect(row.reads).toHaveLength(1);
		await row.finish(0);
		expect(await first).toBe(0);
		// The second and third share one read that started after they came, so they see the change.
		expect(row.reads).toHaveLength(2);
		await row.finish(1);
		expect(await second).toBe(1);
		expect(await third).toBe(1);
	});

	it('starts a fresh read for a request that comes when none is under way', async () => {
		const row = controlledRow();
		const current = sharedDataVersionReader(row.read);
		const first = current();
		await row.finish(0);
		await first;
		row.change();
		const later = current();
		expect(row.reads).toHaveLength(2);
		await row.finish(1);
		expect(await later).toBe(1);
	});
});
