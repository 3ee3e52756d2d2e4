// Moves interface text from the TypeScript catalogues (src/lib/i18n/en.ts and the other locales, spreading
// src/lib/i18n/areas/*.ts) to Paraglide message files, and rewrites the code that used them. Re-runnable: it
// reads whatever catalogues and call sites exist when it runs (other branches add keys, call sites and whole
// languages). Run: `npm run i18n:to-paraglide` (then `npx prettier --write src messages`).
//
// 1. messages/<locale>.json for every locale of src/lib/domain/locale.ts; project.inlang/settings.json lists them.
//    A key becomes an identifier: `nav.signIn` → `nav_signIn`, `report.part.role-results.x` → `report_part_role_results_x`.
//    A pair `K` / `KOne` ('{count} cities shown' / '1 city shown') becomes one plural message K chosen by the
//    language's own rules (Intl.PluralRules), and `t('KOne')` becomes `m.K({ count: 1 })`.
// 2. Every call with a literal key, `t('a.b', params)`, becomes `m.a_b(params)`. The translate function came
//    either from `translator(expr)` in the same file, or is a `Translate` parameter or prop:
//    - translator of the request's language (`data.locale`, `locals.locale`, `event.locals.locale`) or a
//      Translate parameter → `m.a_b(params)`: the message speaks the language of the request (server) or of
//      the page (browser), see src/lib/server/i18n/reader-locale.ts;
//    - translator of any other language (a recipient's, a report's) → `m.a_b(params, { locale: expr })`.
// 3. What it cannot rewrite (a key built at run time, a translate function handed on as a value) keeps working
//    through `translator`, now backed by src/lib/i18n/messages-by-key.ts (generated): those pages still load
//    every message, so hand-written typed maps should replace them (see docs/decisions/0026-paraglide-messages.md).
// 4. A `translator(...)` definition nothing uses any more is removed, and the old catalogues are deleted.
//
// Since the move, the tree has gone further than this script writes: keyed-messages.ts (messageOfKey,
// keyedTranslator) is gone, since errors, notices and refusals reach pages as text made on the server
// (src/lib/server/i18n/shown-text.ts), and messages-by-key.ts and translator() live in src/lib/server/i18n/.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTypeScript } from '../import-typescript.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const i18n = path.join(root, 'src', 'lib', 'i18n');
const MESSAGES_IMPORT = "import { m } from '$lib/paraglide/messages.js';";
const PICK_IMPORT = (withType) =>
	`import { pick${withType ? ', type AnyMessage' : ''} } from '$lib/i18n/pick';`;
const KEYED_IMPORT = "import { messageOfKey } from '$lib/i18n/keyed-messages';";
const KEYED_TRANSLATOR_IMPORT = "import { keyedTranslator } from '$lib/i18n/keyed-messages';";

export const messageId = (key) => key.replace(/[.-]/g, '_');

/** Braces that are not a `{name}` placeholder, and backslashes, are escaped as the message format wants. */
export const escapeText = (text) =>
	text.replace(/\\/g, '\\\\').replace(/\{(\w+)\}|[{}]/g, (whole, name) => (name ? whole : `\\${whole}`));

const placeholdersOf = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

/** Loads every catalogue named in locale.ts: { en: { 'nav.signIn': 'Sign in', … }, fr: …, … }. */
async function readCatalogues() {
	const { locales } = await importTypeScript('src/lib/domain/locale.ts', 'icm-i18n', 'locale');
	const catalogues = {};
	for (const locale of locales) {
		const module = await importTypeScript(`src/lib/i18n/${locale}.ts`, 'icm-i18n', `catalogue-${locale}`);
		catalogues[locale] = module[locale];
		if (!catalogues[locale]) throw new Error(`src/lib/i18n/${locale}.ts exports no \`${locale}\``);
	}
	return { locales: [...locales], catalogues };
}

/** The pairs K / KOne whose K has exactly one placeholder: the number that chooses between them. */
function pluralPairs(english) {
	const pairs = new Map();
	for (const key of Object.keys(english)) {
		if (!key.endsWith('One')) continue;
		const many = key.slice(0, -'One'.length);
		const names = english[many] === undefined ? [] : [...new Set(placeholdersOf(english[many]))];
		if (names.length === 1) pairs.set(many, { one: key, count: names[0] });
	}
	return pairs;
}

/** A plural message in the message-format plugin's shape; `one` is the singular text with its 1 as the number. */
function pluralMessage(oneText, otherText, count) {
	const one = escapeText(oneText).replace(/(^|[^\d.,])1(?![\d.,])/, `$1{${count}}`);
	return [
		{
			declarations: [`input ${count}`, `local ${count}Plural = ${count}: plural`],
			selectors: [`${count}Plural`],
			match: { [`${count}Plural=one`]: one, [`${count}Plural=other`]: escapeText(otherText) }
		}
	];
}

function writeMessageFiles({ locales, catalogues }, pairs) {
	const english = catalogues.en;
	const ids = new Map();
	for (const key of Object.keys(english)) {
		const id = messageId(key);
		if (ids.has(id) && ids.get(id) !== key) throw new Error(`${key} and ${ids.get(id)} both become ${id}`);
		ids.set(id, key);
	}
	const singulars = new Set([...pairs.values()].map((pair) => pair.one));
	for (const locale of locales) {
		const file = { $schema: 'https://inlang.com/schema/inlang-message-format' };
		for (const key of Object.keys(english).sort()) {
			if (singulars.has(key)) continue;
			const text = catalogues[locale][key] ?? english[key];
			const pair = pairs.get(key);
			file[messageId(key)] = pair
				? pluralMessage(catalogues[locale][pair.one] ?? english[pair.one], text, pair.count)
				: escapeText(text);
		}
		mkdirSync(path.join(root, 'messages'), { recursive: true });
		writeFileSync(path.join(root, 'messages', `${locale}.json`), JSON.stringify(file, null, '\t') + '\n');
	}
	const settingsPath = path.join(root, 'project.inlang', 'settings.json');
	const settings = JSON.parse(readFileSync(settingsPath, 'utf8'));
	settings.locales = locales;
	writeFileSync(settingsPath, JSON.stringify(settings, null, '\t') + '\n');
}

function sourceFiles(folder) {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return name === 'paraglide' ? [] : sourceFiles(full);
		return /\.(ts|svelte)$/.test(name) ? [full] : [];
	});
}

/** `data.locale`, `locals.locale`, `event.locals.locale ?? 'en'`: the language the hooks chose for the request. */
const REQUEST_LOCALE =
	/^(?:data|locals|event\.locals|page\.data)\.locale(?:\s*\?\?\s*(?:'en'|defaultLocale))?$/;

/** The index just after the parenthesis that closes the call opened at `open` (strings and templates skipped). */
function closingParen(text, open) {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		const c = text[i];
		if (c === "'" || c === '"' || c === '`') {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '(' || c === '{' || c === '[') depth++;
		else if (c === ')' || c === '}' || c === ']') {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	throw new Error(`unclosed call at ${open}`);
}

/**
 * Names bound to a translate function in a file. Each binding has the position where it starts and the locale
 * expression it was made for (null: a Translate parameter or prop, which speaks the ambient language); a call
 * uses the nearest binding of its name before it.
 */
function translateNames(text, file) {
	// In server code a Translate handed in may be of another language than the request's (an e-mail to its
	// recipient, a report in its own language): it carries its locale. A component speaks its page's language.
	const handedIn = file.endsWith('.svelte') ? () => null : (name) => `${name}.locale`;
	const names = new Map();
	const bind = (name, at, localeExpr, defined = false) => {
		if (!names.has(name)) names.set(name, []);
		names.get(name).push({ at, localeExpr, defined });
	};
	for (const match of text.matchAll(
		/\b(?:const|let)\s+(\w+)\s*=\s*(?:\$derived\()?translator\(([^()]*(?:\([^()]*\))?[^()]*)\)/g
	)) {
		// A component renders in its page's language (ambient); server code names the request's language, which
		// is right even where SvelteKit's request context is not reachable (handleError, callbacks).
		const expr = match[2].trim();
		bind(match[1], match.index, file.endsWith('.svelte') && REQUEST_LOCALE.test(expr) ? null : expr, true);
	}
	for (const match of text.matchAll(/\b(\w+)\??:\s*Translate\b/g))
		bind(match[1], match.index, handedIn(match[1]));
	// A translate function handed on in a props or context object: `t`, `common.t`, `context.t`.
	for (const match of text.matchAll(
		/(?<![\w$.])((?:\w+\.)?t)\(\s*(?:'[A-Za-z0-9_.-]+'|`[A-Za-z0-9_.-]*\$\{|[\w.]+\s*\?\s*['`])/g
	)) {
		if (!names.has(match[1])) bind(match[1], 0, handedIn(match[1]));
	}
	for (const list of names.values()) list.sort((a, b) => a.at - b.at);
	return names;
}

/** The locale expression of the binding in force at `at`: the nearest before it (or the first one). */
function bindingAt(bindings, at) {
	let found = bindings[0];
	for (const binding of bindings) if (binding.at <= at) found = binding;
	return found.localeExpr;
}

/** The index of the comma or parenthesis that ends the argument starting at `start` (strings skipped). */
function argumentEnd(text, start) {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === "'" || c === '"' || c === '`') {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '(' || c === '{' || c === '[') depth++;
		else if (c === ')' || c === '}' || c === ']') {
			if (depth === 0) return i;
			depth--;
		} else if (c === ',' && depth === 0) return i;
	}
	throw new Error(`unclosed argument at ${start}`);
}

const LITERAL_KEY = /^'([A-Za-z0-9_.-]+)'$/;
const TEMPLATE_KEY = /^`([A-Za-z0-9_.-]*)\$\{([^`]+)\}([A-Za-z0-9_.-]*)`(\s+as\s+MessageKey)?$/;
const TERNARY_KEY = /^([^?]+?)\s*\?\s*('[A-Za-z0-9_.-]+'|`[^`]*`)\s*:\s*('[A-Za-z0-9_.-]+'|`[^`]*`)$/;

/**
 * The message function a key expression names, as code, or null when the key is known only at run time:
 * - `'a.b'` → `m.a_b`;
 * - `` `analysis.rating.${r}` `` → `pick({ fully: m.analysis_rating_fully, … }, r)`: only the messages whose keys
 *   fit the template, so a page loads those and not every message;
 * - `c ? 'a' : \`b.${x}\`` → `(c ? m.a : pick({ … }, x))`.
 */
function messageFunction(keyExpr, knownKeys, pairs, unknown, usesPick) {
	const expr = keyExpr.trim();
	const literal = LITERAL_KEY.exec(expr);
	if (literal) {
		const key = literal[1];
		if (!knownKeys.has(key)) {
			unknown.add(key);
			return null;
		}
		const singular = [...pairs].find(([, pair]) => pair.one === key);
		if (singular) {
			const many = `m.${messageId(singular[0])}`;
			return `((_inputs?: unknown, options?: Parameters<typeof ${many}>[1]) => ${many}({ ${singular[1].count}: 1 }, options))`;
		}
		return `m.${messageId(key)}`;
	}
	const template = TEMPLATE_KEY.exec(expr);
	if (template) {
		const [, before, variable, after, cast] = template;
		const escape = (s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
		const fits = new RegExp(`^${escape(before)}(.+)${escape(after)}$`);
		const singulars = new Set([...pairs.values()].map((pair) => pair.one));
		const entries = [...knownKeys]
			.sort()
			.filter((key) => !singulars.has(key))
			.map((key) => [fits.exec(key)?.[1], key])
			.filter(([part]) => part !== undefined);
		if (entries.length === 0) return null;
		usesPick.used = true;
		const map = entries.map(([part, key]) => `'${part}': m.${messageId(key)}`).join(', ');
		// A key cast to MessageKey was checked by nobody; the map keeps it unchecked, as before.
		return `pick${cast ? '<Record<string, AnyMessage>, string>' : ''}({ ${map} }, ${variable.trim()})`;
	}
	const ternary = TERNARY_KEY.exec(expr);
	if (ternary) {
		const yes = messageFunction(ternary[2], knownKeys, pairs, unknown, usesPick);
		const no = messageFunction(ternary[3], knownKeys, pairs, unknown, usesPick);
		if (yes && no) return `(${ternary[1]} ? ${yes} : ${no})`;
	}
	return null;
}

/** Server code and tests are never sent to a browser: there a key known only at run time may stay with `translator`. */
const isServerFile = (file) =>
	/[/\\]lib[/\\]server[/\\]|\.server\.ts$|[/\\]\+server\.ts$|hooks\.server\.ts$|\.test\.ts$|^tests[/\\]/.test(
		path.relative(root, file)
	);

function rewriteCalls(text, names, pairs, knownKeys, unknown, file, usage, offset = 0) {
	let out = text;
	for (const [name, bindings] of names) {
		const call = new RegExp(`(?<![\\w.$])${name.replace('.', '\\.')}\\(`, 'g');
		let result = '';
		let last = 0;
		for (let match = call.exec(out); match; match = call.exec(out)) {
			const open = match.index + name.length;
			const argStart = open + 1;
			let argEnd;
			try {
				argEnd = argumentEnd(out, argStart);
			} catch {
				continue;
			}
			const keyExpr = out.slice(argStart, argEnd);
			if (!keyExpr.trim()) continue;
			// `t('cities.countOne')` is the plural message with its number: `m.cities_count({ count: 1 })`.
			const literal = LITERAL_KEY.exec(keyExpr.trim());
			const singular = literal && [...pairs].find(([, pair]) => pair.one === literal[1]);
			if (singular) {
				const localeExpr = bindingAt(bindings, match.index + offset);
				const end = closingParen(out, open);
				const count = `{ ${singular[1].count}: 1 }`;
				result +=
					out.slice(last, match.index) +
					`m.${messageId(singular[0])}(${localeExpr === null ? count : `${count}, { locale: ${localeExpr} }`})`;
				last = end;
				call.lastIndex = end;
				continue;
			}
			const fn = messageFunction(keyExpr, knownKeys, pairs, unknown, usage);
			// In the browser, a key held in a variable (a form's error, a notice) is looked up among the keys the
			// code hands around as values (src/lib/i18n/keyed-messages.ts), never among all messages.
			const byValue = !fn && !isServerFile(file);
			if (!fn && !byValue) continue;
			const end = closingParen(out, open);
			// Parameters may hold further calls: `t('a', { city: t('b') })`.
			const params = rewriteCalls(
				out.slice(argEnd, end - 1),
				names,
				pairs,
				knownKeys,
				unknown,
				file,
				usage,
				offset + argEnd
			)
				.replace(/^\s*,\s*/, '')
				.replace(/,\s*$/, '')
				.trim();
			const localeExpr = bindingAt(bindings, match.index + offset);
			const explicit = localeExpr !== null;
			let rewritten;
			if (byValue) {
				usage.keyed = true;
				const key = keyExpr.trim().replace(/\s+as\s+MessageKey$/, '');
				rewritten = `messageOfKey(${[key, params || (explicit ? '{}' : ''), explicit ? `{ locale: ${localeExpr} }` : ''].filter(Boolean).join(', ')})`;
			} else {
				const options = explicit ? `${params || '{}'}, { locale: ${localeExpr} }` : params;
				rewritten = `${fn}(${options})`;
			}
			result += out.slice(last, match.index) + rewritten;
			last = end;
			call.lastIndex = end;
		}
		out = result + out.slice(last);
	}
	return out;
}

/** Drops `const t = translator(…)` lines whose name is no longer used, and imports nothing that is unused. */
function tidy(text, names) {
	let out = text;
	for (const [name, bindings] of names) {
		if (!bindings.some((binding) => binding.defined)) continue;
		const definition = new RegExp(
			`^[ \\t]*(?:const|let)\\s+${name}\\s*=\\s*(?:\\$derived\\()?(?:keyedT|t)ranslator\\([^\\n]*\\n`,
			'm'
		);
		const without = out.replace(definition, '');
		const stillUsed = new RegExp(`(?<![\\w.$'’])${name}(?![\\w'’])(?!\\s*:)`).test(
			without.replace(/<!--[\s\S]*?-->/g, '').replace(/\/\/[^\n]*/g, '')
		);
		if (!stillUsed) out = without;
	}
	if (!/\btranslator\(/.test(out)) {
		out = out.replace(/import\s*\{([^}]*)\}\s*from\s*'\$lib\/i18n';\n/, (whole, list) => {
			const kept = list
				.split(',')
				.map((s) => s.trim())
				.filter((s) => s && s !== 'translator');
			return kept.length ? `import { ${kept.join(', ')} } from '$lib/i18n';\n` : '';
		});
	}
	const imports = [
		[/\bm\.\w+/, MESSAGES_IMPORT],
		[/\bpick[<(]/, PICK_IMPORT(/\bAnyMessage\b/.test(out))],
		[/\bmessageOfKey\(/, KEYED_IMPORT],
		[/\bkeyedTranslator\(/, KEYED_TRANSLATOR_IMPORT]
	];
	if (!/\bkeyedTranslator\(/.test(out))
		out = out.replace(`\t${KEYED_TRANSLATOR_IMPORT}\n`, '').replace(`${KEYED_TRANSLATOR_IMPORT}\n`, '');
	for (const [used, line] of imports) {
		if (!used.test(out) || out.includes(line)) continue;
		const script = /<script[^>]*>\n/.exec(out);
		if (script)
			out =
				out.slice(0, script.index + script[0].length) +
				`\t${line}\n` +
				out.slice(script.index + script[0].length);
		else out = `${line}\n${out}`;
	}
	return out;
}

/**
 * The keys code hands around as values (a form's error, a notice, a label's key): every literal that is a key and
 * is not the key of a rewritten call. The browser looks a key held in a variable up among these only.
 */
function keysHeldAsValues(files, knownKeys) {
	const held = new Set();
	for (const file of files) {
		if (file.endsWith('.test.ts') || file.startsWith(i18n + path.sep)) continue;
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/['"`]([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+)['"`]/g))
			if (knownKeys.has(match[1])) held.add(match[1]);
	}
	return [...held].sort();
}

/**
 * Families of keys a page reads by a name recorded at run time (an audited action, a state): one table per
 * family, so that page's code never imports every message (messages-by-key.ts), which would put every message
 * into the browser's shared chunks even for pages rendered only on the server.
 */
const KEY_FAMILIES = [
	{
		file: 'audit-messages.ts',
		name: 'auditMessages',
		what: 'the audit log: actions, subject types, sentences, and the states and statuses it names',
		prefixes: ['audit.action.', 'audit.subjectType.', 'auditSentence.', 'state.', 'cycles.status.']
	}
];

function writeKeyFamilies(knownKeys) {
	for (const family of KEY_FAMILIES) {
		const rows = [...knownKeys]
			.sort()
			.filter((key) => family.prefixes.some((prefix) => key.startsWith(prefix)))
			.map((key) => `\t'${key}': m.${messageId(key)}`);
		writeFileSync(
			path.join(i18n, family.file),
			`// Generated by scripts/i18n/to-paraglide.js: the messages of ${family.what}, by their dotted keys.
${MESSAGES_IMPORT}
import type { AnyMessage } from '$lib/i18n/pick';

export const ${family.name}: Record<string, AnyMessage> = {
${rows.join(',\n')}
};
`
		);
	}
}

function writeKeyedMessages(keys, pairs) {
	const singulars = new Map([...pairs].map(([many, pair]) => [pair.one, { many, count: pair.count }]));
	const rows = keys.map((key) => {
		const singular = singulars.get(key);
		const fn = singular
			? `(_inputs, options) => m.${messageId(singular.many)}({ ${singular.count}: 1 }, options)`
			: `m.${messageId(key)}`;
		return `\t'${key}': ${fn}`;
	});
	writeFileSync(
		path.join(i18n, 'keyed-messages.ts'),
		`// Generated by scripts/i18n/to-paraglide.js: the messages whose keys the code hands around as values (a form's
// error, a notice), for the browser, which must not load every message (messages-by-key.ts) to show one of them.
// A new key held in a variable belongs here: rerun the script, or add its row by hand.
${MESSAGES_IMPORT}
import type { Locale } from '$lib/domain/locale';
import type { Translate } from '$lib/i18n';

type Message = (inputs: never, options: never) => string;
type AnyMessage = (inputs: Record<string, unknown>, options: { locale?: Locale }) => string;

const keyedMessages: Record<string, Message> = {
${rows.join(',\n')}
};

/** The text of a key held in a variable, in the page's language (or \`locale\`); an unknown key shows as itself. */
export function messageOfKey(
	key: string | undefined,
	inputs: Record<string, unknown> = {},
	options: { locale?: Locale } = {}
): string {
	if (key === undefined) return '';
	const message = keyedMessages[key] as AnyMessage | undefined;
	return message ? message(inputs, options) : key;
}

/**
 * A translate function for the browser: it carries the page's language to helpers that name it
 * (\`m.<key>(inputs, { locale: t.locale })\`) and knows only the keys held as values.
 */
export function keyedTranslator(locale: Locale): Translate {
	const translate = (key: string, params?: Record<string, string | number>) =>
		messageOfKey(key, params, { locale });
	return Object.assign(translate, { locale });
}
`
	);
}

/** translator() and MessageKey, now over the compiled messages, for the calls the codemod could not rewrite. */
function writeByKeyTable(english, pairs) {
	const singulars = new Map([...pairs].map(([many, pair]) => [pair.one, { many, count: pair.count }]));
	const rows = Object.keys(english)
		.sort()
		.map((key) => {
			const singular = singulars.get(key);
			const fn = singular
				? `(_inputs, options) => m.${messageId(singular.many)}({ ${singular.count}: 1 }, options)`
				: `m.${messageId(key)}`;
			return `\t'${key}': ${fn}`;
		});
	writeFileSync(
		path.join(i18n, 'messages-by-key.ts'),
		`// Generated by scripts/i18n/to-paraglide.js: every message by its old dotted key, for the calls whose key is
// built at run time. Importing this loads every message; prefer a typed map of the few messages a page needs.
${MESSAGES_IMPORT}

type Message = (inputs: never, options: never) => string;

export const messagesByKey = {
${rows.join(',\n')}
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messagesByKey;
`
	);
}

/** src/lib/i18n/index.ts: `translator` looks messages up in messages-by-key.ts instead of the catalogues. */
function rewriteIndex() {
	const file = path.join(i18n, 'index.ts');
	const text = readFileSync(file, 'utf8');
	const start = text.indexOf('/**\n * Building an Intl formatter');
	if (start < 0) throw new Error('index.ts: the formatter section was not found');
	const header = `import { defaultLocale, type Locale } from '$lib/domain/locale';
import { messagesByKey, type MessageKey } from './messages-by-key';

export type { MessageKey } from './messages-by-key';

/** A translate function carries its language, so code it is handed to can name it: \`m.<key>(inputs, t)\`. */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { locale: Locale };

type AnyMessage = (inputs: Record<string, string | number>, options: { locale: Locale }) => string;

/**
 * A translate function for keys known only at run time (a code from a list, an error key). It loads every
 * message of every language: a page that cares for its weight uses \`m.key()\` or a typed map instead.
 */
export function translator(locale: Locale): Translate {
	const language = locale ?? defaultLocale;
	const translate = (key: MessageKey, params?: Record<string, string | number>) =>
		(messagesByKey[key] as unknown as AnyMessage)(params ?? {}, { locale: language });
	return Object.assign(translate, { locale: language });
}

`;
	writeFileSync(file, header + text.slice(start));
}

async function main() {
	const catalogues = await readCatalogues();
	const pairs = pluralPairs(catalogues.catalogues.en);
	writeMessageFiles(catalogues, pairs);
	writeByKeyTable(catalogues.catalogues.en, pairs);
	const knownKeys = new Set(Object.keys(catalogues.catalogues.en));
	const unknown = new Set();
	let changed = 0;
	const files = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'tests'))];
	for (const file of files) {
		if (file.startsWith(i18n + path.sep) && !file.endsWith('.test.ts')) continue;
		const text = readFileSync(file, 'utf8');
		const names = translateNames(text, file);
		if (names.size === 0) continue;
		const usage = {};
		let rewritten = rewriteCalls(text, names, pairs, knownKeys, unknown, file, usage);
		// In the browser a translate function is still made where it is handed on (to a component, to a helper
		// that names its language): one over the keys held as values, so the page never loads every message.
		if (!isServerFile(file)) rewritten = rewritten.replace(/\btranslator\(/g, 'keyedTranslator(');
		rewritten = tidy(rewritten, names);
		if (rewritten !== text) {
			writeFileSync(file, rewritten);
			changed++;
		}
	}
	writeKeyedMessages(keysHeldAsValues(sourceFiles(path.join(root, 'src')), knownKeys), pairs);
	writeKeyFamilies(knownKeys);
	rewriteIndex();
	// The catalogues are now messages/*.json.
	for (const locale of catalogues.locales) rmSync(path.join(i18n, `${locale}.ts`));
	rmSync(path.join(i18n, 'areas'), { recursive: true });
	console.log(
		`${knownKeys.size} keys (${pairs.size} plural pairs) in ${catalogues.locales.length} languages; ${changed} files rewritten` +
			(unknown.size ? `; literal keys not in the catalogues: ${[...unknown].join(', ')}` : '')
	);
	if (!existsSync(path.join(i18n, 'index.ts'))) throw new Error('src/lib/i18n/index.ts is missing');
}

await main();
