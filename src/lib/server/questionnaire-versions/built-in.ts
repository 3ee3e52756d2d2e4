import { questionnaireVersions as builtInVersions } from '$lib/domain/questionnaire/versions';
import type { Database } from '../db';
import { questionnaireVersions } from '../db/schema';

/**
 * Puts the versions written in TypeScript into the table, frozen, at every start: a version added to the code
 * appears in the editor and the cycle form, and a row already there (possibly used by cycles) is never
 * overwritten, so a corrected built-in version must come under a new version name.
 */
export async function loadBuiltInVersions(db: Database): Promise<void> {
	await db
		.insert(questionnaireVersions)
		.values(
			builtInVersions.map((definition) => ({
				version: definition.version,
				title: definition.title.en,
				definition,
				status: 'frozen' as const,
				requiredLocales: ['en']
			}))
		)
		.onConflictDoNothing({ target: questionnaireVersions.version });
}
