import { describe, expect, it } from 'vitest';
import { roles } from '../charter';
import { defaultOutline, generatedParts, isGeneratedPart, missingParts, roleOfPart } from './parts';

const titles = { introduction: 'Introduction', conclusions: 'Conclusions' };

describe('defaultOutline', () => {
	it('has every generated part but the module results exactly once, between an introduction and a closing chapter', () => {
		const outline = defaultOutline(titles);
		const parts = outline.filter((section) => section.kind !== 'chapter').map((section) => section.kind);
		expect([...parts].sort()).toEqual(generatedParts.filter((part) => part !== 'module-results').sort());
		expect(new Set(parts).size).toBe(parts.length);
		expect(outline[0]).toEqual({ kind: 'chapter', title: 'Introduction' });
		expect(outline.at(-1)).toEqual({ kind: 'chapter', title: 'Conclusions' });
		expect(outline.filter((section) => section.kind === 'chapter')).toHaveLength(2);
	});

	it('gives generated parts no title of their own (their heading comes from the message files)', () => {
		for (const section of defaultOutline(titles).filter((s) => s.kind !== 'chapter'))
			expect(section.title).toBeNull();
	});

	it('shows the roles in the Charter’s order', () => {
		const roleParts = defaultOutline(titles).flatMap((section) => roleOfPart(section.kind) ?? []);
		expect(roleParts).toEqual(roles.map((role) => role.key));
	});
});

describe('missingParts', () => {
	it('offers every part for an empty report and none for the default outline', () => {
		expect(missingParts([], { hasModules: true })).toEqual([...generatedParts]);
		expect(missingParts(defaultOutline(titles))).toEqual([]);
	});

	it('offers the module results only when the cycle’s questionnaire has a topical module', () => {
		expect(missingParts(defaultOutline(titles))).not.toContain('module-results');
		expect(missingParts(defaultOutline(titles), { hasModules: true })).toEqual(['module-results']);
	});

	it('offers exactly the parts that were removed, in the outline’s order, ignoring chapters', () => {
		const kept = defaultOutline(titles).filter(
			(section) => section.kind !== 'comparison' && section.kind !== 'role-results:employer'
		);
		expect(missingParts([...kept, { kind: 'chapter' }])).toEqual(['role-results:employer', 'comparison']);
	});
});

describe('part kinds', () => {
	it('tells generated parts from chapters and unknown kinds', () => {
		expect(isGeneratedPart('indicators')).toBe(true);
		expect(isGeneratedPart('chapter')).toBe(false);
		expect(isGeneratedPart('role-results:mayor')).toBe(false);
		expect(roleOfPart('role-results:buyer')).toBe('buyer');
		expect(roleOfPart('comparison')).toBeNull();
	});
});
