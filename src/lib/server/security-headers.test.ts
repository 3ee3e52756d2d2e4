import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('security headers', () => {
	it('asks browsers to use HTTPS only when the site is served over HTTPS', () => {
		const https = new Map(securityHeaders('https://monitor.example.eu'));
		expect(https.get('Strict-Transport-Security')).toBe('max-age=31536000');
		expect(new Map(securityHeaders('http://localhost:3000')).has('Strict-Transport-Security')).toBe(false);
		expect(new Map(securityHeaders(undefined)).has('Strict-Transport-Security')).toBe(false);
	});

	it('always refuses framing and content sniffing', () => {
		const headers = new Map(securityHeaders('http://localhost:3000'));
		expect(headers.get('X-Frame-Options')).toBe('DENY');
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
	});
});
