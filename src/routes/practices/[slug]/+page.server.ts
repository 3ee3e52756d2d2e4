import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { practiceBySlug } from '$lib/server/queries/search-practices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// Drafts are the secretariat's work in progress: to the public they do not exist.
	const detail = await practiceBySlug(locals.app.db, params.slug, { publicOnly: true });
	if (!detail) error(404, translator(locals.locale)('error.notFoundTitle'));
	const { createdAt: _createdAt, updatedAt: _updatedAt, ...practice } = detail.practice;
	return { ...detail, practice };
};
