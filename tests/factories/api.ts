import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AppContext } from '$lib/server/app';

type Handler = (event: never) => Response | Promise<Response>;

/**
 * Calls an API route's handler as SvelteKit would for `path`, with the test's application context: the same
 * code as over HTTP, without a server.
 */
export async function callApi(
	app: AppContext,
	handler: Handler,
	path: string,
	params: Record<string, string> = {}
): Promise<{ status: number; body: unknown; headers: Headers }> {
	const url = new URL(path, 'http://localhost:4173');
	const event = { locals: { app, user: null, locale: 'en' }, url, params, request: new Request(url) };
	const response = await handler(event as never);
	return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Checks answers against the schemas of the OpenAPI document itself, so the description cannot drift. */
export function schemaChecker(document: object) {
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	ajv.addSchema(document, 'openapi');
	return (schemaName: string, value: unknown): string[] => {
		const validate = ajv.getSchema(`openapi#/components/schemas/${schemaName}`);
		if (!validate) throw new Error(`no schema ${schemaName}`);
		return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
	};
}
