/**
 * Paging of a long list: which rows a page holds, and which page numbers its navigation links to. A page
 * number beyond the last (an old link to a list that has shrunk) reads as the last page, so a link never
 * leads to an empty table.
 */
export interface PageWindow {
	/** The page shown, 1-based, within 1..pages. */
	page: number;
	/** How many pages the list has; at least 1, even when it is empty. */
	pages: number;
	/** Rows skipped before the page: the SQL OFFSET. */
	offset: number;
	/** Rows per page: the SQL LIMIT. */
	size: number;
	/** 1-based positions of the page's first and last rows in the whole list (0 and 0 when it is empty). */
	first: number;
	last: number;
	total: number;
}

export function pageWindow(asked: number, total: number, size: number): PageWindow {
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages);
	const offset = (page - 1) * size;
	return {
		page,
		pages,
		offset,
		size,
		first: total === 0 ? 0 : offset + 1,
		last: Math.min(total, offset + size),
		total
	};
}

/**
 * The page numbers a navigation shows: the first, the last, and the pages around the current one, with null
 * where numbers are left out ("1 … 7 8 9 … 20"), so twenty pages or two thousand take one short line.
 */
export function pageLinks(page: number, pages: number, around = 2): (number | null)[] {
	const shown = new Set<number>([1, pages]);
	for (let near = page - around; near <= page + around; near++) {
		if (near >= 1 && near <= pages) shown.add(near);
	}
	const sorted = [...shown].sort((a, b) => a - b);
	const links: (number | null)[] = [];
	for (const [index, number] of sorted.entries()) {
		const before = sorted[index - 1];
		// A gap of one number is shown as that number rather than as "…", which would take the same room.
		if (before !== undefined && number - before === 2) links.push(before + 1);
		else if (before !== undefined && number - before > 2) links.push(null);
		links.push(number);
	}
	return links;
}
