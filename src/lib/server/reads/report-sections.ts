import { and, asc, eq } from 'drizzle-orm';
import type { SectionKind, StoredSection } from '$lib/domain/report/parts';
import type { Database } from '../db';
import { reportSections } from '../db/schema';

const sectionColumns = {
	id: reportSections.id,
	kind: reportSections.kind,
	title: reportSections.title,
	body: reportSections.body,
	language: reportSections.language,
	version: reportSections.version
};

/** A cycle's report sections in report order; empty when the report has not been started. */
export async function reportSectionsOf(db: Database, cycleId: number): Promise<StoredSection[]> {
	const rows = await db
		.select(sectionColumns)
		.from(reportSections)
		.where(eq(reportSections.cycleId, cycleId))
		.orderBy(asc(reportSections.position), asc(reportSections.id));
	return rows.map((row) => ({ ...row, kind: row.kind as SectionKind }));
}

/** One section of a cycle's report, or null when it is not part of that cycle's report. */
export async function reportSection(
	db: Database,
	cycleId: number,
	sectionId: number
): Promise<StoredSection | null> {
	const sections = await db
		.select(sectionColumns)
		.from(reportSections)
		.where(and(eq(reportSections.cycleId, cycleId), eq(reportSections.id, sectionId)));
	const [row] = sections;
	return row ? { ...row, kind: row.kind as SectionKind } : null;
}
