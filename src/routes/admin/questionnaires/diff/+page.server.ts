import { z } from 'zod';
import { diffVersions } from '$lib/domain/questionnaire-editor/diff';
import { requireSecretariat } from '$lib/server/guards';
import { listQuestionnaireVersions } from '$lib/server/reads/questionnaire-versions';
import { versionOrNotFound } from '$lib/server/questionnaire-version-form';
import type { PageServerLoad } from './$types';

const pairSchema = z.object({ from: z.string().min(1), to: z.string().min(1) });

/** What changed between two versions (`?from=&to=`). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	const versions = await listQuestionnaireVersions(locals.app.db);
	const pair = pairSchema.safeParse({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
	if (!pair.success) return { versions, pair: null, diff: null };
	const from = await versionOrNotFound(locals, pair.data.from);
	const to = await versionOrNotFound(locals, pair.data.to);
	return { versions, pair: pair.data, diff: diffVersions(from.definition, to.definition) };
};
