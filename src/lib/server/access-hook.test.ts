import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { decideAccess } from './access-hook';
import { log } from './log';

vi.mock('./log', () => ({ log: { error: vi.fn() } }));

type HandleInput = Parameters<typeof decideAccess>[0];

const helsinki: SignedInUser = {
	id: 'u1',
	name: 'Coordinator',
	email: 'c@example.org',
	role: 'coordinator',
	cityId: 1
};
const secretariat: SignedInUser = { ...helsinki, role: 'secretariat', cityId: null };

function call(
	path: string,
	options: {
		user?: SignedInUser | null;
		method?: string;
		headers?: Record<string, string>;
		data?: boolean;
		route?: string | null;
		answer?: Response;
	} = {}
) {
	const url = new URL(`http://localhost${path}`);
	const event = {
		url,
		request: new Request(url, { method: options.method ?? 'GET', headers: options.headers }),
		route: { id: options.route === undefined ? url.pathname : options.route },
		isDataRequest: options.data ?? false,
		locals: { user: options.user ?? null, locale: 'en' }
	} as unknown as RequestEvent;
	const resolve = vi.fn(async () => options.answer ?? new Response('page data', { status: 200 }));
	return { resolve, response: decideAccess({ event, resolve } as unknown as HandleInput) };
}

describe('decideAccess', () => {
	it('lets the secretariat into /admin and everyone into the public areas', async () => {
		const admin = call('/admin/people', { user: secretariat });
		expect((await admin.response).status).toBe(200);
		const charter = call('/charter');
		expect((await charter.response).status).toBe(200);
		expect(charter.resolve).toHaveBeenCalledOnce();
	});

	it('sends the signed-out to sign in without running the page, in the form requireUser does', async () => {
		const page = call('/admin/people?page=2');
		const response = await page.response;
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/sign-in?next=%2Fadmin%2Fpeople%3Fpage%3D2');
		expect(page.resolve).not.toHaveBeenCalled();

		const form = call('/respond/2024-2026/employer?/save', { method: 'POST' });
		expect((await form.response).headers.get('location')).toBe(
			'/sign-in?next=%2Frespond%2F2024-2026%2Femployer%3F%2Fsave'
		);
	});

	it('answers data requests and enhanced actions of the signed-out with a JSON redirect', async () => {
		const data = call('/admin/people', { data: true });
		expect(await (await data.response).json()).toEqual({
			type: 'redirect',
			location: '/sign-in?next=%2Fadmin%2Fpeople'
		});
		const action = call('/respond/x/employer?/save', {
			method: 'POST',
			headers: { 'x-sveltekit-action': 'true' }
		});
		expect(await (await action.response).json()).toMatchObject({ type: 'redirect', status: 303 });
		expect(data.resolve).not.toHaveBeenCalled();
		expect(action.resolve).not.toHaveBeenCalled();
	});

	it('refuses the wrong role’s data, actions and files with a 403 and no data', async () => {
		for (const asked of [
			call('/admin/people', { user: helsinki, data: true }),
			call('/admin/people?/invite', { user: helsinki, method: 'POST' }),
			call('/admin/people?/invite', {
				user: helsinki,
				method: 'POST',
				headers: { 'x-sveltekit-action': 'true' }
			}),
			call('/respond/x/answers.xlsx', { user: secretariat })
		]) {
			const response = await asked.response;
			expect(response.status).toBe(403);
			expect(await response.text()).not.toContain('page data');
			expect(asked.resolve).not.toHaveBeenCalled();
		}
	});

	it('lets the page show its own 403 to the wrong role, and replaces any 2xx with a plain 403', async () => {
		const styled = call('/admin/people', {
			user: helsinki,
			headers: { accept: 'text/html' },
			answer: new Response('styled forbidden page', { status: 403 })
		});
		expect(await (await styled.response).text()).toBe('styled forbidden page');

		const unguarded = call('/admin/people', { user: helsinki, headers: { accept: 'text/html' } });
		const response = await unguarded.response;
		expect(response.status).toBe(403);
		expect(await response.text()).toContain('You cannot open this page');
	});

	it('refuses a route the table does not cover to everyone, and leaves unmatched paths to the 404', async () => {
		const unlisted = call('/secret', { user: secretariat, headers: { accept: 'text/html' } });
		expect((await unlisted.response).status).toBe(403);
		expect(unlisted.resolve).not.toHaveBeenCalled();
		expect(log.error).toHaveBeenCalledWith(
			{ path: '/secret', route: '/secret' },
			'route outside the access table refused'
		);

		const missing = call('/secret', { route: null, answer: new Response('not found', { status: 404 }) });
		expect((await missing.response).status).toBe(404);
	});
});
