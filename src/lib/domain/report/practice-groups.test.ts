import { describe, expect, it } from 'vitest';
import { commitments } from '../charter';
import { trends } from '../practices/vocabulary';
import { practicesByCommitment, practicesByTrend, type GroupablePractice } from './practice-groups';

const practice = (slug: string, commitmentNumbers: number[], trendKeys: string[]): GroupablePractice => ({
	slug,
	title: `Practice ${slug}`,
	cityName: 'Oulu',
	citySlug: 'oulu',
	commitments: commitmentNumbers,
	trends: trendKeys
});

const union = practice('migrant-union', [3, 9], ['participation']);
const counselling = practice('counselling', [4], ['low-threshold-access', 'specific-groups']);
const campaign = practice('campaign', [1], ['open-communication']);
const all = [union, counselling, campaign];

describe('practicesByCommitment', () => {
	it('shows a practice under each commitment it serves', () => {
		const groups = practicesByCommitment(all, 'en');
		const slugsUnder = (number: number) =>
			groups.find((group) => group.number === number)?.practices.map((p) => p.slug);
		expect(slugsUnder(3)).toEqual(['migrant-union']);
		expect(slugsUnder(9)).toEqual(['migrant-union']);
		expect(slugsUnder(4)).toEqual(['counselling']);
	});

	it('leaves out commitments without a practice and keeps the Charter’s order', () => {
		const groups = practicesByCommitment(all, 'en');
		expect(groups.map((group) => group.number)).toEqual([1, 3, 4, 9]);
		expect(groups.map((group) => group.key)).toEqual(['1', '3', '4', '9']);
		expect(groups[0]!.title).toBe(commitments[0]!.text.en);
		expect(practicesByCommitment([], 'en')).toEqual([]);
	});

	it('titles the groups in the reader’s language', () => {
		const [first] = practicesByCommitment([campaign], 'fr');
		expect(first!.title).toBe(commitments[0]!.text.fr);
	});
});

describe('practicesByTrend', () => {
	it('orders trends by their number, not by the order practices come in, and leaves empty ones out', () => {
		const groups = practicesByTrend(all, 'en');
		expect(groups.map((group) => group.key)).toEqual([
			'specific-groups',
			'low-threshold-access',
			'open-communication',
			'participation'
		]);
		expect(groups.map((group) => group.number)).toEqual([3, 4, 5, 6]);
		expect(groups.length).toBeLessThan(trends.length);
	});

	it('shows a practice under each trend it illustrates, with its city', () => {
		const groups = practicesByTrend(all, 'en');
		for (const key of ['specific-groups', 'low-threshold-access'])
			expect(groups.find((group) => group.key === key)!.practices).toEqual([counselling]);
		expect(groups[0]!.practices[0]!.cityName).toBe('Oulu');
	});

	it('uses the English trend title in English and a translation otherwise', () => {
		const [english] = practicesByTrend([union], 'en');
		expect(english!.title).toBe('Implementing an inclusive and participatory integration approach');
		const [german] = practicesByTrend([union], 'de');
		expect(german!.title).not.toBe('');
		expect(german!.title).not.toBe(english!.title);
	});
});
