import { describe, expect, it } from 'vitest';
import { addressProblem, formProblem, routesWithActions } from './input-guard';

const form = (type: string, body: string) => {
	const request = new Request('http://x/a?/save', {
		method: 'POST',
		headers: { 'content-type': type },
		body
	});
	return formProblem(request, new TextEncoder().encode(body).buffer as ArrayBuffer);
};

describe('malformed requests', () => {
	it('an address with a control character or a broken escape is refused', () => {
		expect(addressProblem(new URL('http://x/cities/a%00'))).toBe('control');
		expect(addressProblem(new URL('http://x/cities/%0A'))).toBe('control');
		expect(addressProblem(new URL('http://x/cities/%E0%A4%A'))).toBe('encoding');
		expect(addressProblem(new URL('http://x/api/v1/practices?q=%00'))).toBe('control');
		expect(addressProblem(new URL('http://x/practices?q=one%0Atwo'))).toBeNull();
		expect(addressProblem(new URL('http://x/cities/citt%C3%A0?q=%F0%9F%98%80'))).toBeNull();
	});

	it('a form that cannot be read, or carries NUL, is refused', async () => {
		expect(await form('application/x-www-form-urlencoded', 'a=1&constructor=2')).toBeNull();
		expect(await form('application/x-www-form-urlencoded', 'a=%00')).toBe('nul');
		expect(
			await form(
				'multipart/form-data; boundary=AAA',
				'--BBB\r\nContent-Disposition: form-data; name="a"\r\n\r\n1'
			)
		).toBe('unreadable');
		expect(
			await form(
				'multipart/form-data; boundary=AAA',
				'--AAA\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--AAA--\r\n'
			)
		).toBeNull();
	});

	it('knows the pages whose posts are form actions, and no endpoint is among them', () => {
		const routes = routesWithActions();
		expect(routes).toContain('/');
		expect(routes).toContain('/sign-in');
		expect(routes).toContain('/respond/[cycle]/[section]');
		expect(routes).not.toContain('/healthz');
		expect(routes).not.toContain('/api/v1/practices');
	});
});
