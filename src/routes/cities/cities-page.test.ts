import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { pageWindow } from '$lib/domain/paging/pages';
import CitiesPage from './+page.svelte';

function city(index: number) {
	return {
		slug: `city-${index}`,
		name: `City ${index}`,
		countryCode: 'DE',
		population: null,
		latitude: 50,
		longitude: 10,
		signedOn: '2020-01-01',
		signedOnPrecision: 'day',
		signingSource: null,
		cycles: []
	};
}

function page(total: number, asked: number, filter: Record<string, string> = {}) {
	const paging = pageWindow(asked, total, 100);
	const cities = Array.from({ length: paging.last - paging.first + 1 }, (_, i) => city(paging.first + i));
	const data = {
		locale: 'en',
		filter: { q: '', country: '', status: 'all', sort: 'name', ...filter },
		cities,
		paging,
		countries: ['DE'],
		map: { src: '/map/cities-en-x.svg', width: 10, height: 10, signatories: total, respondents: 0 }
	};
	// The page reads only its own data; the layout's fields are not needed to render it.
	return render(CitiesPage, { props: { data } as never }).body.replace(/&amp;/g, '&');
}

describe('the cities page of a large network', () => {
	it('shows a hundred cities a page, says which, and links every page with the filters and sort kept', () => {
		const html = page(1_234, 2, { q: 'a b', status: 'signatory', sort: 'country' });
		expect(html).toContain('1,234 cities shown');
		expect(html).toContain('Rows 101 to 200 of 1,234');
		expect(html.match(/<tr>/g)?.length).toBe(101);
		expect(html).toContain('aria-label="Pages of the cities table"');
		expect(html).toContain('Page 2 of 13');
		const links = [...html.matchAll(/href="(\/cities\?[^"]*)"/g)].map((match) => match[1]);
		expect(links).toContain('/cities?q=a%20b&status=signatory&sort=country&page=13');
		// The first page's address is the list's own, with the filters but without page=1.
		expect(links).toContain('/cities?q=a%20b&status=signatory&sort=country');
	});

	it('keeps a network of forty-odd cities on one page, without a pager', () => {
		const html = page(44, 1);
		expect(html).toContain('44 cities shown');
		expect(html).not.toContain('Rows 1 to');
		expect(html).not.toContain('class="pager');
		expect(html.match(/<tr>/g)?.length).toBe(45);
	});
});
