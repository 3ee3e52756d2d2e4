import { eq } from 'drizzle-orm';
import { copiedAs } from '$lib/domain/questionnaire-editor/edits';
import { definitionSchema } from '$lib/domain/questionnaire/definition';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { questionnaireVersions } from '../db/schema';

export type CopyVersionResult =
	{ ok: true; version: string } | { ok: false; error: 'forbidden' | 'unknown_source' | 'version_taken' };

/** Starts a new version as a draft copy of an existing one, under a new version name. */
export async function copyQuestionnaireVersion(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	input: { source: string; version: string }
): Promise<CopyVersionResult> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	return db.transaction(async (tx) => {
		const [source] = await tx
			.select()
			.from(questionnaireVersions)
			.where(eq(questionnaireVersions.version, input.source));
		if (!source) return { ok: false, error: 'unknown_source' } as const;
		const definition = copiedAs(definitionSchema.parse(source.definition), input.version);
		const [created] = await tx
			.insert(questionnaireVersions)
			.values({
				version: input.version,
				title: definition.title.en,
				definition,
				status: 'draft',
				copiedFrom: source.version,
				requiredLocales: source.requiredLocales
			})
			.onConflictDoNothing({ target: questionnaireVersions.version })
			.returning({ version: questionnaireVersions.version });
		if (!created) return { ok: false, error: 'version_taken' } as const;
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'questionnaire_version.copied',
			subjectType: 'questionnaire_version',
			subjectId: input.version,
			before: null,
			after: { version: input.version, copiedFrom: source.version }
		});
		return { ok: true, version: input.version } as const;
	});
}
