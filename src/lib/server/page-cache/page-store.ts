/**
 * Rendered public pages kept in this process's memory, least recently used first out once the bytes kept
 * pass a bound. Losing it costs only a rendering: every entry names the data version it was rendered at and
 * is served only while the database still says that version.
 */
export interface KeptPage {
	/** The `data_version` the page was rendered at. */
	version: number;
	etag: string;
	/**
	 * Cache-Control and Vary of the answer when they are not a page's (`no-cache`, by language and cookie): the
	 * open data API keeps its own `public, max-age=300` and, being the same in every language, no Vary.
	 */
	caching?: { cacheControl: string; vary: string | null };
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}

export class PageStore {
	readonly #pages = new Map<string, KeptPage>();
	#bytes = 0;

	constructor(readonly maxBytes: number) {}

	get bytes(): number {
		return this.#bytes;
	}

	get size(): number {
		return this.#pages.size;
	}

	/** The page kept under this key if it was rendered at `version`; a page from another version is dropped. */
	get(key: string, version: number): KeptPage | undefined {
		const page = this.#pages.get(key);
		if (!page) return undefined;
		this.#pages.delete(key);
		if (page.version !== version) {
			this.#bytes -= sizeOf(key, page);
			return undefined;
		}
		// Re-inserted, so the Map's order is the order of use: the first key is the least recently used.
		this.#pages.set(key, page);
		return page;
	}

	set(key: string, page: KeptPage): void {
		const size = sizeOf(key, page);
		if (size > this.maxBytes) return;
		const previous = this.#pages.get(key);
		if (previous) {
			this.#pages.delete(key);
			this.#bytes -= sizeOf(key, previous);
		}
		this.#pages.set(key, page);
		this.#bytes += size;
		for (const [oldest, kept] of this.#pages) {
			if (this.#bytes <= this.maxBytes) break;
			this.#pages.delete(oldest);
			this.#bytes -= sizeOf(oldest, kept);
		}
	}
}

function sizeOf(key: string, page: KeptPage): number {
	let size = key.length + page.etag.length + page.body.byteLength;
	for (const [name, value] of page.headers) size += name.length + value.length;
	return size;
}
