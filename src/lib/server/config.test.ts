import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('TIME_ZONE', () => {
	it('is Europe/Brussels unless set', () => {
		expect(readConfig({}).TIME_ZONE).toBe('Europe/Brussels');
		expect(readConfig({ TIME_ZONE: '' }).TIME_ZONE).toBe('Europe/Brussels');
	});

	it('takes any time zone Intl knows by its IANA name', () => {
		expect(readConfig({ TIME_ZONE: 'America/New_York' }).TIME_ZONE).toBe('America/New_York');
		expect(readConfig({ TIME_ZONE: 'UTC' }).TIME_ZONE).toBe('UTC');
	});

	it('refuses a name that is not a time zone, at start', () => {
		expect(() => readConfig({ TIME_ZONE: 'Brussels' })).toThrow(/TIME_ZONE must be a time zone name/);
		expect(() => readConfig({ TIME_ZONE: 'Europe/Atlantis' })).toThrow(/TIME_ZONE/);
	});
});
