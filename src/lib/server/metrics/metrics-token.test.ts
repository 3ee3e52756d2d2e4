import { describe, expect, it } from 'vitest';
import { carriesMetricsToken } from './metrics-token';

const token = 'scrape-token-of-at-least-24-characters';

describe('the metrics token', () => {
	it('is accepted only as the exact bearer token', () => {
		expect(carriesMetricsToken(`Bearer ${token}`, token)).toBe(true);
		expect(carriesMetricsToken(`bearer ${token}`, token)).toBe(true);
		expect(carriesMetricsToken(`Bearer ${token}x`, token)).toBe(false);
		expect(carriesMetricsToken(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
		expect(carriesMetricsToken(token, token)).toBe(false);
		expect(carriesMetricsToken(`Basic ${token}`, token)).toBe(false);
		expect(carriesMetricsToken('Bearer ', token)).toBe(false);
		expect(carriesMetricsToken(null, token)).toBe(false);
	});
});
