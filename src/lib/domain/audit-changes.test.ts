import { describe, expect, it } from 'vitest';
import { describeChange, displayValue, rawJson } from './audit-changes';

describe('before and after, readably', () => {
	it('lists only the fields of a record that changed', () => {
		expect(describeChange({ state: 'submitted', name: 'Oslo' }, { state: 'returned', name: 'Oslo' })).toEqual(
			{ kind: 'fields', changes: [{ key: 'state', before: 'submitted', after: 'returned' }] }
		);
	});

	it('shows fields that appeared or went away as empty on the other side', () => {
		expect(describeChange(null, { extendedTo: '2026-05-01' })).toEqual({
			kind: 'fields',
			changes: [{ key: 'extendedTo', before: null, after: '2026-05-01' }]
		});
	});

	it('shows other values whole, and nothing when nothing was recorded', () => {
		expect(describeChange(['a'], ['a', 'b'])).toEqual({ kind: 'value', before: '["a"]', after: '["a","b"]' });
		expect(describeChange(null, undefined)).toEqual({ kind: 'none' });
	});

	it('cuts long values (the JSON view keeps them whole) and gives nested values as JSON', () => {
		expect(displayValue('x'.repeat(500))).toHaveLength(120);
		expect(displayValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
		expect(rawJson({ a: 1 })).toBe('{\n  "a": 1\n}');
	});
});
