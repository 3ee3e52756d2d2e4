import { describe, expect, it } from 'vitest';
import { commitments } from '../charter';
import { locales } from '../locale';
import {
	charterQuestionnaire,
	charterQuestionnaire2026,
	currentQuestionnaire
} from './charter-questionnaire';
import { itemsOf, type Item } from './definition';
import { inEveryLanguage } from './localized';
import { findQuestionnaireVersion, questionnaireVersions } from './versions';
import { textSlots } from '../questionnaire-editor/text-slots';

describe('the charter-2024.1 questionnaire', () => {
	it('stays available for cycles that choose it, under its own name', () => {
		expect(charterQuestionnaire.version).toBe('charter-2024.1');
		expect(findQuestionnaireVersion('charter-2024.1')).toBe(charterQuestionnaire);
	});

	it('has the sections of the reports, in order', () => {
		expect(charterQuestionnaire.sections.map((s) => s.id)).toEqual([
			'city-context',
			'policy-maker',
			'service-provider',
			'employer',
			'buyer',
			'indicators',
			'good-practices',
			'priorities'
		]);
	});

	it('rates each of commitments 1–11 exactly once, in the section of its role, worded as the Charter', () => {
		const rated = itemsOf(charterQuestionnaire).filter(({ item }) => item.type === 'rating');
		expect(rated.map(({ item }) => (item.type === 'rating' ? item.commitment : 0))).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
		]);
		for (const { section, item } of rated) {
			if (item.type !== 'rating') continue;
			const commitment = commitments.find((c) => c.number === item.commitment);
			expect(section.role).toBe(commitment?.role);
			expect(item.id).toBe(`c${item.commitment}-rating`);
			expect(item.label).toEqual(commitment?.text);
			expect(item.required).toBe(true);
		}
	});

	it('asks for examples and challenges beside every rating, both optional', () => {
		const items = new Map(itemsOf(charterQuestionnaire).map(({ item }) => [item.id, item]));
		for (const { number } of commitments) {
			expect(items.get(`c${number}-examples`)).toMatchObject({
				type: 'text',
				multiline: true,
				maxLength: 3000,
				required: false
			});
			expect(items.get(`c${number}-challenges`)).toMatchObject({
				type: 'text',
				multiline: true,
				maxLength: 2000,
				required: false
			});
		}
	});

	it('has every indicator optional, as a percentage, with a plain-words hint', () => {
		const indicators = charterQuestionnaire.sections.find((s) => s.id === 'indicators')?.items ?? [];
		expect(indicators.map((i) => i.id)).toEqual([
			'foreign-born-share',
			'employment-rate-migrants',
			'employment-rate-non-migrants',
			'activity-rate-migrants',
			'activity-rate-non-migrants',
			'early-school-leaving-migrants',
			'early-school-leaving-non-migrants',
			'poverty-risk-migrants',
			'poverty-risk-non-migrants'
		]);
		for (const item of indicators) {
			expect(item).toMatchObject({ type: 'indicator', unit: inEveryLanguage('%'), required: false });
			expect(item.hint?.en.length).toBeGreaterThan(40);
		}
	});

	it('asks for the strategy name and years only when there is a strategy', () => {
		const items = new Map(itemsOf(charterQuestionnaire).map(({ item }) => [item.id, item]));
		expect(items.get('strategy-name')?.requiredWhen).toEqual({ item: 'strategy', in: ['yes'] });
		expect(items.get('strategy-years')?.requiredWhen).toEqual({ item: 'strategy', in: ['yes'] });
		expect(items.get('migrant-definition-other')?.requiredWhen).toEqual({
			item: 'migrant-definition',
			in: ['other']
		});
	});

	it('has section titles and commitment labels in every interface language', () => {
		for (const locale of locales) {
			for (const section of charterQuestionnaire.sections) expect(section.title[locale]).toBeTruthy();
			for (const { item } of itemsOf(charterQuestionnaire))
				if (item.type === 'rating') expect(item.label[locale]).toBeTruthy();
		}
	});
});

describe('the charter-2026.1 questionnaire', () => {
	const items = new Map(itemsOf(charterQuestionnaire2026).map(({ item }) => [item.id, item]));

	it('is the version new cycles use', () => {
		expect(currentQuestionnaire).toBe(charterQuestionnaire2026);
		expect(charterQuestionnaire2026.version).toBe('charter-2026.1');
		expect(findQuestionnaireVersion('charter-2026.1')).toBe(charterQuestionnaire2026);
	});

	it('adds the Charter’s use and the migration trends after the city context (1st report, 2013)', () => {
		expect(charterQuestionnaire2026.sections.map((s) => s.id)).toEqual([
			'city-context',
			'charter-use',
			'migration-trends',
			'policy-maker',
			'service-provider',
			'employer',
			'buyer',
			'indicators',
			'good-practices',
			'priorities'
		]);
		const trendItem = items.get('trend-family-reunification');
		expect(trendItem?.type === 'choice' && trendItem.options.map((o) => o.value)).toEqual([
			'increased',
			'steady',
			'decreased',
			'unknown'
		]);
		for (const id of ['trend-eu-mobility', 'trend-asylum', 'trend-students', 'charter-use'])
			expect(items.has(id)).toBe(true);
	});

	it('keeps every charter-2024.1 item under the same id and type, so answers compare across cycles', () => {
		for (const { item } of itemsOf(charterQuestionnaire))
			expect(items.get(item.id)?.type, item.id).toBe(item.type);
	});

	it('asks each good practice for its commitments, role and trend, without requiring them', () => {
		const practices = items.get('good-practices') as Extract<Item, { type: 'list' }>;
		expect(practices.fields.map((f) => f.key)).toEqual([
			'title',
			'summary',
			'startYear',
			'endYear',
			'link',
			'commitments',
			'role',
			'trend'
		]);
		expect(practices.fields.slice(5).every((f) => !f.required)).toBe(true);
		expect(practices.hint?.en).toContain('8 EU policy and global governance');
	});

	it('makes every new item optional, with a label and hint in every interface language', () => {
		const before = new Set(itemsOf(charterQuestionnaire).map(({ item }) => item.id));
		const added = itemsOf(charterQuestionnaire2026).filter(({ item }) => !before.has(item.id));
		expect(added.length).toBe(7);
		for (const { section, item } of added) {
			expect(item.required, item.id).toBe(false);
			expect(item.requiredWhen).toBeUndefined();
			for (const locale of locales) {
				expect(section.title[locale], section.id).toBeTruthy();
				expect(item.label[locale], item.id).toBeTruthy();
				expect(item.hint?.[locale], item.id).toBeTruthy();
			}
		}
	});
});

describe('every questionnaire version a cycle can choose', () => {
	// Cities answer in their own language: a text missing in one would show in English there.
	it.each(questionnaireVersions.map((definition) => [definition.version, definition] as const))(
		'%s has every text, units and options included, in every interface language',
		(_version, definition) => {
			const missing = textSlots(definition).flatMap(({ key, text }) =>
				locales.filter((locale) => !text[locale]).map((locale) => `${key} (${locale})`)
			);
			expect(missing).toEqual([]);
		}
	);
});
