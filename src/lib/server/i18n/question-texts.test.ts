import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { locales } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/localized';
import { fill } from '$lib/i18n/question-texts';
import { migrantDefinitions } from '$lib/question-types/indicator/definition';
import { migrantDefinitionLabels } from '$lib/question-types/indicator/definition-labels';
import { ratings } from '$lib/question-types/rating/definition';
import { questionTexts } from './question-texts';

describe('the questions’ words a page’s load hands to the inputs', () => {
	it('read, once filled in the browser, exactly as the messages do in every language', () => {
		for (const locale of locales) {
			const texts = questionTexts(locale);
			const options = { locale };
			expect(fill(texts.charactersLeft, { count: 42 }), locale).toBe(
				m.respond_charactersLeft({ count: 42 }, options)
			);
			expect(fill(texts.requirement.depends, { question: 'Budget' })).toBe(
				m.requirement_depends({ question: 'Budget' }, options)
			);
			expect(fill(texts.lastSaved, { name: 'Ana López', date: '3 March 2026' })).toBe(
				m.respond_lastSaved({ name: 'Ana López', date: '3 March 2026' }, options)
			);
			expect(fill(texts.attachments.uploadHint, { kinds: 'PDF, PNG', maxMb: '10', maxFiles: 5 })).toBe(
				m.respond_uploadHint({ kinds: 'PDF, PNG', maxMb: '10', maxFiles: 5 }, options)
			);
			expect(fill(texts.figure.value, { unit: '%' })).toBe(m.respond_value({ unit: '%' }, options));
			expect(fill(texts.rows.row, { number: 3 })).toBe(m.respond_row({ number: 3 }, options));
			expect(fill(texts.previous, { cycle: '2024' })).toBe(m.respond_previous({ cycle: '2024' }, options));
			expect(texts.rating.ratings.partly).toBe(m.respond_rating_partly({}, options));
			expect(texts.requirement.required).toBe(m.requirement_required({}, options));
		}
	});

	it('name every rating and every definition of “migrant” in the language asked, and only in it', () => {
		const french = questionTexts('fr');
		const italian = questionTexts('it');
		for (const definition of migrantDefinitions) {
			expect(french.figure.definitions[definition]).toBe(
				localized(migrantDefinitionLabels[definition], 'fr')
			);
			expect(italian.figure.definitions[definition]).toBe(
				localized(migrantDefinitionLabels[definition], 'it')
			);
		}
		expect(Object.keys(french.rating.ratings).sort()).toEqual([...ratings].sort());
		expect(french.rating.legend).not.toBe(questionTexts('en').rating.legend);
	});

	it('leave what a person typed as it is, braces included', () => {
		const english = questionTexts('en');
		expect(fill(english.attachments.removeFile, { name: 'plan {count}.pdf' })).toBe(
			'Remove plan {count}.pdf'
		);
		expect(fill(english.rows.row, { number: 1 })).toBe('Entry 1');
	});
});
