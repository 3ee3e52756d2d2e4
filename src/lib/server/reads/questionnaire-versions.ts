import { asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { definitionSchema, type Definition, type LocalizedText } from '$lib/domain/questionnaire/definition';
import type { Database } from '../db';
import { cycles, questionnaireVersions } from '../db/schema';

export interface VersionSummary {
	version: string;
	title: string;
	status: 'draft' | 'frozen';
	copiedFrom: string | null;
	updatedAt: Date;
	cycles: { name: string; slug: string }[];
}

/** Every questionnaire version, newest first, with the cycles that used it (the editor's list). */
export async function listQuestionnaireVersions(db: Database): Promise<VersionSummary[]> {
	const rows = await db
		.select({
			version: questionnaireVersions.version,
			title: questionnaireVersions.title,
			status: questionnaireVersions.status,
			copiedFrom: questionnaireVersions.copiedFrom,
			updatedAt: questionnaireVersions.updatedAt
		})
		.from(questionnaireVersions)
		.orderBy(desc(questionnaireVersions.version));
	const used = await db
		.select({ version: cycles.questionnaireVersion, name: cycles.name, slug: cycles.slug })
		.from(cycles)
		.where(isNotNull(cycles.questionnaireVersion))
		.orderBy(asc(cycles.periodStart));
	return rows.map((row) => ({
		...row,
		cycles: used.filter((cycle) => cycle.version === row.version).map(({ name, slug }) => ({ name, slug }))
	}));
}

/** The choices of the cycle form: each version's name and title, without the whole definition. */
export async function questionnaireVersionChoices(
	db: Database
): Promise<{ version: string; title: LocalizedText }[]> {
	return db
		.select({
			version: questionnaireVersions.version,
			title: sql<LocalizedText>`${questionnaireVersions.definition} -> 'title'`
		})
		.from(questionnaireVersions)
		.orderBy(desc(questionnaireVersions.version));
}

export interface StoredVersion {
	version: string;
	definition: Definition;
	status: 'draft' | 'frozen';
	copiedFrom: string | null;
	requiredLocales: string[];
	revision: number;
}

/** One version with its definition, or null. */
export async function questionnaireVersion(db: Database, version: string): Promise<StoredVersion | null> {
	const [row] = await db
		.select()
		.from(questionnaireVersions)
		.where(eq(questionnaireVersions.version, version));
	if (!row) return null;
	return {
		version: row.version,
		definition: definitionSchema.parse(row.definition),
		status: row.status,
		copiedFrom: row.copiedFrom,
		requiredLocales: row.requiredLocales,
		revision: row.revision
	};
}
