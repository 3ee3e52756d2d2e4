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

describe('METRICS_TOKEN', () => {
	it('is unset unless given, which keeps /metrics off', () => {
		expect(readConfig({}).METRICS_TOKEN).toBeUndefined();
		expect(readConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
	});

	it('refuses a token short enough to guess, at start', () => {
		expect(() => readConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN must be at least 24/);
		expect(readConfig({ METRICS_TOKEN: 'x'.repeat(24) }).METRICS_TOKEN).toBe('x'.repeat(24));
	});
});
