import { describe, expect, it } from 'vitest';
import { commitments } from '$lib/domain/charter';
import { themes, trends } from '$lib/domain/practices/vocabulary';
import { practiceChoices } from './choices';

// The form's checkboxes are worked out by the page's load now: each group must still offer every value the
// action accepts, labelled in the reader's language.
describe("the practice form's checkbox options", () => {
	it('offer every commitment and every tag, in the order the vocabularies list them', () => {
		const choices = practiceChoices('en');
		expect(choices.commitments.map((c) => c.value)).toEqual(commitments.map((c) => String(c.number)));
		expect(choices.trends.map((c) => c.value)).toEqual(trends.map((t) => t.key));
		expect(choices.themes.map((c) => c.value)).toEqual(themes.map((t) => t.key));
	});

	it("label them in the reader's language", () => {
		const french = practiceChoices('fr');
		expect(french.commitments[0]?.text).toBe(`1. ${commitments[0]?.text.fr}`);
		expect(french.themes.find((c) => c.value === 'housing')).toMatchObject({ lang: undefined });
		expect(practiceChoices('de').themes.find((c) => c.value === 'housing')?.text).toBe(
			'Wohnen und Unterbringung'
		);
		expect(practiceChoices('en').themes.find((c) => c.value === 'housing')?.text).toBe(
			themes.find((t) => t.key === 'housing')?.label.en
		);
	});
});
