import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityInputSchema, isCalendarDate } from './city';
import { fieldErrors } from './forms';

const valid = {
	name: 'Helsinki',
	countryCode: 'fi',
	population: '',
	signedOn: '2010-02-01',
	latitude: '60.17',
	longitude: '24,94'
};

describe('city form', () => {
	it('accepts what a person types, normalising the country code and decimal commas', () => {
		const parsed = cityInputSchema.parse(valid);
		expect(parsed).toEqual({
			name: 'Helsinki',
			countryCode: 'FI',
			population: null,
			signedOn: '2010-02-01',
			latitude: 60.17,
			longitude: 24.94
		});
	});

	it('names each wrong field with an instruction', () => {
		const result = cityInputSchema.safeParse({
			...valid,
			name: ' ',
			countryCode: 'Finland',
			population: '12.5',
			signedOn: '2022-02-30',
			latitude: '91'
		});
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(fieldErrors(result.error)).toEqual({
			name: 'admin.cityName',
			countryCode: 'admin.invalidCountry',
			population: 'admin.invalidPopulation',
			signedOn: 'admin.invalidDate',
			latitude: 'admin.invalidLatitude'
		});
	});

	it('recognises exactly the real calendar dates', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(d) => isCalendarDate(d.toISOString().slice(0, 10))
			)
		);
		expect(isCalendarDate('2023-02-29')).toBe(false);
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('15/11/2022')).toBe(false);
	});
});
