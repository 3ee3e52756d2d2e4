/**
 * Server-side map of the Charter's cities, rendered to a static SVG string.
 *
 * No browser and no client JavaScript: d3-geo projects the world-atlas country shapes and the
 * city points, and the result is plain markup that can be inlined in a page. Two panels: Europe
 * (large) and North America (small inset); a city goes to the North America panel when its
 * longitude is below -30.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	geoAzimuthalEqualArea,
	geoConicConformal,
	geoPath,
	type GeoProjection,
	type GeoStream,
	type GeoStreamWrapper
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapPoint {
	slug: string;
	name: string;
	latitude: number;
	longitude: number;
	kind: 'signatory' | 'respondent';
	href: string;
}

export interface MapLabels {
	title: string;
	description: string;
	europe: string;
	northAmerica: string;
	/** Legend text for filled markers; the legend is drawn only when both legend labels are given. */
	signatory?: string;
	/** Legend text for hollow markers. */
	respondent?: string;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type PanelId = 'europe' | 'northAmerica';

/** Longitude below which a city is drawn in the North America panel. */
export const NORTH_AMERICA_MAX_LONGITUDE = -30;

export const VIEWBOX = { width: 1000, height: 784 } as const;

/** Panel rectangles in viewBox units. The left column also holds the legend below the inset. */
export const PANELS: Readonly<Record<PanelId, Rect>> = {
	europe: { x: 240, y: 24, width: 760, height: 760 },
	northAmerica: { x: 0, y: 24, width: 230, height: 150 }
};

/** Geographic area each panel always shows: [west, south, east, north] in degrees. */
const BASE_EXTENT: Readonly<Record<PanelId, Extent>> = {
	europe: [-11, 34, 35, 71],
	northAmerica: [-125, 24, -65, 56]
};

/** Degrees of margin around cities that fall outside the base extent. */
const POINT_MARGIN_DEG = 2;
/** Padding (viewBox units) between the fitted extent and the panel edge. */
const FIT_PADDING = 8;

const COLORS = {
	sea: '#f4f8fb',
	land: '#e6e6e6',
	border: '#ffffff',
	frame: '#8a99a8',
	point: '#1d4e89',
	text: '#333333'
} as const;

const POINT_RADIUS = 5;
const HOLLOW_STROKE = 2;

type Extent = [west: number, south: number, east: number, north: number];

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

let countriesCache: Feature<Geometry>[] | undefined;

/** Loads the 1:50m country shapes once per process. */
function countries(): Feature<Geometry>[] {
	if (!countriesCache) {
		const require = createRequire(import.meta.url);
		const file = require.resolve('world-atlas/countries-50m.json');
		const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
		const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
		countriesCache = collection.features;
	}
	return countriesCache;
}

export function panelFor(point: Pick<MapPoint, 'longitude'>): PanelId {
	return point.longitude < NORTH_AMERICA_MAX_LONGITUDE ? 'northAmerica' : 'europe';
}

function isValidPoint(p: MapPoint): boolean {
	return (
		Number.isFinite(p.latitude) &&
		Number.isFinite(p.longitude) &&
		Math.abs(p.latitude) <= 90 &&
		Math.abs(p.longitude) <= 180
	);
}

/** Union of the panel's base extent and its cities (plus a margin), so no city falls off the map. */
function panelExtent(panel: PanelId, points: MapPoint[]): Extent {
	const [w0, s0, e0, n0] = BASE_EXTENT[panel];
	let [w, s, e, n] = [w0, s0, e0, n0];
	for (const p of points) {
		w = Math.min(w, p.longitude - POINT_MARGIN_DEG);
		e = Math.max(e, p.longitude + POINT_MARGIN_DEG);
		s = Math.max(-89, Math.min(s, p.latitude - POINT_MARGIN_DEG));
		n = Math.min(89, Math.max(n, p.latitude + POINT_MARGIN_DEG));
	}
	return [w, s, e, n];
}

/** The outline of a lon/lat box as densely sampled points (avoids polygon winding pitfalls in d3). */
function extentOutline([w, s, e, n]: Extent): MultiPoint {
	const coordinates: [number, number][] = [];
	const steps = 48;
	for (let i = 0; i <= steps; i++) {
		const lon = w + ((e - w) * i) / steps;
		const lat = s + ((n - s) * i) / steps;
		coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

function baseProjection(panel: PanelId, [w, , e]: Extent): GeoProjection {
	if (panel === 'europe') {
		// Lambert azimuthal equal-area centred on Europe (as EPSG:3035).
		return geoAzimuthalEqualArea().rotate([-10, -52]);
	}
	// Lambert conformal conic centred on the extent, with standard parallels suiting the USA and Canada.
	return geoConicConformal()
		.rotate([-(w + e) / 2, 0])
		.parallels([33, 45]);
}

function panelProjection(panel: PanelId, points: MapPoint[]): GeoProjection {
	const rect = PANELS[panel];
	const extent = panelExtent(panel, points);
	return baseProjection(panel, extent)
		.fitExtent(
			[
				[rect.x + FIT_PADDING, rect.y + FIT_PADDING],
				[rect.x + rect.width - FIT_PADDING, rect.y + rect.height - FIT_PADDING]
			],
			extentOutline(extent)
		)
		.clipExtent([
			[rect.x - 1, rect.y - 1],
			[rect.x + rect.width + 1, rect.y + rect.height + 1]
		]);
}

/**
 * Position of a city in viewBox units, with the same projection `renderCityMap` uses for the given
 * set of points (each panel's extent widens to include its cities). Null for unusable coordinates.
 */
export function projectPoint(
	point: MapPoint,
	points: MapPoint[] = [point]
): { panel: PanelId; x: number; y: number } | null {
	if (!isValidPoint(point)) return null;
	const panel = panelFor(point);
	const members = points.filter((p) => isValidPoint(p) && panelFor(p) === panel);
	const xy = panelProjection(panel, members)([point.longitude, point.latitude]);
	if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
	return { panel, x: xy[0], y: xy[1] };
}

/** Projected points closer than this (viewBox units) to the previous kept point are dropped. */
const SIMPLIFY_TOLERANCE = 0.7;
/** Polygon rings smaller than this (square viewBox units) are dropped: specks cost bytes, show nothing. */
const MIN_RING_AREA = 2;

/**
 * Wraps a projection so its projected output is thinned before it reaches the path: near-duplicate
 * points (once rounded) are skipped and specks of islands are dropped. Keeps the SVG small.
 */
function simplified(projection: GeoProjection): GeoStreamWrapper {
	return {
		stream(sink: GeoStream): GeoStream {
			let inPolygon = false;
			let ring: [number, number][] | null = null;
			let last: [number, number] | null = null;
			const filter: GeoStream = {
				point(x, y) {
					if (!ring) return sink.point(x, y);
					last = [x, y];
					const prev = ring[ring.length - 1];
					if (!prev || Math.hypot(x - prev[0], y - prev[1]) >= SIMPLIFY_TOLERANCE) ring.push(last);
				},
				lineStart() {
					ring = [];
					last = null;
				},
				lineEnd() {
					const points = ring ?? [];
					ring = null;
					if (last && points[points.length - 1] !== last) points.push(last);
					if (inPolygon && (points.length < 3 || Math.abs(ringArea(points)) < MIN_RING_AREA)) return;
					if (!inPolygon && points.length < 2) return;
					sink.lineStart();
					for (const [x, y] of points) sink.point(x, y);
					sink.lineEnd();
				},
				polygonStart() {
					inPolygon = true;
					sink.polygonStart();
				},
				polygonEnd() {
					inPolygon = false;
					sink.polygonEnd();
				},
				sphere() {
					sink.sphere?.();
				}
			};
			return projection.stream(filter);
		}
	};
}

function ringArea(points: [number, number][]): number {
	let area = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		const a = points[j];
		const b = points[i];
		if (a && b) area += a[0] * b[1] - b[0] * a[1];
	}
	return area / 2;
}

const countryLayerCache = new Map<string, string>();

/** Country paths for a panel; only countries that reach into the panel produce output. */
function countryLayer(panel: PanelId, extent: Extent, projection: GeoProjection): string {
	const key = `${panel}:${extent.join(',')}`;
	const cached = countryLayerCache.get(key);
	if (cached !== undefined) return cached;
	const path = geoPath(simplified(projection)).digits(1);
	const parts: string[] = [];
	for (const country of countries()) {
		const d = path(country);
		if (d) parts.push(`<path d="${d}"/>`);
	}
	const layer = parts.join('');
	// Extents rarely change (they depend on the set of cities), so a tiny cache is enough.
	if (countryLayerCache.size >= 8) countryLayerCache.clear();
	countryLayerCache.set(key, layer);
	return layer;
}

function fmt(n: number): string {
	return String(Math.round(n * 10) / 10);
}

function marker(p: MapPoint, x: number, y: number): string {
	const hollow = p.kind !== 'signatory';
	const circle = hollow
		? `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${POINT_RADIUS - HOLLOW_STROKE / 2}" fill="#ffffff" stroke="${COLORS.point}" stroke-width="${HOLLOW_STROKE}">`
		: `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${POINT_RADIUS}" fill="${COLORS.point}" stroke="#ffffff" stroke-width="1">`;
	const name = escapeXml(p.name);
	return (
		`<a href="${escapeXml(p.href)}" aria-label="${name}" data-city="${escapeXml(p.slug)}" data-kind="${p.kind}">` +
		`${circle}<title>${name}</title></circle></a>`
	);
}

function renderPanel(panel: PanelId, caption: string, points: MapPoint[], clipId: string): string {
	const rect = PANELS[panel];
	const extent = panelExtent(panel, points);
	const projection = panelProjection(panel, points);
	const { x, y, width, height } = rect;
	const markers: string[] = [];
	// Hollow markers first, so filled ones stay on top where cities overlap.
	const ordered = [...points].sort((a, b) => Number(a.kind === 'signatory') - Number(b.kind === 'signatory'));
	for (const p of ordered) {
		const xy = projection([p.longitude, p.latitude]);
		if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
		markers.push(marker(p, xy[0], xy[1]));
	}
	return (
		`<g data-panel="${panel}">` +
		`<clipPath id="${clipId}"><rect x="${x}" y="${y}" width="${width}" height="${height}"/></clipPath>` +
		`<text x="${x}" y="${y - 8}" font-size="14" fill="${COLORS.text}">${escapeXml(caption)}</text>` +
		`<g clip-path="url(#${clipId})">` +
		`<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${COLORS.sea}"/>` +
		`<g fill="${COLORS.land}" stroke="${COLORS.border}" stroke-width="0.5" stroke-linejoin="round">` +
		countryLayer(panel, extent, projection) +
		`</g>` +
		markers.join('') +
		`</g>` +
		`<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="${COLORS.frame}" stroke-width="1"/>` +
		`</g>`
	);
}

function renderLegend(labels: MapLabels): string {
	if (!labels.signatory || !labels.respondent) return '';
	const { x, y, height } = PANELS.northAmerica;
	const top = y + height + 28;
	const item = (dy: number, kind: MapPoint['kind'], text: string) => {
		const cy = top + dy;
		const circle =
			kind === 'signatory'
				? `<circle cx="${x + 8}" cy="${cy}" r="${POINT_RADIUS}" fill="${COLORS.point}"/>`
				: `<circle cx="${x + 8}" cy="${cy}" r="${POINT_RADIUS - HOLLOW_STROKE / 2}" fill="#ffffff" stroke="${COLORS.point}" stroke-width="${HOLLOW_STROKE}"/>`;
		return `${circle}<text x="${x + 20}" y="${cy + 5}" font-size="14" fill="${COLORS.text}">${escapeXml(text)}</text>`;
	};
	return (
		`<g data-legend="">` +
		item(0, 'signatory', labels.signatory) +
		item(24, 'respondent', labels.respondent) +
		`</g>`
	);
}

/** FNV-1a, for clip-path ids that are stable for a given map yet differ between different maps. */
function hashId(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return `cm${(h >>> 0).toString(36)}`;
}

/**
 * Renders the map as a self-contained SVG string: no scripts, no event handlers, no external
 * resources. Each city is a link (`data-city` = slug) wrapping a circle whose `<title>` is its name;
 * signatories are filled, respondent-only cities hollow, so the difference does not rely on colour.
 */
export function renderCityMap(points: MapPoint[], labels: MapLabels): string {
	const key = JSON.stringify([points, labels]);
	const cached = renderedMaps.get(key);
	if (cached) return cached;
	const svg = drawCityMap(points, labels, hashId(key));
	// A few entries cover every language and the cities as they stand; an edit simply makes a new key.
	if (renderedMaps.size >= 12) renderedMaps.delete(renderedMaps.keys().next().value as string);
	renderedMaps.set(key, svg);
	return svg;
}

const renderedMaps = new Map<string, string>();

function drawCityMap(points: MapPoint[], labels: MapLabels, uid: string): string {
	const valid = points.filter(isValidPoint);
	const europe = valid.filter((p) => panelFor(p) === 'europe');
	const northAmerica = valid.filter((p) => panelFor(p) === 'northAmerica');
	const titleId = 'map-title';
	const descId = 'map-desc';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="city-map" viewBox="0 0 ${VIEWBOX.width} ${VIEWBOX.height}" ` +
		`width="100%" preserveAspectRatio="xMidYMid meet" role="group" aria-labelledby="${titleId} ${descId}" ` +
		`font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
		`<title id="${titleId}">${escapeXml(labels.title)}</title>` +
		`<desc id="${descId}">${escapeXml(labels.description)}</desc>` +
		`<style>.city-map a:focus-visible circle{stroke:#000;stroke-width:3}</style>` +
		renderPanel('northAmerica', labels.northAmerica, northAmerica, `${uid}-na`) +
		renderPanel('europe', labels.europe, europe, `${uid}-eu`) +
		renderLegend(labels) +
		`</svg>`
	);
}
