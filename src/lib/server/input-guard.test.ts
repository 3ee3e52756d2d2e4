import { describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { addressProblem, formProblem, refuseMalformedRequests, routesWithActions } from './input-guard';

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

	it('hands the action the same form it checked, and answers a clear 4xx before any page code otherwise', async () => {
		const run = async (request: Request, routeId = '/sign-in') => {
			const event = {
				request,
				url: new URL(request.url),
				route: { id: routeId },
				isDataRequest: false,
				locals: { locale: 'en' }
			} as unknown as RequestEvent;
			// The action: reads the form again (a body can be read once; the guard read it before).
			const resolve = vi.fn(async (seen: RequestEvent) => {
				const type = seen.request.headers.get('content-type') ?? '';
				if (!type.includes('form')) return new Response(await seen.request.text());
				return new Response(JSON.stringify(Object.fromEntries(await seen.request.formData())));
			});
			const response = await refuseMalformedRequests({ event, resolve });
			return { status: response.status, text: await response.text(), resolved: resolve.mock.calls.length };
		};
		const post = (type: string | null, body: BodyInit, url = 'http://x/sign-in?/password') =>
			new Request(url, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });

		const fine = await run(post('application/x-www-form-urlencoded', 'constructor=1&next=%2F'));
		expect(fine).toEqual({ status: 200, text: '{"constructor":"1","next":"/"}', resolved: 1 });

		const plain = await run(post('text/plain', 'hello'));
		expect(plain).toMatchObject({ status: 415, resolved: 0 });
		expect(plain.text).toContain('only accepts forms sent from its own page');

		const broken = await run(post('multipart/form-data; boundary=AAA', '--BBB\r\nbroken'));
		expect(broken).toMatchObject({ status: 400, resolved: 0 });
		expect(broken.text).toContain('The form could not be read');

		const address = await run(new Request('http://x/cities/a%00'), '/cities/[slug]');
		expect(address).toMatchObject({ status: 400, resolved: 0 });

		// An endpoint (no +page.server.ts) answers its own methods.
		const endpoint = await run(post('text/plain', 'a=1', 'http://x/healthz'), '/healthz');
		expect(endpoint).toMatchObject({ status: 200, resolved: 1 });
	});
});
