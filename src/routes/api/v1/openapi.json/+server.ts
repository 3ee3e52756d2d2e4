import { openApiDocument } from '$lib/server/api/openapi';
import { resultsPaths, resultsSchemas } from '$lib/server/api/openapi-results';
import { apiJson } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => apiJson(openApiDocument(resultsPaths, resultsSchemas));
