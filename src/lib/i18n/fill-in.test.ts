import { describe, expect, it } from 'vitest';
import { fillIn } from './fill-in';

describe('a sentence made on the server with slots the page fills', () => {
	it('puts each value in its slot, wherever the language puts it', () => {
		expect(
			fillIn('{name} saved “{question}” on {when}.', { name: 'Ana', question: 'Budget', when: '3 May' })
		).toBe('Ana saved “Budget” on 3 May.');
		expect(fillIn('Gespeichert um {time}', { time: '14:02:11' })).toBe('Gespeichert um 14:02:11');
	});

	it('does not fill a slot a person typed into a value (a name with braces stays as typed)', () => {
		expect(fillIn('{name} saved “{question}”', { name: '{question}', question: 'Budget' })).toBe(
			'{question} saved “Budget”'
		);
	});

	it('leaves a slot without a value visible rather than empty', () => {
		expect(fillIn('Saved at {time}', {})).toBe('Saved at {time}');
	});
});
