import {
	cityFilterChoices,
	listAdminPractices,
	parseAdminPracticeFilter,
	type AdminPracticeFilter
} from '$lib/server/reads/admin-practices';
import type { PageServerLoad } from './$types';

function filterHref(filter: AdminPracticeFilter, page: number): string {
	const params = new URLSearchParams();
	if (filter.status !== 'all') params.set('status', filter.status);
	if (filter.city) params.set('city', filter.city);
	if (filter.q) params.set('q', filter.q);
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `/admin/practices?${search}` : '/admin/practices';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = parseAdminPracticeFilter(url.searchParams);
	const list = await listAdminPractices(locals.app.db, filter);
	return {
		filter,
		list,
		cities: await cityFilterChoices(locals.app.db),
		previousHref: list.page > 1 ? filterHref(filter, list.page - 1) : null,
		nextHref: list.page < list.pages ? filterHref(filter, list.page + 1) : null
	};
};
