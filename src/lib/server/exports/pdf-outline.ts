/**
 * Reads the outline (bookmarks) of a PDF that Chromium printed: each heading's title and the page it is on.
 * Chromium writes its objects uncompressed (only streams are compressed), so the catalog, the page tree and
 * the outline items can be read as text. Used to number the report's table of contents: print once, read
 * where each heading landed, write the numbers in and print again.
 */

export interface OutlineEntry {
	title: string;
	/** 1-based, as the page footer counts. */
	page: number;
	depth: number;
}

export function pdfOutline(pdf: Uint8Array): OutlineEntry[] {
	const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
	const starts = new Map<number, number>();
	for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) starts.set(Number(match[1]), match.index);
	const body = (id: number) => {
		const start = starts.get(id);
		if (start === undefined) return '';
		const end = text.indexOf('endobj', start);
		return text.slice(start, end < 0 ? undefined : end);
	};
	const ref = (dict: string, key: string) => {
		const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
		return match ? Number(match[1]) : null;
	};

	const catalogMatch = /\/Type\s*\/Catalog\b/.exec(text);
	if (!catalogMatch) return [];
	const catalogStart = text.lastIndexOf(' 0 obj', catalogMatch.index);
	const catalog = text.slice(catalogStart, text.indexOf('endobj', catalogMatch.index));

	// Pages in order, through the page tree.
	const pageIndex = new Map<number, number>();
	const walk = (id: number, seen: Set<number>) => {
		if (seen.has(id)) return;
		seen.add(id);
		const dict = body(id);
		const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
		if (/\/Type\s*\/Pages\b/.test(dict) && kids) {
			for (const kid of kids[1]!.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]), seen);
		} else pageIndex.set(id, pageIndex.size + 1);
	};
	const root = ref(catalog, 'Pages');
	if (root !== null) walk(root, new Set());

	const entries: OutlineEntry[] = [];
	const visit = (id: number | null, depth: number, seen: Set<number>) => {
		while (id !== null && !seen.has(id)) {
			seen.add(id);
			const dict = body(id);
			const dest = /\/Dest\s*\[\s*(\d+) 0 R/.exec(dict);
			const title = readTitle(dict);
			const page = dest ? pageIndex.get(Number(dest[1])) : undefined;
			if (title !== null && page !== undefined) entries.push({ title, page, depth });
			visit(ref(dict, 'First'), depth + 1, seen);
			id = ref(dict, 'Next');
		}
	};
	const outlines = ref(catalog, 'Outlines');
	if (outlines !== null) visit(ref(body(outlines), 'First'), 0, new Set());
	return entries;
}

function readTitle(dict: string): string | null {
	const at = dict.indexOf('/Title');
	if (at < 0) return null;
	let i = at + 6;
	while (dict[i] === ' ' || dict[i] === '\n' || dict[i] === '\r') i++;
	let bytes: number[] = [];
	if (dict[i] === '<') {
		const end = dict.indexOf('>', i);
		const hex = dict.slice(i + 1, end).replace(/\s/g, '');
		for (let k = 0; k + 1 < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2), 16));
	} else if (dict[i] === '(') {
		let depth = 0;
		for (i++; i < dict.length; i++) {
			const char = dict[i]!;
			if (char === '\\') {
				const next = dict[++i]!;
				const octal = /^[0-7]{1,3}/.exec(dict.slice(i, i + 3));
				if (octal) {
					bytes.push(parseInt(octal[0], 8));
					i += octal[0].length - 1;
				} else
					bytes.push(
						({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0)
					);
				continue;
			}
			if (char === '(') depth++;
			if (char === ')' && depth-- === 0) break;
			bytes.push(char.charCodeAt(0));
		}
	} else return null;
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		bytes = bytes.slice(2);
		let out = '';
		for (let k = 0; k + 1 < bytes.length; k += 2)
			out += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
		return out;
	}
	return String.fromCharCode(...bytes);
}

/** Titles compared by their letters and digits only: PDF text encodings differ in dashes, quotes and spaces. */
export function sameTitle(a: string, b: string): boolean {
	const key = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[^\p{L}\p{N}]/gu, '')
			.toLowerCase();
	return key(a) === key(b);
}

/**
 * The page of each table-of-contents entry, in order: each entry takes the next outline heading with its title
 * (null when none is found, and the entry stays without a number).
 */
export function contentsPages(
	entries: readonly string[],
	outline: readonly OutlineEntry[]
): (number | null)[] {
	let from = 0;
	return entries.map((title) => {
		const found = outline.findIndex((entry, index) => index >= from && sameTitle(entry.title, title));
		if (found < 0) return null;
		from = found + 1;
		return outline[found]!.page;
	});
}
