import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charterQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { itemsOf } from '$lib/domain/questionnaire/definition';
import { locales } from '$lib/domain/locale';
import { anyItem, validValue } from '$test-support/questionnaire-arbitraries';
import { context, numberItem } from '$test-support/questionnaire-items';
import type { SummaryPart } from './shared/summary-parts';
import { answerSummary } from './summaries';

const items = [...itemsOf(charterQuestionnaire).map(({ item }) => item), numberItem()];
const texts = (parts: SummaryPart[]) =>
	parts.flatMap((part) =>
		part.kind === 'text' ? [part.text] : part.rows.flatMap((row) => [row.text, row.after ?? ''])
	);

describe('an answer as its summary reads', () => {
	it('shows every answer an item accepts as words, in any language, never as a stand-in for missing parts', () => {
		fc.assert(
			fc.property(
				anyItem(items).chain((item) => fc.tuple(fc.constant(item), validValue(item, context))),
				fc.constantFrom(...locales),
				([item, value], locale) => {
					const shown = texts(answerSummary(item, value, locale, '/files'));
					expect(shown.length).toBeGreaterThan(0);
					for (const text of shown) {
						expect(typeof text).toBe('string');
						expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
					}
				}
			)
		);
	});

	it('links attached files only where the reader may download them', () => {
		const attachments = items.filter((item) => item.type === 'attachments');
		fc.assert(
			fc.property(
				fc
					.constantFrom(...attachments)
					.chain((item) => fc.tuple(fc.constant(item), validValue(item, context))),
				([item, value]) => {
					const linked = answerSummary(item, value, 'en', '/respond/x/files');
					const plain = answerSummary(item, value, 'en', null);
					const hrefs = (parts: SummaryPart[]) =>
						parts.flatMap((part) => (part.kind === 'rows' ? part.rows.map((row) => row.href) : []));
					if (Array.isArray(value) && value.length > 0) {
						expect(hrefs(linked).every((href) => href?.startsWith('/respond/x/files/'))).toBe(true);
						expect(hrefs(plain).every((href) => href === undefined)).toBe(true);
					}
				}
			)
		);
	});

	it('reads any stored JSON without failing, and an empty one as not answered in the reader’s language', () => {
		fc.assert(
			fc.property(anyItem(items), fc.jsonValue(), fc.constantFrom(...locales), (item, value, locale) => {
				for (const text of texts(answerSummary(item, value, locale))) expect(typeof text).toBe('string');
			})
		);
		expect(texts(answerSummary(items[0]!, null, 'fr'))).toEqual(['Sans réponse']);
		expect(texts(answerSummary(items[0]!, [], 'it'))).toEqual(['Senza risposta']);
	});

	it('gives a rating in the reader’s words and the evidence as the city wrote it', () => {
		const rating = items.find((item) => item.type === 'rating')!;
		const parts = answerSummary(rating, { rating: 'fully', evidence: 'Since 2019' }, 'fr');
		expect(parts).toEqual([
			{ kind: 'text', text: 'Entièrement', tone: 'strong' },
			{ kind: 'text', text: 'Since 2019', tone: 'answer' }
		]);
	});
});
