import type { APIRequestContext } from '@playwright/test';
import { BASE_URL } from './support/env';
import { expect, test } from './support/fixtures';

// Public reading pages are answered from their rendered HTML while public data stays the same (server/page-cache).
// What a reader must never notice: an old page after a change, a page in another language, someone else's page.

const english = { 'accept-language': 'en-GB,en;q=0.9' };

async function anonymous(
	request: APIRequestContext,
	path: string,
	headers: Record<string, string> = english
) {
	const response = await request.get(path, { headers, maxRedirects: 0 });
	return { response, status: response.status(), headers: response.headers(), text: await response.text() };
}

test('a public page asked again with its entity tag is answered 304, with the same headers as before', async ({
	request
}) => {
	const first = await anonymous(request, '/charter');
	expect(first.status).toBe(200);
	expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
	expect(first.headers['cache-control']).toBe('no-cache');
	expect(first.headers.vary).toBe('Accept-Language, Cookie');
	// The same security headers and policy as a page rendered for the request, never a nonce: the Charter
	// sends no script, so its policy allows no inline script at all.
	expect(first.headers['content-security-policy']).toContain("script-src 'self';");
	expect(first.headers['content-security-policy']).not.toContain('nonce-');
	expect(first.headers['x-frame-options']).toBe('DENY');
	expect(first.headers['x-content-type-options']).toBe('nosniff');

	const second = await anonymous(request, '/charter');
	expect(second.text).toBe(first.text);
	expect(second.headers.etag).toBe(first.headers.etag);
	expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);

	const revalidated = await request.get('/charter', {
		headers: { ...english, 'if-none-match': first.headers.etag ?? '' }
	});
	expect(revalidated.status()).toBe(304);
	expect(revalidated.headers().etag).toBe(first.headers.etag);
	expect(await revalidated.text()).toBe('');
});

test('after the secretariat edits a city, its public pages show the change at once', async ({
	request,
	secretariatPage
}) => {
	const before = await anonymous(request, '/cities/tampere');
	expect(before.status).toBe(200);
	// Asked twice, so the page is certainly kept before the change.
	await anonymous(request, '/cities/tampere');
	await anonymous(request, '/cities');

	const page = secretariatPage;
	await page.goto('/admin/cities/tampere');
	const population = page.getByLabel('Population');
	const original = await population.inputValue();
	try {
		await population.fill('123457');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('is saved.')).toBeVisible();

		const after = await anonymous(request, '/cities/tampere');
		expect(after.text).toContain('123,457');
		expect(after.headers.etag).not.toBe(before.headers.etag);
		// A browser holding the old page asks with its tag and gets the new page, not a 304.
		const revalidated = await request.get('/cities/tampere', {
			headers: { ...english, 'if-none-match': before.headers.etag ?? '' }
		});
		expect(revalidated.status()).toBe(200);
		expect(await revalidated.text()).toContain('123,457');
	} finally {
		await page.goto('/admin/cities/tampere');
		await page.getByLabel('Population').fill(original);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('is saved.')).toBeVisible();
	}
	expect((await anonymous(request, '/cities/tampere')).text).not.toContain('123,457');
});

test('a signed-in person never gets the kept anonymous page, and a reader signed out never gets theirs', async ({
	request,
	secretariatPage
}) => {
	const kept = await anonymous(request, '/cities');
	await anonymous(request, '/cities');
	expect(kept.text).toContain('Sign in');

	const page = secretariatPage;
	const signedIn = await page.goto('/cities');
	await expect(page.getByText('Signed in as Demo Secretariat')).toBeVisible();
	expect(signedIn?.headers()['cache-control']).toBe('private, no-store');
	// Even holding the anonymous page's tag, the signed-in person gets their own page.
	const withTag = await page.request.get('/cities', {
		headers: { 'if-none-match': kept.headers.etag ?? '' }
	});
	expect(withTag.status()).toBe(200);
	expect(await withTag.text()).toContain('Signed in as Demo Secretariat');
	expect(withTag.headers().etag).not.toBe(kept.headers.etag);

	// And the page rendered for the secretariat was not kept for anyone else.
	const after = await anonymous(request, '/cities');
	expect(after.text).not.toContain('Demo Secretariat');
	expect(after.headers.etag).toBe(kept.headers.etag);
});

test('a French reader never gets the kept English page, by Accept-Language or by the language chosen', async ({
	request,
	playwright
}) => {
	for (let i = 0; i < 2; i++) await anonymous(request, '/');
	const english = await anonymous(request, '/');
	expect(english.text).toContain('<html lang="en">');

	const byHeader = await anonymous(request, '/', { 'accept-language': 'fr-FR,fr;q=0.9' });
	expect(byHeader.text).toContain('<html lang="fr">');
	expect(byHeader.headers.etag).not.toBe(english.headers.etag);
	// The English page's tag does not make a French reader keep the English page.
	const withEnglishTag = await request.get('/', {
		headers: { 'accept-language': 'fr', 'if-none-match': english.headers.etag ?? '' }
	});
	expect(withEnglishTag.status()).toBe(200);
	expect(await withEnglishTag.text()).toContain('<html lang="fr">');

	// The language chosen on the site (a cookie) wins over the browser's, as on any page.
	const chooser = await playwright.request.newContext({
		baseURL: BASE_URL,
		extraHTTPHeaders: { 'accept-language': 'en-GB' }
	});
	try {
		await chooser.post('/language', {
			form: { locale: 'de', returnTo: '/' },
			headers: { origin: BASE_URL },
			maxRedirects: 0
		});
		for (let i = 0; i < 2; i++) {
			const german = await chooser.get('/');
			expect(await german.text()).toContain('<html lang="de">');
		}
	} finally {
		await chooser.dispose();
	}
	expect((await anonymous(request, '/')).text).toContain('<html lang="en">');
});

test('the open data API answers again from its kept JSON, 304 for a known tag, and changes when a city does', async ({
	request,
	secretariatPage
}) => {
	const first = await anonymous(request, '/api/v1/cities/tampere');
	expect(first.status).toBe(200);
	// The API's own headers, as before it was kept: JSON for any site, cached a few minutes, one tag.
	expect(first.headers['content-type']).toContain('application/json');
	expect(first.headers['access-control-allow-origin']).toBe('*');
	expect(first.headers['cache-control']).toBe('public, max-age=300');
	expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
	const second = await anonymous(request, '/api/v1/cities/tampere');
	expect(second.text).toBe(first.text);
	expect(second.headers.etag).toBe(first.headers.etag);
	expect(second.headers['content-type']).toBe(first.headers['content-type']);
	// The same JSON whatever the reader's language.
	const french = await anonymous(request, '/api/v1/cities/tampere', { 'accept-language': 'fr' });
	expect(french.headers.etag).toBe(first.headers.etag);
	const revalidated = await request.get('/api/v1/cities/tampere', {
		headers: { 'if-none-match': first.headers.etag ?? '' }
	});
	expect(revalidated.status()).toBe(304);
	expect(revalidated.headers()['cache-control']).toBe('public, max-age=300');

	const page = secretariatPage;
	await page.goto('/admin/cities/tampere');
	const population = page.getByLabel('Population');
	const original = await population.inputValue();
	try {
		await population.fill('123458');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('is saved.')).toBeVisible();
		const after = await request.get('/api/v1/cities/tampere', {
			headers: { 'if-none-match': first.headers.etag ?? '' }
		});
		expect(after.status()).toBe(200);
		expect(await after.text()).toContain('123458');
		expect(after.headers().etag).not.toBe(first.headers.etag);
	} finally {
		await page.goto('/admin/cities/tampere');
		await page.getByLabel('Population').fill(original);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('is saved.')).toBeVisible();
	}
});
