/**
 * Runs tasks one after the other, in the order they were handed in: the next starts when the previous has
 * finished, whether it succeeded or failed. Used so that two PDF requests never start two Chromiums at once.
 */
export function oneAtATime() {
	let tail: Promise<unknown> = Promise.resolve();
	return function run<T>(task: () => Promise<T>): Promise<T> {
		const result = tail.then(task);
		tail = result.catch(() => undefined);
		return result;
	};
}

/** A small memory of finished files, forgetting the oldest once it holds `capacity` of them. */
export function boundedCache<V>(capacity: number) {
	const entries = new Map<string, V>();
	return {
		get: (key: string) => entries.get(key),
		set(key: string, value: V) {
			entries.delete(key);
			entries.set(key, value);
			while (entries.size > capacity) entries.delete(entries.keys().next().value!);
		}
	};
}
