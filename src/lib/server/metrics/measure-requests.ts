import type { Handle } from '@sveltejs/kit';
import { requestSeconds } from './registry';

/**
 * Times every request the app answers, labelled by its route id (`/reports/[cycle]`), so that ten thousand
 * cities make one series per route, not one per address. A request no route matches counts as `(none)`;
 * one that threw counts with status 500.
 */
export const measureRequests: Handle = async ({ event, resolve }) => {
	const stop = requestSeconds.startTimer({
		route: event.route.id ?? '(none)',
		method: event.request.method
	});
	try {
		const response = await resolve(event);
		stop({ status: String(response.status) });
		return response;
	} catch (error) {
		stop({ status: '500' });
		throw error;
	}
};
