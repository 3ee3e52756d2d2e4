import { z } from 'zod';
import { optionalNumber, requiredNumber } from './forms';

export const cityFields = ['name', 'countryCode', 'population', 'signedOn', 'latitude', 'longitude'] as const;

/** What the secretariat may change about a city. Messages are message keys. */
export const cityInputSchema = z.object({
	name: z.string().trim().min(1, 'admin.cityName').max(120, 'admin.cityName'),
	countryCode: z
		.string()
		.trim()
		.transform((value) => value.toUpperCase())
		.pipe(z.string().regex(/^[A-Z]{2}$/, 'admin.invalidCountry')),
	population: optionalNumber('admin.invalidPopulation', (n) => Number.isInteger(n) && n > 0 && n < 1e8),
	signedOn: z
		.string()
		.trim()
		.refine((value) => value === '' || isCalendarDate(value), 'admin.invalidDate')
		.transform((value) => (value === '' ? null : value)),
	latitude: requiredNumber('admin.invalidLatitude', (n) => n >= -90 && n <= 90),
	longitude: requiredNumber('admin.invalidLongitude', (n) => n >= -180 && n <= 180)
});

export type CityInput = z.infer<typeof cityInputSchema>;

export function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
