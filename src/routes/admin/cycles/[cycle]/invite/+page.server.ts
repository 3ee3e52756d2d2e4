import { m } from '$lib/paraglide/messages.js';
import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import { currentStatusText } from '$lib/server/i18n/cycle-status-text';
import { error, fail } from '@sveltejs/kit';
import { inviteSchema } from '$lib/domain/cycle-forms';
import { inviteSelection, matchesFilter } from '$lib/domain/invite-selection';
import { translator } from '$lib/server/i18n/translator';
import { inviteCities } from '$lib/server/commands/invite-cities';
import { requireSecretariat } from '$lib/server/guards';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';
import { inviteChecklist } from '$lib/server/reads/cycle-invitations';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts(cycle: { name: string; status: CycleStatus }) {
	return {
		title: m.cycles_inviteTitle({ cycle: cycle.name }),
		backToCycle: m.cycles_backToCycle({ cycle: cycle.name }),
		currentStatus: currentStatusText(cycle.status),
		cityPeople_invitedNotYet: m.cityPeople_invitedNotYet(),
		cycles_alreadyInvited: m.cycles_alreadyInvited(),
		cycles_citiesLegend: m.cycles_citiesLegend(),
		cycles_goToSettings: m.cycles_goToSettings(),
		cycles_inviteButton: m.cycles_inviteButton(),
		cycles_inviteCoordinatorLink: m.cycles_inviteCoordinatorLink(),
		cycles_inviteLead: m.cycles_inviteLead(),
		cycles_inviteNotOpen: m.cycles_inviteNotOpen(),
		cycles_noCoordinator: m.cycles_noCoordinator(),
		cycles_others: m.cycles_others(),
		cycles_signatories: m.cycles_signatories(),
		steps_inviteAnyCountry: m.steps_inviteAnyCountry(),
		steps_inviteCountry: m.steps_inviteCountry(),
		steps_inviteFilter: m.steps_inviteFilter(),
		steps_inviteFilterLegend: m.steps_inviteFilterLegend(),
		steps_inviteHint: m.steps_inviteHint(),
		steps_inviteName: m.steps_inviteName(),
		steps_inviteNoMatch: m.steps_inviteNoMatch(),
		steps_inviteSelectNone: m.steps_inviteSelectNone(),
		steps_inviteShowAll: m.steps_inviteShowAll()
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await cycleBySlug(locals.app.db, params.cycle);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	const all = cycle.status === 'open' ? await inviteChecklist(locals.app.db, cycle.id) : [];
	const { filter, ticked } = inviteSelection(url.searchParams, all);
	const countries = [...new Set(all.map((city) => city.countryCode))].sort();
	const cities = all.map((city) => ({ ...city, shown: matchesFilter(city, filter) }));
	return { cycle, cities, filter, ticked: ticked.map(String), countries, texts: pageTexts(cycle) };
};

export const actions = withShownTexts({
	default: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await cycleBySlug(locals.app.db, params.cycle);
		if (!cycle) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
		const ticked = (await request.formData())
			.getAll('city')
			.filter((v): v is string => typeof v === 'string');
		const parsed = inviteSchema.safeParse(ticked);
		if (!parsed.success) return fail(422, { ticked, errors: { cities: 'cycles.chooseCities' } });
		const result = await inviteCities(
			{ db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin },
			actor,
			cycle.id,
			parsed.data
		);
		if (result.ok) return { result };
		if (result.reason === 'unknown_city')
			return fail(409, { ticked, errors: { cities: 'cycles.unknownCity' } });
		// Closed meanwhile (or not found): the page loads again and explains.
		return fail(409, { ticked, errors: { cities: 'cycles.inviteNotOpen' } });
	}
} satisfies Actions);
