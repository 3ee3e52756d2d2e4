import { describe, expect, it } from 'vitest';
import { PageStore, type KeptPage } from './page-store';

function page(version: number, bytes: number): KeptPage {
	return { version, etag: '"e"', headers: [['content-type', 'text/html']], body: new Uint8Array(bytes) };
}

describe('PageStore', () => {
	it('gives a page back only at the data version it was rendered at', () => {
		const store = new PageStore(10_000);
		store.set('en /cities', page(3, 100));
		expect(store.get('en /cities', 3)?.body.byteLength).toBe(100);
		expect(store.get('en /cities', 4)).toBeUndefined();
		// A page of an older version is dropped at once, so it neither counts nor comes back.
		expect(store.get('en /cities', 3)).toBeUndefined();
		expect(store.bytes).toBe(0);
	});

	it('stays within its bytes by dropping the page least recently used', () => {
		const store = new PageStore(3_500);
		store.set('en /a', page(1, 1_000));
		store.set('en /b', page(1, 1_000));
		store.set('en /c', page(1, 1_000));
		store.get('en /a', 1);
		store.set('en /d', page(1, 1_000));
		expect(store.get('en /b', 1)).toBeUndefined();
		for (const key of ['en /a', 'en /c', 'en /d']) expect(store.get(key, 1), key).toBeDefined();
		expect(store.bytes).toBeLessThanOrEqual(3_500);
		expect(store.size).toBe(3);
	});

	it('keeps no page larger than the whole store, and replaces a key in place', () => {
		const store = new PageStore(1_000);
		store.set('en /big', page(1, 2_000));
		expect(store.size).toBe(0);
		store.set('en /x', page(1, 500));
		store.set('en /x', page(2, 600));
		expect(store.size).toBe(1);
		expect(store.get('en /x', 2)?.body.byteLength).toBe(600);
	});
});
