import { and, eq } from 'drizzle-orm';
import type { Locale } from '$lib/domain/locale';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { questionnaireVersions } from '../db/schema';

/**
 * Marks the interface languages whose texts must be complete before a cycle opens with a draft version.
 * English is always among them. Refused for a frozen version and on a stale revision.
 */
export async function setRequiredLanguages(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	version: string,
	seenRevision: number,
	languages: Locale[]
): Promise<
	| { ok: true }
	| { ok: false; error: 'forbidden' | 'not_found' | 'frozen' }
	| { ok: false; error: 'stale'; revision: number }
> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	const required = [...new Set<string>(['en', ...languages])];
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(questionnaireVersions)
			.where(eq(questionnaireVersions.version, version))
			.for('update');
		if (!row) return { ok: false, error: 'not_found' } as const;
		if (row.status === 'frozen') return { ok: false, error: 'frozen' } as const;
		if (row.revision !== seenRevision) return { ok: false, error: 'stale', revision: row.revision } as const;
		await tx
			.update(questionnaireVersions)
			.set({ requiredLocales: required, revision: row.revision + 1, updatedAt: new Date() })
			.where(
				and(eq(questionnaireVersions.version, version), eq(questionnaireVersions.revision, row.revision))
			);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'questionnaire_version.languages_required',
			subjectType: 'questionnaire_version',
			subjectId: version,
			before: { requiredLocales: row.requiredLocales },
			after: { requiredLocales: required }
		});
		return { ok: true } as const;
	});
}
