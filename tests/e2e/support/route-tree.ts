import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * The route tree under src/routes, walked from the files (not a list written by hand), and real demo values
 * for its parameters: used by the access walk and by the layout journeys that visit every page family.
 */

export const ROUTES = join(process.cwd(), 'src', 'routes');

export interface Route {
	/** `/admin/cycles/[cycle]`, without (groups). */
	id: string;
	page: boolean;
	endpoint: boolean;
	actions: string[];
	/** Layouts above the page plus the page: how many nodes its `__data.json` has. */
	nodes: number;
}

/** The keys of `export const actions = { … }`, one per line at the first indentation. */
function actionNames(source: string): string[] {
	const start = source.search(/export const actions\b[^=]*=\s*\{/);
	if (start < 0) return [];
	const rest = source.slice(start);
	const block = rest.slice(0, rest.search(/^\};?\s*$/m));
	return [...block.matchAll(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*[:(]/gm)].flatMap((match) =>
		match[1] ? [match[1]] : []
	);
}

export function walk(dir: string, segments: string[], layouts: number): Route[] {
	const files = readdirSync(dir, { withFileTypes: true });
	const has = (name: string) => files.some((file) => file.isFile() && file.name === name);
	const depth = layouts + (['+layout.svelte', '+layout.server.ts', '+layout.ts'].some(has) ? 1 : 0);
	const page = ['+page.svelte', '+page.server.ts', '+page.ts'].some(has);
	const routes: Route[] = [];
	if (page || has('+server.ts')) {
		const server = join(dir, '+page.server.ts');
		routes.push({
			id: '/' + segments.filter((segment) => !/^\(.*\)$/.test(segment)).join('/'),
			page,
			endpoint: has('+server.ts'),
			actions: existsSync(server) ? actionNames(readFileSync(server, 'utf8')) : [],
			nodes: depth + 1
		});
	}
	for (const file of files) {
		if (file.isDirectory()) routes.push(...walk(join(dir, file.name), [...segments, file.name], depth));
	}
	return routes;
}

/** Real values for each route parameter, from the demo data; Ghent's records stand for another city's. */
export async function parameterValues(secretariat: APIRequestContext, coordinator: APIRequestContext) {
	const text = async (context: APIRequestContext, path: string) => (await context.get(path)).text();
	const cycles = (await (await secretariat.get('/api/v1/cycles')).json()) as { items: { slug: string }[] };
	// The latest published cycle, which has a report with chapters.
	const published =
		cycles.items
			.map((cycle) => cycle.slug)
			.sort()
			.at(-1) ?? '2018-2020';
	const practices = (await (await secretariat.get('/api/v1/practices?limit=1')).json()) as {
		items: { slug: string }[];
	};
	const firstMatch = (html: string, pattern: RegExp, fallback: string) => pattern.exec(html)?.[1] ?? fallback;
	const practiceId = firstMatch(
		await text(secretariat, '/admin/practices'),
		/\/admin\/practices\/(\d+)/,
		'1'
	);
	const chapterId = firstMatch(
		await text(secretariat, `/admin/cycles/${published}/report`),
		/\/report\/chapters\/(\d+)/,
		'1'
	);
	const candidate = firstMatch(
		await text(secretariat, '/admin/practices/candidates'),
		/new\?response=(\d+)/,
		'1'
	);
	const section = firstMatch(
		await text(coordinator, '/respond/2024-2026'),
		/\/respond\/2024-2026\/([a-z-]+)"/,
		'employer'
	);
	// An indicator the latest published cycle has figures for (its report links to every city's figure).
	const indicators = (await (await secretariat.get(`/api/v1/cycles/${published}/indicators`)).json()) as {
		items?: { id: string }[];
	};
	const indicator = indicators.items?.[0]?.id ?? 'no-such-indicator';
	// The map of cities as a file: its address names its content, so it is read from the page.
	const cityMap = firstMatch(await text(secretariat, '/cities'), /\/map\/(cities-[^"]+\.svg)"/, 'cities.svg');
	return {
		cityMap,
		indicator,
		published,
		practiceSlug: practices.items[0]?.slug ?? 'x',
		practiceId,
		chapterId,
		candidate,
		section
	};
}

export type Values = Awaited<ReturnType<typeof parameterValues>>;

/** Each route with its parameters filled in, sometimes in several ways (Helsinki's and Ghent's). */
export function paths(route: Route, values: Values): string[] {
	const options = (name: string, id: string): string[] => {
		switch (name) {
			case 'slug':
				if (id.includes('practices')) return [values.practiceSlug];
				if (id.includes('cycles')) return [values.published];
				return ['helsinki', 'ghent'];
			case 'city':
				return ['helsinki', 'ghent'];
			case 'cycle':
				return id.startsWith('/admin') || id.startsWith('/respond')
					? ['2024-2026', values.published]
					: [values.published];
			case 'section':
				return [values.section];
			case 'item':
				return ['c1-rating'];
			case 'id':
				return [id.includes('chapters') ? values.chapterId : values.practiceId];
			case 'file':
				return [values.cityMap];
			case 'indicator':
				return [values.indicator];
			case 'fileId':
				return ['1'];
			case 'version':
				// A built-in questionnaire version, loaded into the table at every start.
				return ['charter-2026.1'];
			case 'token':
				return ['no-such-token'];
			default:
				throw new Error(`${id}: no demo value for the parameter [${name}]; add one to this walk`);
		}
	};
	let filled = [route.id];
	for (const [, name = ''] of route.id.matchAll(/\[([^\]]+)\]/g)) {
		filled = filled.flatMap((path) =>
			options(name, route.id).map((value) => path.replace(`[${name}]`, value))
		);
	}
	if (route.id === '/admin/practices/new')
		filled.push(`/admin/practices/new?response=${values.candidate}&row=1`);
	return filled;
}
