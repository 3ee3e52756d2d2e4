import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails listing every violation. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const report = results.violations.map((violation) => {
		const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
		return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
	});
	expect(report, `accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}
