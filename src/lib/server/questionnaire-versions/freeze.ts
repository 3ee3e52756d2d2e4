import { and, eq } from 'drizzle-orm';
import { definitionSchema, type Definition } from '$lib/domain/questionnaire/definition';
import { missingRequiredTexts } from '$lib/domain/questionnaire-editor/translations';
import type { Locale } from '$lib/domain/locale';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { questionnaireVersions } from '../db/schema';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A stored version's definition, read back through the schema like any other input. */
export async function storedDefinition(
	db: Database | Tx,
	version: string
): Promise<{ definition: Definition; requiredLocales: string[]; status: 'draft' | 'frozen' } | null> {
	const [row] = await db
		.select()
		.from(questionnaireVersions)
		.where(eq(questionnaireVersions.version, version));
	if (!row) return null;
	return {
		definition: definitionSchema.parse(row.definition),
		requiredLocales: row.requiredLocales,
		status: row.status
	};
}

/**
 * Freezes a version once a cycle is created or opened with it: cities answer that snapshot, so the version
 * can never change again (a new version is a copy). Audited once, when it actually changes.
 */
export async function freezeVersion(tx: Tx, actorId: string, version: string): Promise<void> {
	const frozen = await tx
		.update(questionnaireVersions)
		.set({ status: 'frozen', updatedAt: new Date() })
		.where(and(eq(questionnaireVersions.version, version), eq(questionnaireVersions.status, 'draft')))
		.returning({ version: questionnaireVersions.version });
	if (frozen.length)
		await writeAudit(tx, {
			actorId,
			action: 'questionnaire_version.frozen',
			subjectType: 'questionnaire_version',
			subjectId: version,
			before: { status: 'draft' },
			after: { status: 'frozen' }
		});
}

/** The required languages a version's texts still lack; a cycle cannot open with it until none. */
export async function missingTranslationsOf(
	tx: Tx,
	version: string,
	snapshot: Definition
): Promise<{ locale: Locale; count: number }[]> {
	const [row] = await tx
		.select({ requiredLocales: questionnaireVersions.requiredLocales })
		.from(questionnaireVersions)
		.where(eq(questionnaireVersions.version, version));
	return missingRequiredTexts(snapshot, row?.requiredLocales ?? ['en']);
}
