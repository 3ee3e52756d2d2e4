import { describe, expect, it } from 'vitest';
import { boundedCache, oneAtATime } from './one-at-a-time';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('oneAtATime', () => {
	it('never runs two tasks at once, and keeps their order', async () => {
		const run = oneAtATime();
		const events: string[] = [];
		const task = (name: string) => async () => {
			events.push(`${name} start`);
			await pause();
			events.push(`${name} end`);
			return name;
		};
		const results = await Promise.all([run(task('a')), run(task('b')), run(task('c'))]);
		expect(results).toEqual(['a', 'b', 'c']);
		expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
	});

	it('goes on with the next task after one fails', async () => {
		const run = oneAtATime();
		const failing = run(async () => {
			throw new Error('Chromium did not start');
		});
		const next = run(async () => 'printed');
		await expect(failing).rejects.toThrow('Chromium did not start');
		await expect(next).resolves.toBe('printed');
	});
});

describe('boundedCache', () => {
	it('forgets the oldest entry beyond its capacity', () => {
		const cache = boundedCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		cache.set('c', 3);
		expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
	});
});
