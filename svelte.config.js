import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Test builders and fast-check arbitraries live with the tests, not in the application's code.
		alias: { '$test-support': 'tests/support' },
		// The server tells the browser which page an address is when it navigates, so no page downloads the list
		// of every route and page (about 2 KB compressed on every page, decision 26).
		router: { resolution: 'server' },
		// SvelteKit adds the hashes of its own inline scripts, so no 'unsafe-inline' script is needed. Hashes, not
		// nonces: a public page is served again from its rendered HTML, and a nonce sent twice is no nonce.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
