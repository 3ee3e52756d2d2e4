import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { BASE_URL, mailDir } from './env';

export interface ReceivedMail {
	to: string;
	subject: string;
	/** The decoded plain-text body. */
	text: string;
	/** Every link to the app in the body, in order. */
	links: string[];
}

/**
 * Waits (up to 10 s) for the newest message to `to` whose subject contains `subjectPart`, as the SMTP sink
 * received it. With `after` (from Date.now()), only messages received later count, so an older message to
 * the same person is not mistaken for the one just asked for.
 */
export async function waitForMail(
	to: string,
	subjectPart: string,
	options: { after?: number } = {}
): Promise<ReceivedMail> {
	let found: ReceivedMail | undefined;
	await expect
		.poll(
			() => {
				found = newestMail(to, subjectPart, options.after ?? 0);
				return found !== undefined;
			},
			{ message: `an e-mail to ${to} about "${subjectPart}"`, timeout: 10_000 }
		)
		.toBe(true);
	return found!;
}

/** The first link in a message that starts with `path` (e.g. '/invitation/'), failing when there is none. */
export function linkIn(mail: ReceivedMail, path: string): string {
	const link = mail.links.find((url) => url.startsWith(`${BASE_URL}${path}`));
	expect(link, `a ${path} link in "${mail.subject}":\n${mail.text}`).toBeDefined();
	return link!;
}

function newestMail(to: string, subjectPart: string, after: number): ReceivedMail | undefined {
	let names: string[];
	try {
		names = readdirSync(mailDir()).filter((name) => name.endsWith('.eml'));
	} catch {
		return undefined;
	}
	for (const name of names.sort().reverse()) {
		if (Number(name.split('-')[0]) < after) break;
		const mail = parse(readFileSync(join(mailDir(), name), 'utf8'));
		if (mail.to.toLowerCase().includes(to.toLowerCase()) && mail.subject.includes(subjectPart)) return mail;
	}
	return undefined;
}

/** Just enough of RFC 5322/2045 for the app's plain-text messages (nodemailer's output). */
function parse(raw: string): ReceivedMail {
	const split = raw.search(/\r?\n\r?\n/);
	const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
	const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
	const header = (name: string) => head.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im'))?.[1]?.trim() ?? '';
	const encoding = header('Content-Transfer-Encoding').toLowerCase();
	const text =
		encoding === 'quoted-printable'
			? decodeQuotedPrintable(body)
			: encoding === 'base64'
				? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
				: body;
	return {
		to: header('To'),
		subject: decodeWords(header('Subject')),
		text,
		links: [...text.matchAll(/http:\/\/localhost:\d+\/\S+/g)].map((match) => match[0])
	};
}

function decodeQuotedPrintable(text: string): string {
	const soft = text.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < soft.length; i++) {
		const hex = soft.slice(i + 1, i + 3);
		if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=) in a header. */
function decodeWords(value: string): string {
	return value.replace(/=\?[^?]+\?([QB])\?([^?]*)\?=\s*/gi, (_whole, kind: string, data: string) =>
		kind.toUpperCase() === 'B'
			? Buffer.from(data, 'base64').toString('utf8')
			: decodeQuotedPrintable(data.replace(/_/g, ' '))
	);
}
