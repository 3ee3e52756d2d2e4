import { and, eq } from 'drizzle-orm';
import { defaultLocale, isLocale } from '$lib/domain/locale';
import { type Translate } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import type { Database } from './db';
import { cities, user } from './db/schema';
import type { Mailer } from './mail';

export interface MailDeps {
	db: Database;
	mailer: Mailer;
	/** The site's address, for the one link each message carries. */
	origin: string;
}

type Compose = (t: Translate, city: { name: string; slug: string }) => { subject: string; text: string };

async function cityOf(db: Database, cityId: number) {
	const [city] = await db
		.select({ name: cities.name, slug: cities.slug })
		.from(cities)
		.where(eq(cities.id, cityId));
	return city ?? { name: '', slug: '' };
}

async function send(
	deps: MailDeps,
	people: { email: string; locale: string | null }[],
	city: { name: string; slug: string },
	compose: Compose
) {
	for (const person of people) {
		const t = translator(isLocale(person.locale) ? person.locale : defaultLocale);
		await deps.mailer.send({ to: person.email, ...compose(t, city) });
	}
}

/** Each coordinator of the city, in their own language. Called after the commit: mail never undoes a change. */
export async function mailCityCoordinators(deps: MailDeps, cityId: number, compose: Compose) {
	const people = await deps.db
		.select({ email: user.email, locale: user.locale })
		.from(user)
		.where(and(eq(user.cityId, cityId), eq(user.role, 'coordinator')));
	await send(deps, people, await cityOf(deps.db, cityId), compose);
}

/** Everyone in the secretariat, each in their own language. */
export async function mailSecretariat(deps: MailDeps, cityId: number, compose: Compose) {
	const people = await deps.db
		.select({ email: user.email, locale: user.locale })
		.from(user)
		.where(eq(user.role, 'secretariat'));
	await send(deps, people, await cityOf(deps.db, cityId), compose);
}

/** The secretariat's review page of one city's response. */
export function reviewUrl(origin: string, cycleSlug: string, citySlug: string) {
	return `${origin}/admin/cycles/${cycleSlug}/responses/${citySlug}`;
}
