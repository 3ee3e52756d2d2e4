import { m } from '$lib/paraglide/messages.js';
import { createHash } from 'node:crypto';
import { locales, type Locale } from '$lib/domain/locale';
import type { Database } from '../db';
import { listCityPoints, type CityPoint } from '../reads/list-cities';
import { renderCityMap, VIEWBOX } from './city-map';

/** The map of cities as a file of its own: its address names its content, so it never changes. */
export interface CityMapFile {
	/** `cities-<language>-<hash of the SVG>.svg`, served at `/map/<name>`. */
	name: string;
	svg: string;
	/** The entity tag of the file (its hash). */
	etag: string;
	width: number;
	height: number;
}

/** Maps drawn lately, by file name: every language of the cities as they stand and a few older ones. */
const drawn = new Map<string, CityMapFile>();
const KEEP = 12;

/**
 * The map of these cities in this language. Drawn once per set of cities and language (renderCityMap keeps
 * its drawings); every page that shows it links to the same address, and browsers keep the file for good.
 */
export function cityMapFile(everyCity: CityPoint[], locale: Locale): CityMapFile {
	const signatories = everyCity.filter((city) => city.signedOn).length;
	const svg = renderCityMap(
		everyCity.map((city) => ({
			slug: city.slug,
			name: city.name,
			latitude: city.latitude,
			longitude: city.longitude,
			kind: city.signedOn ? 'signatory' : 'respondent',
			href: `/cities/${city.slug}`
		})),
		{
			title: m.cities_mapTitle({}, { locale: locale }),
			description: m.cities_mapDescription(
				{
					signatories,
					respondents: everyCity.length - signatories
				},
				{ locale: locale }
			),
			europe: m.cities_europe({}, { locale: locale }),
			northAmerica: m.cities_northAmerica({}, { locale: locale }),
			signatory: m.cities_legendSignatory({}, { locale: locale }),
			respondent: m.cities_legendRespondent({}, { locale: locale })
		}
	);
	for (const file of drawn.values()) if (file.svg === svg) return file;
	const hash = createHash('sha256').update(svg).digest('base64url').slice(0, 22).replace(/[-_]/g, 'x');
	const file: CityMapFile = {
		name: `cities-${locale}-${hash}.svg`,
		svg,
		etag: `"${hash}"`,
		width: VIEWBOX.width,
		height: VIEWBOX.height
	};
	if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value as string);
	drawn.set(file.name, file);
	return file;
}

/**
 * The map file with this name: one drawn lately by this process, or else one of the current maps (another
 * app process may have drawn it for a page this one never rendered). Null for a map of cities gone by.
 */
export async function findCityMapFile(db: Database, name: string): Promise<CityMapFile | null> {
	const found = drawn.get(name);
	if (found) return found;
	const everyCity = await listCityPoints(db);
	for (const locale of locales) {
		const file = cityMapFile(everyCity, locale);
		if (file.name === name) return file;
	}
	return null;
}
