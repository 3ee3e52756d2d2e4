// One set of compiler options for the Vite plugin (build, dev, vitest) and for `npm run i18n:compile` (what
// svelte-check and a fresh clone need before Vite has run). See docs/decisions/0026-paraglide-messages.md.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The locale is OUR decision (hooks: URL, cookie, Accept-Language → locals.locale); Paraglide only reads it
	// through overwriteGetLocale (src/lib/server/i18n/reader-locale.ts, src/lib/i18n/page-locale.ts). With the
	// base locale as its only strategy, Paraglide never reads or writes a cookie or the URL itself.
	strategy: ['baseLocale'],
	// Lets Vite drop the server-only branches from the browser bundle; outside Vite (the browser journeys read
	// questionnaire content through plain Node) there is no import.meta.env, and no window either.
	isServer: "(import.meta.env ? import.meta.env.SSR : typeof window === 'undefined')",
	// The language comes from SvelteKit's request context, not from Paraglide's middleware.
	disableAsyncLocalStorage: true,
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	emitReadme: false
};
