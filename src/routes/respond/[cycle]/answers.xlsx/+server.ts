import { canSeeSection } from '$lib/domain/response-access';
import { buildResponseWorkbook, xlsxContentType } from '$lib/server/exports/response-xlsx';
import { cityById } from '$lib/server/reads/city-records';
import { loadOwnResponse } from '$lib/server/respond-guard';
import type { RequestHandler } from './$types';

/** The city's answers as a spreadsheet to fill in offline (contributors get the sections they can see). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	const { context } = view;
	const city = await cityById(locals.app.db, context.cityId);
	const definition = {
		...context.definition,
		sections: context.definition.sections.filter((section) => canSeeSection(actor, context, section.id))
	};
	const answers = Object.fromEntries(Object.entries(view.answers).map(([id, answer]) => [id, answer.value]));
	const workbook = await buildResponseWorkbook(definition, answers, {
		cityName: city?.name ?? '',
		cycleName: view.cycle.name,
		locale: locals.locale,
		// The upload compares each item with the revision the file was made from.
		madeFrom: {
			responseId: context.id,
			revisions: new Map(Object.entries(view.answers).map(([id, answer]) => [id, answer.revision]))
		}
	});
	// Slugs are already plain ASCII; cleaning them again keeps the header valid whatever they become.
	const filename = `${city?.slug ?? 'city'}-${view.cycle.slug}-answers.xlsx`.replace(/[^a-zA-Z0-9._-]/g, '-');
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': xlsxContentType,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
