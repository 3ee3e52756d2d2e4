import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { keptSubmissions } from '$lib/server/db/schema';
import { FORM_OWNER_COOKIE, formOwnerCookieValue } from '$lib/server/form-owner';
import { keepFormsOfEndedSessions } from '$lib/server/kept-forms-hook';
import {
	findKeptSubmission,
	KEPT_COOKIE,
	keepSubmission,
	keptSubmissionLimits
} from '$lib/server/kept-submissions';
import { actions, load } from '../../src/routes/kept/[token]/+page.server';
import { buildCity, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const ACTION = '/respond/2024-2026/policy?/save';
const signInRedirect = () =>
	new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(ACTION)}` } });

describe(`forms sent after the session ended, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cookieJar: Map<string, string>;
	let coordinator: SignedInUser;
	let colleague: SignedInUser;

	const cookies = {
		get: (name: string) => cookieJar.get(name),
		delete: (name: string) => void cookieJar.delete(name),
		serialize: (name: string, value: string, options: { maxAge: number }) =>
			`${name}=${value}; Max-Age=${options.maxAge}`
	};
	const formPost = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
		new Request(`http://localhost${path}`, { method: 'POST', body: new URLSearchParams(fields), headers });
	/** The browser where `person` was signed in: it carries their signed form-owner cookie. */
	const browserOf = (person: SignedInUser) =>
		cookieJar.set(FORM_OWNER_COOKIE, formOwnerCookieValue(app.secret, person.id));
	/** Runs the hook for `request` as SvelteKit would, with `answer` standing for the page's own answer. */
	const send = (request: Request, user: unknown, answer: () => Response) =>
		keepFormsOfEndedSessions({
			event: { request, url: new URL(request.url), locals: { app, user, locale: 'en' }, cookies },
			resolve: async () => {
				await request.formData();
				return answer();
			}
		} as never);
	const keptCount = async () => (await app.db.select({ n: count() }).from(keptSubmissions))[0]!.n;
	const pageOf = (token: string, user = coordinator) =>
		load({
			locals: { app, user, locale: 'en' },
			cookies,
			params: { token },
			url: new URL(`http://localhost/kept/${token}`)
		} as never) as Promise<{ kept: { action: string; texts: string[]; fields: [string, string][] } | null }>;

	beforeAll(async () => {
		app = await createTestApp();
		const city = await buildCity(app);
		const asUser = async (role: 'coordinator' | 'contributor') => {
			const { id, email } = await buildPerson(app, role, city.id);
			return { id, email, name: email, role, cityId: city.id };
		};
		coordinator = await asUser('coordinator');
		colleague = await asUser('contributor');
	});
	afterAll(() => app.close());
	beforeEach(async () => {
		cookieJar = new Map();
		await app.db.delete(keptSubmissions);
	});

	it('keeps the text of a form that met the sign-in wall, and sends the person to sign in and back to it', async () => {
		const fields = { version: '4', 'c1-rating': 'partly', evidence: 'A new welcome desk in every district' };
		browserOf(coordinator);
		const response = await send(formPost(ACTION, fields), null, signInRedirect);
		expect(response.status).toBe(303);
		const location = new URL(response.headers.get('location')!, 'http://localhost');
		expect(location.pathname).toBe('/sign-in');
		expect(location.searchParams.get('reason')).toBe('kept');
		const token = location.searchParams.get('next')!.replace('/kept/', '');
		expect(response.headers.get('set-cookie')).toContain(`${KEPT_COOKIE}=${token}`);

		const kept = await findKeptSubmission(app.db, token, coordinator.id);
		expect(kept?.action).toBe(ACTION);
		expect(kept?.fields).toEqual(Object.entries(fields));
	});

	it('keeps nothing when the form was answered, or came from the autosave, which handles this itself', async () => {
		const ok = await send(
			formPost(ACTION, { evidence: 'Saved at once' }),
			coordinator,
			() => new Response('page')
		);
		expect(ok.status).toBe(200);
		const autosave = await send(
			formPost(ACTION, { evidence: 'Typed while signed out' }, { 'x-sveltekit-action': 'true' }),
			null,
			signInRedirect
		);
		expect(autosave.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(ACTION)}`);
		expect(await keptCount()).toBe(0);
	});

	it('keeps nothing from a browser where nobody signed in, or whose owner cookie is not ours', async () => {
		const typed = { evidence: 'Posted by someone who never signed in' };
		const anonymous = await send(formPost(ACTION, typed), null, signInRedirect);
		expect(anonymous.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(ACTION)}`);
		cookieJar.set(FORM_OWNER_COOKIE, `${coordinator.id}.forged-signature`);
		const forged = await send(formPost(ACTION, typed), null, signInRedirect);
		expect(forged.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(ACTION)}`);
		expect(await keptCount()).toBe(0);
	});

	it('shows the kept form only in the browser that sent it, to the person who sent it', async () => {
		browserOf(coordinator);
		const response = await send(
			formPost(ACTION, { version: '4', evidence: 'A new welcome desk in every district' }),
			null,
			signInRedirect
		);
		const token = new URL(response.headers.get('location')!, 'http://localhost').searchParams
			.get('next')!
			.replace('/kept/', '');
		expect((await pageOf(token)).kept).toBeNull();

		cookieJar.set(KEPT_COOKIE, token);
		// A colleague signing in on the same browser does not see it.
		expect((await pageOf(token, colleague)).kept).toBeNull();
		const page = await pageOf(token);
		expect(page.kept?.action).toBe(ACTION);
		expect(page.kept?.texts).toEqual(['A new welcome desk in every district']);
		expect(page.kept?.fields).toContainEqual(['version', '4']);
	});

	it('drops a kept form once it is sent again and answered, but not after a server error', async () => {
		const form = new FormData();
		form.append('evidence', 'Sent twice');
		const token = (await keepSubmission(app.db, coordinator.id, ACTION, form))!;
		cookieJar.set(KEPT_COOKIE, token);

		const failed = await send(
			formPost(ACTION, { evidence: 'Sent twice' }),
			coordinator,
			() => new Response(null, { status: 500 })
		);
		expect(failed.status).toBe(500);
		expect(await findKeptSubmission(app.db, token, coordinator.id)).not.toBeNull();

		const elsewhere = await send(
			formPost('/admin/cycles/new', { name: 'x' }),
			coordinator,
			() => new Response('ok')
		);
		expect(elsewhere.status).toBe(200);
		expect(await findKeptSubmission(app.db, token, coordinator.id)).not.toBeNull();

		const answered = await send(
			formPost(ACTION, { evidence: 'Sent twice' }),
			coordinator,
			() => new Response(null, { status: 409 })
		);
		expect(answered.headers.get('set-cookie')).toContain(`${KEPT_COOKIE}=; Max-Age=0`);
		expect(await findKeptSubmission(app.db, token, coordinator.id)).toBeNull();
	});

	it('discards a kept form on request', async () => {
		const form = new FormData();
		form.append('evidence', 'Not wanted after all');
		const token = (await keepSubmission(app.db, coordinator.id, ACTION, form))!;
		cookieJar.set(KEPT_COOKIE, token);
		const result = await actions.discard!({
			locals: { app, user: coordinator, locale: 'en' },
			cookies,
			params: { token },
			url: new URL(`http://localhost/kept/${token}?/discard`)
		} as never);
		expect(result).toEqual({ discarded: true, page: '/respond/2024-2026/policy' });
		expect(await keptCount()).toBe(0);
		expect(cookieJar.has(KEPT_COOKIE)).toBe(false);
	});

	it('forgets forms after a day, and keeps no more than its limit', async () => {
		const form = new FormData();
		form.append('evidence', 'Old text');
		const dayAgo = new Date(Date.now() - keptSubmissionLimits.lifetimeMs - 1000);
		const old = (await keepSubmission(app.db, coordinator.id, ACTION, form, dayAgo))!;
		expect(await findKeptSubmission(app.db, old, coordinator.id)).toBeNull();

		await app.db.insert(keptSubmissions).values(
			Array.from({ length: keptSubmissionLimits.maxKeptPerDay }, (_, i) => ({
				id: `filler-${i}`,
				action: ACTION,
				fields: [['evidence', 'x']] as [string, string][],
				skippedFiles: [],
				userId: colleague.id
			}))
		);
		expect(await keepSubmission(app.db, coordinator.id, ACTION, form)).toBeNull();
		// The day-old form was cleared on the way.
		expect(await app.db.select().from(keptSubmissions).where(eq(keptSubmissions.id, old))).toEqual([]);
		browserOf(coordinator);
		const response = await send(formPost(ACTION, { evidence: 'One too many' }), null, signInRedirect);
		expect(response.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(ACTION)}`);
	});

	it('keeps at most its limit of forms for one account, and the others still for everyone else', async () => {
		const form = new FormData();
		form.append('evidence', 'Another try');
		for (let kept = 0; kept < keptSubmissionLimits.maxKeptPerAccount; kept++) {
			expect(await keepSubmission(app.db, coordinator.id, ACTION, form)).not.toBeNull();
		}
		expect(await keepSubmission(app.db, coordinator.id, ACTION, form)).toBeNull();
		expect(await keepSubmission(app.db, colleague.id, ACTION, form)).not.toBeNull();
	});
});
