import { describe, it, expect } from 'vitest';
import { PANELS, escapeXml, projectPoint, renderCityMap, type MapLabels, type MapPoint } from './city-map';

const labels: MapLabels = {
	title: 'Signatory cities',
	description: 'Map of the cities that signed the Integrating Cities Charter.',
	europe: 'Europe',
	northAmerica: 'North America'
};

function city(
	name: string,
	latitude: number,
	longitude: number,
	kind: MapPoint['kind'] = 'signatory'
): MapPoint {
	const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
	return { slug, name, latitude, longitude, kind, href: `/cities/${slug}` };
}

const EUROPE: [string, number, number][] = [
	['Amsterdam', 52.37, 4.9],
	['Athens', 37.98, 23.73],
	['Barcelona', 41.39, 2.17],
	['Berlin', 52.52, 13.4],
	['Bologna', 44.49, 11.34],
	['Bristol', 51.45, -2.59],
	['Brussels', 50.85, 4.35],
	['Copenhagen', 55.68, 12.57],
	['Dublin', 53.35, -6.26],
	['Dusseldorf', 51.23, 6.78],
	['Florence', 43.77, 11.26],
	['Gdansk', 54.35, 18.65],
	['Ghent', 51.05, 3.72],
	['Glasgow', 55.86, -4.25],
	['Gothenburg', 57.71, 11.97],
	['Hamburg', 53.55, 9.99],
	['Helsinki', 60.17, 24.94],
	['Lisbon', 38.72, -9.14],
	['Leeds', 53.8, -1.55],
	['Lyon', 45.76, 4.84],
	['Madrid', 40.42, -3.7],
	['Malmo', 55.6, 13.0],
	['Milan', 45.46, 9.19],
	['Munich', 48.14, 11.58],
	['Nantes', 47.22, -1.55],
	['Oslo', 59.91, 10.75],
	['Paris', 48.86, 2.35],
	['Porto', 41.15, -8.61],
	['Prague', 50.08, 14.44],
	['Riga', 56.95, 24.11],
	['Rotterdam', 51.92, 4.48],
	['Stockholm', 59.33, 18.07],
	['Tallinn', 59.44, 24.75],
	['Tampere', 61.5, 23.76],
	['Utrecht', 52.09, 5.12],
	['Vienna', 48.21, 16.37],
	['Vilnius', 54.69, 25.28],
	['Warsaw', 52.23, 21.01],
	['Zurich', 47.38, 8.54],
	['Kyiv', 50.45, 30.52]
];

const points: MapPoint[] = [
	...EUROPE.map(([name, lat, lon], i) => city(name, lat, lon, i % 4 === 0 ? 'respondent' : 'signatory')),
	city('Toronto', 43.65, -79.38)
];

/** The circle of the link with this data-city, as attributes. */
function circleOf(svg: string, slug: string): { cx: number; cy: number; r: number; fill: string } {
	const link = new RegExp(`<a [^>]*data-city="${slug}"[^>]*>(<circle [^>]*>)`).exec(svg);
	expect(link, `link for ${slug}`).not.toBeNull();
	const circle = link?.[1] ?? '';
	const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(circle)?.[1] ?? '';
	return { cx: Number(attr('cx')), cy: Number(attr('cy')), r: Number(attr('r')), fill: attr('fill') };
}

function inside(
	rect: { x: number; y: number; width: number; height: number },
	x: number,
	y: number
): boolean {
	return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

describe('renderCityMap', () => {
	const svg = renderCityMap(points, labels);

	it('draws every city exactly once, as a named link', () => {
		expect(svg.match(/data-city="/g)).toHaveLength(points.length);
		for (const p of points) {
			expect(svg.split(`data-city="${p.slug}"`)).toHaveLength(2);
			expect(svg).toContain(`href="${p.href}"`);
			expect(svg).toContain(`aria-label="${p.name}"`);
			expect(svg).toContain(`<title>${p.name}</title>`);
		}
	});

	it('puts Toronto in the North America panel and European cities in the Europe panel', () => {
		const toronto = circleOf(svg, 'toronto');
		expect(inside(PANELS.northAmerica, toronto.cx, toronto.cy)).toBe(true);
		expect(inside(PANELS.europe, toronto.cx, toronto.cy)).toBe(false);
		for (const slug of ['helsinki', 'lisbon', 'athens', 'dublin', 'kyiv']) {
			const c = circleOf(svg, slug);
			expect(inside(PANELS.europe, c.cx, c.cy), slug).toBe(true);
		}
	});

	it('keeps the geography the right way round', () => {
		const helsinki = circleOf(svg, 'helsinki');
		const lisbon = circleOf(svg, 'lisbon');
		const athens = circleOf(svg, 'athens');
		expect(helsinki.cy).toBeLessThan(athens.cy); // north is up
		expect(lisbon.cx).toBeLessThan(helsinki.cx); // west is left
	});

	it('places cities where projectPoint says', () => {
		for (const slug of ['toronto', 'helsinki', 'madrid']) {
			const p = points.find((q) => q.slug === slug) as MapPoint;
			const projected = projectPoint(p, points);
			const c = circleOf(svg, slug);
			expect(projected?.x).toBeCloseTo(c.cx, 0);
			expect(projected?.y).toBeCloseTo(c.cy, 0);
		}
		expect(projectPoint(points[0] as MapPoint)?.panel).toBe('europe');
		expect(projectPoint(city('Toronto', 43.65, -79.38))?.panel).toBe('northAmerica');
	});

	it('widens the Europe panel for cities outside the usual extent', () => {
		const withOutliers = [...points, city('Reykjavik', 64.15, -21.94), city('Las Palmas', 28.12, -15.43)];
		const out = renderCityMap(withOutliers, labels);
		for (const slug of ['reykjavik', 'las-palmas', 'helsinki']) {
			const c = circleOf(out, slug);
			expect(inside(PANELS.europe, c.cx, c.cy), slug).toBe(true);
		}
	});

	it('shows signatories filled and respondents hollow', () => {
		const signatory = points.find((p) => p.kind === 'signatory') as MapPoint;
		const respondent = points.find((p) => p.kind === 'respondent') as MapPoint;
		expect(circleOf(svg, signatory.slug).fill).toBe('#1d4e89');
		expect(circleOf(svg, respondent.slug).fill).toBe('#ffffff');
		expect(circleOf(svg, signatory.slug).r).toBeGreaterThanOrEqual(4);
	});

	it('uses point colours with at least 3:1 contrast against the land', () => {
		expect(svg).toContain('fill="#e6e6e6"');
		expect(contrast('#1d4e89', '#e6e6e6')).toBeGreaterThanOrEqual(3);
	});

	it('escapes names, slugs, links and labels', () => {
		const tricky: MapPoint = {
			slug: 'a"b',
			name: 'Saint-Denis & <Co> "quoted" \'single\'',
			latitude: 48.94,
			longitude: 2.36,
			kind: 'signatory',
			href: '/cities/x?a=1&b="2"'
		};
		const out = renderCityMap([tricky], { ...labels, title: 'Cities & <towns>', europe: 'Europe <EU>' });
		expect(out).not.toContain('<Co>');
		expect(out).not.toContain('<towns>');
		expect(out).not.toContain('<EU>');
		expect(out).toContain('Saint-Denis &amp; &lt;Co&gt; &quot;quoted&quot; &#39;single&#39;');
		expect(out).toContain('href="/cities/x?a=1&amp;b=&quot;2&quot;"');
		expect(out).toContain('data-city="a&quot;b"');
		expect(out).toContain('<title id="map-title">Cities &amp; &lt;towns&gt;</title>');
		expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});

	it('is an accessible, responsive image', () => {
		expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*>/);
		expect(svg).toMatch(/^<svg [^>]*aria-labelledby="map-title map-desc"/);
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
		expect(svg).toMatch(/^<svg [^>]*width="100%"/);
		expect(svg).toContain(`<title id="map-title">${labels.title}</title>`);
		expect(svg).toContain(`<desc id="map-desc">${labels.description}</desc>`);
		expect(svg).toContain('>Europe</text>');
		expect(svg).toContain('>North America</text>');
	});

	it('clips each panel with its own clip path', () => {
		const ids = [...svg.matchAll(/<clipPath id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(2);
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) expect(svg).toContain(`clip-path="url(#${id})"`);
	});

	it('draws country shapes', () => {
		const paths = svg.match(/<path d="M[^"]+"/g) ?? [];
		expect(paths.length).toBeGreaterThan(30);
		// Coordinates are rounded to one decimal.
		expect(svg).not.toMatch(/<path d="[^"]*\d\.\d\d/);
	});

	it('stays small and self-contained', () => {
		expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(300 * 1024);
		expect(svg).not.toMatch(/<script/i);
		expect(svg).not.toMatch(/\son[a-z]+=/i);
		expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|url\((?!#)/);
	});

	it('renders a legend only when both legend labels are given', () => {
		expect(svg).not.toContain('data-legend');
		const out = renderCityMap(points, { ...labels, signatory: 'Signatory', respondent: 'Survey only' });
		expect(out).toContain('data-legend');
		expect(out).toContain('>Survey only</text>');
	});

	it('copes with no cities and skips unusable coordinates', () => {
		const empty = renderCityMap([], labels);
		expect(empty).not.toContain('data-city=');
		expect(empty).toContain('<path d="M');
		const bad = { ...city('Nowhere', Number.NaN, 10), slug: 'nowhere' };
		const out = renderCityMap([bad, city('Helsinki', 60.17, 24.94)], labels);
		expect(out).not.toContain('data-city="nowhere"');
		expect(out).not.toContain('NaN');
		expect(out).toContain('data-city="helsinki"');
		expect(projectPoint(bad)).toBeNull();
	});
});
