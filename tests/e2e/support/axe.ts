import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Response } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The last HTML document each page received, for pages opened with JavaScript off (see recordDocuments). */
const documents = new WeakMap<Page, Response>();

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails listing every violation: rule, help
 * text and the elements concerned.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const document = documents.get(page);
	const results = document ? await analyzeStatic(page, document) : await analyze(page);
	const report = results.violations.map((violation) => {
		const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
		return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
	});
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

function analyze(page: Page) {
	return new AxeBuilder({ page }).withTags(TAGS).analyze();
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
