import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Response } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The last HTML document each page received, for pages opened with JavaScript off (see recordDocuments). */
const documents = new WeakMap<Page, Response>();

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails listing every violation: rule, help
 * text and the elements concerned. Two checks axe no longer makes are added: no id is used twice (a link to
 * `#id` or a label's `for` would land on the wrong element), and every table has a caption or a name.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const document = documents.get(page);
	const { results, own } = document ? await analyzeStatic(page, document) : await analyze(page);
	const report = results.violations.map((violation) => {
		const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
		return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
	});
	report.push(...own);
	expect(report, `accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}

/**
 * For a page whose context has JavaScript disabled, where axe cannot run: remembers every HTML document the
 * page receives, so expectNoA11yViolations checks exactly that markup (with the site's stylesheet, without
 * its scripts) in a scratch page that can run axe.
 */
export function recordDocuments(page: Page): void {
	page.on('response', (response) => {
		const status = response.status();
		if (response.frame() !== page.mainFrame() || !response.request().isNavigationRequest()) return;
		if (status >= 300 && status < 400) return;
		documents.set(page, response);
	});
}

async function analyze(page: Page) {
	// The same rules on the same elements, in less time (about half, measured on the demo pages):
	// - only the violations are reported, so axe details one element per passing or inapplicable rule instead
	//   of every one (options() replaces what withTags() set, so it comes first);
	// - legacy mode runs axe.run() in the page itself, where the default runs it per frame and then opens a
	//   blank page, injects axe again there and merges the frames' results in it. The app has no frames, and
	//   legacy mode would still test same-origin ones; it leaves out only cross-origin frames.
	const results = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(TAGS)
		.setLegacyMode()
		.analyze();
	return { results, own: await ownChecks(page) };
}

/** Duplicate ids, and tables without a caption, aria-label or aria-labelledby. */
function ownChecks(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const seen = new Map<string, number>();
		for (const element of document.querySelectorAll('[id]')) {
			seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
		}
		for (const [id, count] of seen) {
			if (count > 1) problems.push(`duplicate-id: the id "${id}" is used ${count} times`);
		}
		for (const table of document.querySelectorAll('table')) {
			const named =
				table.querySelector(':scope > caption')?.textContent?.trim() ||
				table.getAttribute('aria-label')?.trim() ||
				table.getAttribute('aria-labelledby');
			if (!named) {
				const head = table.querySelector('th')?.textContent?.trim() ?? '';
				problems.push(`table-caption: a table has no caption or name (first header "${head}")`);
			}
		}
		return problems;
	});
}

async function analyzeStatic(page: Page, document: Response) {
	const html = await document.text();
	const url = document.url();
	const browser = page.context().browser();
	if (!browser) throw new Error('no browser to run axe in');
	const scratch = await browser.newContext({ javaScriptEnabled: true });
	try {
		const copy = await scratch.newPage();
		await copy.route('**/*', (route) => {
			const request = route.request();
			if (request.url() === url && request.isNavigationRequest()) {
				return route.fulfill({ status: document.status(), contentType: 'text/html', body: html });
			}
			// Stylesheets and images as the visitor got them; no script, as for the visitor.
			return request.resourceType() === 'script' ? route.abort() : route.continue();
		});
		await copy.goto(url);
		return await analyze(copy);
	} finally {
		await scratch.close();
	}
}
