import { eq } from 'drizzle-orm';
import {
	coreProtectionIssues,
	coreRewordings,
	type CoreIssue
} from '$lib/domain/questionnaire-editor/core-protection';
import type { EditProblem, EditResult } from '$lib/domain/questionnaire-editor/edits';
import { definitionSchema, type Definition } from '$lib/domain/questionnaire/definition';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { questionnaireVersions } from '../db/schema';

/** One problem the whole-definition check found, where it is ('sections.3.items.1.label') and what. */
export interface DefinitionIssue {
	path: string;
	message: string;
}

export type EditVersionResult =
	| { ok: true; revision: number }
	| { ok: false; error: 'forbidden' | 'not_found' | 'frozen' }
	/** The page showed an older revision: someone saved meanwhile. */
	| { ok: false; error: 'stale'; revision: number }
	| { ok: false; error: 'edit'; problem: EditProblem }
	| { ok: false; error: 'invalid'; issues: DefinitionIssue[] }
	| { ok: false; error: 'core'; issues: CoreIssue[] };

/** What the audit trail records of a change: the action and a short description of what changed. */
export interface EditAudit {
	kind: keyof typeof editActions;
	detail: Record<string, unknown>;
}

/** Every kind of change the editor makes, each with its sentence in auditSentences.ts. */
export const editActions = {
	moduleAdded: 'questionnaire_version.module_added',
	sectionAdded: 'questionnaire_version.section_added',
	sectionChanged: 'questionnaire_version.section_changed',
	sectionMoved: 'questionnaire_version.section_moved',
	sectionRemoved: 'questionnaire_version.section_removed',
	itemAdded: 'questionnaire_version.item_added',
	itemChanged: 'questionnaire_version.item_changed',
	itemMoved: 'questionnaire_version.item_moved',
	itemRemoved: 'questionnaire_version.item_removed',
	translated: 'questionnaire_version.translated'
} as const;

/**
 * Applies one change to a draft version. Refused when the version is frozen or the person's page showed an
 * older revision; otherwise the changed definition is checked against the protected core of the version it
 * was copied from (first: its message is the one that matters when a core rating is removed), then whole by
 * `definitionSchema`, and saved with the next revision. A changed wording
 * of a core rating is recorded in the audit entry.
 */
export async function editQuestionnaireVersion(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	version: string,
	seenRevision: number,
	edit: (definition: Definition) => EditResult,
	audit: EditAudit
): Promise<EditVersionResult> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(questionnaireVersions)
			.where(eq(questionnaireVersions.version, version))
			.for('update');
		if (!row) return { ok: false, error: 'not_found' } as const;
		if (row.status === 'frozen') return { ok: false, error: 'frozen' } as const;
		if (row.revision !== seenRevision) return { ok: false, error: 'stale', revision: row.revision } as const;
		const edited = edit(definitionSchema.parse(row.definition));
		if (!edited.ok) return { ok: false, error: 'edit', problem: edited.problem } as const;
		const source = row.copiedFrom ? await sourceDefinition(tx, row.copiedFrom) : null;
		const core = source ? coreProtectionIssues(edited.definition, source) : [];
		if (core.length) return { ok: false, error: 'core', issues: core } as const;
		const parsed = definitionSchema.safeParse({ ...edited.definition, version });
		if (!parsed.success)
			return {
				ok: false,
				error: 'invalid',
				issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
			} as const;
		const reworded = source ? coreRewordings(parsed.data, source) : [];
		const revision = row.revision + 1;
		await tx
			.update(questionnaireVersions)
			.set({ definition: parsed.data, title: parsed.data.title.en, revision, updatedAt: new Date() })
			.where(eq(questionnaireVersions.version, version));
		await writeAudit(tx, {
			actorId: actor.id,
			action: editActions[audit.kind],
			subjectType: 'questionnaire_version',
			subjectId: version,
			before: { revision: row.revision },
			after: { revision, ...audit.detail, ...(reworded.length ? { coreReworded: reworded } : {}) }
		});
		return { ok: true, revision } as const;
	});
}

async function sourceDefinition(
	tx: Parameters<Parameters<Database['transaction']>[0]>[0],
	version: string
): Promise<Definition | null> {
	const [row] = await tx
		.select({ definition: questionnaireVersions.definition })
		.from(questionnaireVersions)
		.where(eq(questionnaireVersions.version, version));
	return row ? definitionSchema.parse(row.definition) : null;
}
