import { describe, expect, it } from 'vitest';
import { typedFields, typedReplies } from './section-form';

describe('what a failed save gives back', () => {
	it('keeps fields named like members of every object as ordinary fields', () => {
		const form = new FormData();
		for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'constructor'])
			form.append(name, 'typed');
		form.append('__reply.constructor', 'a reply');
		form.append('__reply.__proto__', 'another');
		const fields = typedFields(form);
		expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
		expect(fields).toEqual({
			constructor: ['typed', 'typed'],
			toString: 'typed',
			hasOwnProperty: 'typed',
			valueOf: 'typed'
		});
		const replies = typedReplies(form);
		expect(Object.getPrototypeOf(replies)).toBe(Object.prototype);
		expect(Object.keys(replies)).toEqual(['constructor', '__proto__']);
		expect(JSON.stringify(replies)).toBe('{"constructor":"a reply","__proto__":"another"}');
	});
});
