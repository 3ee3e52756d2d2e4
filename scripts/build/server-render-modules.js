// A Vite plugin: a module whose file name ends in `.server-render.ts` is what it says on the server and
// `export default null` in the browser's bundle. Why: a component the server must render (for a page posted
// without JavaScript) but the browser loads only when needed cannot be a static import of the page, and Rollup
// keeps a Svelte component it cannot prove free of side effects even when `import.meta.env.SSR` leaves it unused.
// The page takes the server's component when there is one and otherwise imports the component itself.
const SERVER_RENDER = /\.server-render\.ts$/;

/** @returns {import('vite').Plugin} */
export function serverRenderModules() {
	return {
		name: 'icm-server-render-modules',
		enforce: 'pre',
		load(id, options) {
			if (!options?.ssr && SERVER_RENDER.test(id.split('?')[0] ?? '')) return 'export default null;\n';
			return null;
		}
	};
}
