import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/server/i18n/translator';
import Pager from './Pager.svelte';

const pager = (page: number, pages: number) =>
	render(Pager, {
		props: {
			page,
			pages,
			label: 'Pages of the cities',
			hrefOf: (n: number) => `/admin/cycles/c?state=submitted&page=${n}`,
			locale: 'en',
			t: translator('en')
		}
	}).body;

describe('the pager under a long table', () => {
	it('names itself, says where the reader is and marks the current page for screen readers', () => {
		const html = pager(7, 20);
		expect(html).toContain('<nav class="pager');
		expect(html).toContain('aria-label="Pages of the cities"');
		expect(html).toContain('Page 7 of 20');
		expect(html).toMatch(/href="[^"]*page=7" aria-current="page" aria-label="Page 7"/);
		expect(html.match(/aria-current="page"/g)).toHaveLength(1);
	});

	it('links to the previous, the next, the first, the last and the nearby pages, keeping the filter', () => {
		const html = pager(7, 20);
		const targets = [...html.matchAll(/href="([^"]+)"/g)].map((match) =>
			(match[1] ?? '').replace(/&amp;/g, '&')
		);
		expect(targets.every((href) => href.startsWith('/admin/cycles/c?state=submitted&page='))).toBe(true);
		const pages = targets.map((href) => Number(href.split('page=')[1]));
		expect(pages).toEqual([6, 1, 5, 6, 7, 8, 9, 20, 8]);
		expect(html).toContain('rel="prev"');
		expect(html).toContain('rel="next"');
	});

	it('offers no previous link on the first page, no next on the last, and nothing for a single page', () => {
		expect(pager(1, 3)).not.toContain('Previous page');
		expect(pager(3, 3)).not.toContain('Next page');
		expect(pager(1, 1)).not.toContain('<nav');
	});
});
