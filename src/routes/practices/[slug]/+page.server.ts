import { error, redirect } from '@sveltejs/kit';
import { inLanguageOfAddress } from '$lib/domain/locale-path';
import { m } from '$lib/paraglide/messages.js';
import { mergedPracticeTarget, publishedPractice } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// Drafts are the secretariat's work in progress: to the public they do not exist.
	const detail = await publishedPractice(locals.app.db, params.slug);
	if (!detail) {
		// A duplicate merged into another practice: its old address leads, for good, to the one kept.
		const target = await mergedPracticeTarget(locals.app.db, params.slug);
		if (target) redirect(301, inLanguageOfAddress(url, `/practices/${target}`));
		error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	}
	const { createdAt: _createdAt, updatedAt: _updatedAt, ...practice } = detail.practice;
	return { ...detail, practice };
};
