// What bench/report.js needs from the application, bundled by esbuild into one ES module: the report as every
// view builds it, the results API's own handler, the default outline, and the database they run on.
export { openDatabase } from '$lib/server/db';
export { publishedReportDocument } from '$lib/server/public';
export { defaultOutline } from '$lib/domain/report/parts';
export { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
export { GET as resultsHandler } from '../src/routes/api/v1/cycles/[slug]/results/+server';
