import { z } from 'zod';

/**
 * What merging a duplicate practice into the one that is kept carries over. The kept practice keeps its own
 * title, summary, language, years and source (the secretariat chose it as the better record); it gains the
 * duplicate's tags (commitments, trends, themes, target groups, funding) and links, so nothing the duplicate
 * was findable by is lost.
 */
export interface MergeableTags {
	commitments: number[];
	trends: string[];
	themes: string[];
	targetGroups: string[];
	funding: string[];
	links: { url: string; title: string }[];
}

function union<T>(kept: readonly T[], added: readonly T[]): T[] {
	return [...kept, ...added.filter((value) => !kept.includes(value))];
}

/** Links are the same when their addresses are, ignoring a trailing slash and the case of the host. */
function linkKey(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
	} catch {
		return url.trim();
	}
}

export function mergeTags(kept: MergeableTags, duplicate: MergeableTags): MergeableTags {
	const keys = new Set(kept.links.map((link) => linkKey(link.url)));
	const links = [...kept.links];
	for (const link of duplicate.links) {
		const key = linkKey(link.url);
		if (!keys.has(key)) {
			keys.add(key);
			links.push(link);
		}
	}
	return {
		commitments: union(kept.commitments, duplicate.commitments).sort((a, b) => a - b),
		trends: union(kept.trends, duplicate.trends),
		themes: union(kept.themes, duplicate.themes),
		targetGroups: union(kept.targetGroups, duplicate.targetGroups),
		funding: union(kept.funding, duplicate.funding),
		links
	};
}

/** The merge form: the practice to keep (a select) and the box that confirms the merge cannot be undone. */
export const mergeFormSchema = z.object({
	into: z
		.string()
		.regex(/^\d{1,9}$/, 'curation.mergeTargetRequired')
		.transform(Number),
	confirm: z.literal('yes', 'curation.mergeConfirmRequired')
});
