import { describe, expect, it } from 'vitest';
import {
	isUnverifiedSource,
	namesHeldReference,
	reportedSignatoryCount
} from '$lib/domain/reference-sources';
import { demoCities, demoCycles, type DemoCity } from './demo-data';

const citiesBySlug = new Map(demoCities.map((city) => [city.slug, city]));
const city = (slug: string): DemoCity => {
	const found = citiesBySlug.get(slug);
	if (!found) throw new Error(`no demo city '${slug}'`);
	return found;
};
const cycle = (slug: string) => {
	const found = demoCycles.find((c) => c.slug === slug);
	if (!found) throw new Error(`no demo cycle '${slug}'`);
	return found;
};
const isSignatory = (c: DemoCity) => c.signedOn !== null;

const isIsoDate = (value: string) =>
	/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The 27 signatories as of January 2013 (First Integrating Cities Report, 2013). */
const SIGNATORIES_JANUARY_2013 = [
	'amsterdam',
	'athens',
	'barcelona',
	'belfast',
	'berlin',
	'copenhagen',
	'dublin',
	'genoa',
	'ghent',
	'helsinki',
	'london',
	'madrid',
	'malmo',
	'manchester',
	'milan',
	'munich',
	'nantes',
	'oslo',
	'oulu',
	'rennes',
	'riga',
	'rome',
	'rotterdam',
	'stockholm',
	'tampere',
	'the-hague',
	'utrecht'
];

/** Rough bounding boxes [minLat, maxLat, minLon, maxLon] (metropolitan territory only). */
const COUNTRY_BOUNDS: Record<string, [number, number, number, number]> = {
	AT: [46.3, 49.1, 9.5, 17.2],
	BE: [49.5, 51.6, 2.5, 6.4],
	CA: [41.6, 83.2, -141.1, -52.6],
	CY: [34.5, 35.8, 32.2, 34.6],
	CZ: [48.5, 51.1, 12.0, 18.9],
	DE: [47.2, 55.1, 5.8, 15.1],
	DK: [54.5, 57.8, 8.0, 15.2],
	ES: [36.0, 43.8, -9.3, 3.4],
	FI: [59.8, 70.1, 20.5, 31.6],
	FR: [42.3, 51.1, -4.8, 8.3],
	GB: [49.9, 58.7, -8.2, 1.8],
	GR: [34.8, 41.8, 19.3, 29.7],
	HR: [42.4, 46.6, 13.4, 19.5],
	IE: [51.4, 55.4, -10.5, -6.0],
	IT: [36.6, 47.1, 6.6, 18.6],
	LT: [53.9, 56.5, 20.9, 26.9],
	LV: [55.6, 58.1, 20.9, 28.3],
	NL: [50.7, 53.6, 3.3, 7.3],
	NO: [57.9, 71.2, 4.6, 31.1],
	PL: [49.0, 54.9, 14.1, 24.2],
	SE: [55.3, 69.1, 11.0, 24.2]
};

describe('demo cities', () => {
	it('have unique, well-formed slugs and unique names', () => {
		const slugs = demoCities.map((c) => c.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
		const names = demoCities.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(name.trim()).toBe(name);
	});

	it('write names as usual in English', () => {
		expect(city('malmo').name).toBe('Malmö');
		expect(city('dusseldorf').name).toBe('Düsseldorf');
		expect(city('the-hague').name).toBe('The Hague');
	});

	it('have two upper-case letters as country code', () => {
		for (const c of demoCities) expect(c.countryCode, c.slug).toMatch(/^[A-Z]{2}$/);
	});

	it('put the cities in the right countries', () => {
		const expected: Record<string, string> = {
			toronto: 'CA',
			nicosia: 'CY',
			riga: 'LV',
			vilnius: 'LT',
			oulu: 'FI',
			tampere: 'FI',
			helsinki: 'FI',
			vantaa: 'FI',
			belfast: 'GB',
			london: 'GB',
			manchester: 'GB',
			dublin: 'IE',
			brno: 'CZ',
			vienna: 'AT',
			malmo: 'SE',
			ghent: 'BE',
			antwerp: 'BE'
		};
		for (const [slug, code] of Object.entries(expected)) expect(city(slug).countryCode, slug).toBe(code);
	});

	it('lie within Europe or North America', () => {
		for (const c of demoCities) {
			const inEurope = c.latitude >= 34 && c.latitude <= 72 && c.longitude >= -25 && c.longitude <= 45;
			const inNorthAmerica =
				c.latitude >= 15 && c.latitude <= 84 && c.longitude >= -170 && c.longitude <= -50;
			expect(inEurope || inNorthAmerica, `${c.slug} at ${c.latitude}, ${c.longitude}`).toBe(true);
		}
	});

	it('lie within their own country (catches swapped coordinates and wrong country codes)', () => {
		for (const c of demoCities) {
			const bounds = COUNTRY_BOUNDS[c.countryCode];
			expect(bounds, `no test bounds for ${c.countryCode}`).toBeDefined();
			const [minLat, maxLat, minLon, maxLon] = bounds ?? [0, 0, 0, 0];
			expect(c.latitude, c.slug).toBeGreaterThanOrEqual(minLat);
			expect(c.latitude, c.slug).toBeLessThanOrEqual(maxLat);
			expect(c.longitude, c.slug).toBeGreaterThanOrEqual(minLon);
			expect(c.longitude, c.slug).toBeLessThanOrEqual(maxLon);
		}
	});

	it('give populations as positive whole thousands, or null', () => {
		for (const c of demoCities) {
			if (c.population === null) continue;
			expect(Number.isInteger(c.population), c.slug).toBe(true);
			expect(c.population % 1000, c.slug).toBe(0);
			expect(c.population, c.slug).toBeGreaterThan(10_000);
			expect(c.population, c.slug).toBeLessThan(20_000_000);
		}
	});

	it('give date, precision and source together, or none of them', () => {
		for (const c of demoCities) {
			if (c.signedOn === null) {
				expect(c.signedOnPrecision, c.slug).toBeNull();
				expect(c.signingSource, c.slug).toBeNull();
			} else {
				expect(isIsoDate(c.signedOn), `${c.slug}: ${c.signedOn}`).toBe(true);
				expect(['day', 'month', 'year', 'by']).toContain(c.signedOnPrecision);
				expect(c.signingSource?.length ?? 0, c.slug).toBeGreaterThan(10);
			}
		}
	});
});

describe('signatories', () => {
	it('include all 27 signatories of January 2013, and no other city signed by then', () => {
		for (const slug of SIGNATORIES_JANUARY_2013) {
			const c = city(slug);
			expect(c.signedOn, slug).not.toBeNull();
			expect(c.signedOn! <= '2013-01-31', slug).toBe(true);
		}
		const signedBy2013 = demoCities.filter((c) => c.signedOn !== null && c.signedOn <= '2013-01-31');
		expect(signedBy2013.map((c) => c.slug).sort()).toEqual(SIGNATORIES_JANUARY_2013);
	});

	it('count no more than the 39 signatories the 4th report gives for 2020, the figure the home page cites', () => {
		expect(reportedSignatoryCount).toEqual({
			count: 39,
			year: 2020,
			source: 'Fourth Integrating Cities Report (2020)'
		});
		const signedBy2020 = demoCities.filter((c) => c.signedOn !== null && c.signedOn <= '2020-12-31');
		// 28 named (the 27 of 2013 and Toronto): the other 11 are named in no text held.
		expect(signedBy2020.length).toBe(28);
		expect(signedBy2020.length).toBeLessThanOrEqual(reportedSignatoryCount.count);
		expect(city('toronto').signedOn).not.toBeNull();
	});

	it('name a held report as the source of each signing, or say that it is unverified', () => {
		for (const c of demoCities.filter(isSignatory)) {
			const held = namesHeldReference(c.signingSource);
			expect(held || isUnverifiedSource(c.signingSource), c.slug).toBe(true);
			expect(held && isUnverifiedSource(c.signingSource), c.slug).toBe(false);
		}
		for (const slug of ['antwerp', 'bologna', 'vilnius'])
			expect(isUnverifiedSource(city(slug).signingSource), slug).toBe(true);
	});

	it('date the Utrecht 2022 and Bologna 2024 signings to their month', () => {
		for (const slug of ['antwerp', 'pesaro', 'vantaa', 'warsaw', 'zagreb']) {
			expect(city(slug).signedOn, slug).toBe('2022-11-01');
			expect(city(slug).signedOnPrecision, slug).toBe('month');
		}
		for (const slug of ['bologna', 'dortmund', 'dusseldorf', 'grenoble', 'vilnius']) {
			expect(city(slug).signedOn, slug).toBe('2024-11-01');
			expect(city(slug).signedOnPrecision, slug).toBe('month');
		}
	});

	it('do not include Brno, which answered in 2012 without signing', () => {
		expect(isSignatory(city('brno'))).toBe(false);
	});
});

describe('demo cycles', () => {
	it('have unique slugs and sound ISO periods', () => {
		const slugs = demoCycles.map((c) => c.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const c of demoCycles) {
			expect(c.slug).toMatch(/^\d{4}-\d{4}$/);
			expect(isIsoDate(c.periodStart), c.slug).toBe(true);
			expect(isIsoDate(c.periodEnd), c.slug).toBe(true);
			expect(c.periodStart < c.periodEnd, c.slug).toBe(true);
			expect(c.reportYear, c.slug).toBeGreaterThanOrEqual(Number(c.periodEnd.slice(0, 4)));
			expect(c.note, c.slug).toMatch(/source/i);
		}
	});

	it('name only known cities as respondents, each once', () => {
		for (const c of demoCycles) {
			expect(new Set(c.respondents).size, c.slug).toBe(c.respondents.length);
			for (const slug of c.respondents) expect(citiesBySlug.has(slug), `${c.slug}: ${slug}`).toBe(true);
		}
	});

	it('match the 1st report: 23 respondents, 21 of them signatories, Brno and Vienna among them', () => {
		const first = cycle('2011-2012');
		expect(first.reportNumber).toBe(1);
		expect(first.reportYear).toBe(2013);
		expect(first.respondents).toHaveLength(23);
		expect(first.respondents.filter((slug) => isSignatory(city(slug)))).toHaveLength(21);
		expect(first.respondents).toContain('brno');
		expect(first.respondents).toContain('vienna');
	});

	it('match the 4th report: 22 respondents from 14 countries, mid-2018 to mid-2020', () => {
		const fourth = cycle('2018-2020');
		expect(fourth.reportNumber).toBe(4);
		expect(fourth.reportYear).toBe(2020);
		expect(fourth.periodStart).toBe('2018-07-01');
		expect(fourth.periodEnd).toBe('2020-06-30');
		expect(fourth.respondents).toHaveLength(22);
		expect(new Set(fourth.respondents.map((slug) => city(slug).countryCode)).size).toBe(14);
		expect(fourth.respondents).toContain('toronto');
	});
});
