import type { Locale } from '$lib/domain/locale';
import type { AppContext } from '$lib/server/app';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** A reference a person can quote to the secretariat; the details stay in the server log. */
			id?: string;
		}
		interface Locals {
			app: AppContext;
			locale: Locale;
			user: SignedInUser | null;
		}
	}

	interface SignedInUser {
		id: string;
		name: string;
		email: string;
		role: 'secretariat' | 'coordinator' | 'contributor' | null;
		cityId: number | null;
	}
}

export {};
