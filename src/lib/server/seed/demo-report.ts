import { and, count, eq } from 'drizzle-orm';
import { defaultOutline } from '$lib/domain/report/parts';
import type { Database } from '../db';
import { cycles, reportSectionHistory, reportSections } from '../db/schema';
import { demoReportChapters } from './demo-report-chapters';
import { isPublishedCycle } from '../public/published-cycles';

/**
 * Gives each published demo cycle its report: the default outline with the demo's introduction and closing
 * chapter. The rows are written directly rather than through the report commands, because those refuse to
 * change a published cycle's report. Idempotent: a cycle that already has sections (seeded earlier, or
 * rebuilt by the secretariat) is left as it is. Returns the number of reports added.
 */
export async function seedDemoReports(db: Database): Promise<number> {
	let added = 0;
	for (const [slug, chapters] of Object.entries(demoReportChapters)) {
		const created = await db.transaction(async (tx) => {
			const [cycle] = await tx
				.select({ id: cycles.id })
				.from(cycles)
				.where(and(eq(cycles.slug, slug), isPublishedCycle()))
				.for('update');
			if (!cycle) return false;
			const [existing] = await tx
				.select({ sections: count() })
				.from(reportSections)
				.where(eq(reportSections.cycleId, cycle.id));
			if (existing && existing.sections > 0) return false;

			const outline = defaultOutline({
				introduction: chapters.introduction.title,
				conclusions: chapters.conclusions.title
			});
			// The outline's first chapter is the introduction and its last the conclusions.
			const bodies = [chapters.introduction.body, chapters.conclusions.body];
			let chapterIndex = 0;
			const inserted = await tx
				.insert(reportSections)
				.values(
					outline.map((section, index) => ({
						cycleId: cycle.id,
						position: (index + 1) * 10,
						kind: section.kind,
						title: section.title,
						body: section.kind === 'chapter' ? (bodies[chapterIndex++] ?? '') : ''
					}))
				)
				.returning({
					id: reportSections.id,
					kind: reportSections.kind,
					title: reportSections.title,
					body: reportSections.body
				});
			const written = inserted.filter((section) => section.kind === 'chapter');
			await tx.insert(reportSectionHistory).values(
				written.map((chapter) => ({
					sectionId: chapter.id,
					cycleId: cycle.id,
					title: chapter.title,
					body: chapter.body,
					version: 1
				}))
			);
			return true;
		});
		if (created) added++;
	}
	return added;
}
