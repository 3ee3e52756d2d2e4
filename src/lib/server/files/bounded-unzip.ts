import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw);

export type UnpackedSize =
	{ ok: true; bytes: number } | { ok: false; reason: 'too_large' } | { ok: false; reason: 'unreadable' };

// ZIP records (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16).
const localSignature = 0x04034b50;
const entrySignature = 0x02014b50;
const endSignature = 0x06054b50;
const stored = 0;
const deflated = 8;
/** More parts than any workbook or document has: past it, the archive is not one, whatever it unpacks to. */
const maxEntries = 10_000;

interface Entry {
	method: number;
	compressedSize: number;
	localOffset: number;
}

/**
 * How many bytes a ZIP archive (an XLSX or DOCX) really unpacks to, found by unpacking it with a running cap:
 * every entry is inflated, counting the bytes that come out, and inflating stops as soon as the count passes
 * `maxBytes`, so at most `maxBytes` are ever held. The sizes an archive declares are not used: a zip bomb
 * declares small ones. Anything that is not a plain ZIP (ZIP64, encryption, another compression method, an
 * entry that does not inflate) is unreadable. Never throws, whatever the bytes.
 */
export async function unpackedSizeWithin(bytes: Uint8Array, maxBytes: number): Promise<UnpackedSize> {
	const entries = centralDirectory(bytes);
	if (!entries) return { ok: false, reason: 'unreadable' };
	let total = 0;
	for (const entry of entries) {
		const data = entryData(bytes, entry);
		if (!data) return { ok: false, reason: 'unreadable' };
		const budget = maxBytes - total;
		if (entry.method === stored) {
			total += data.length;
		} else {
			try {
				// maxOutputLength stops zlib once the budget is passed, before more is allocated.
				total += (await inflate(data, { maxOutputLength: Math.max(1, budget + 1) })).length;
			} catch (error) {
				if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
					return { ok: false, reason: 'too_large' };
				return { ok: false, reason: 'unreadable' };
			}
		}
		if (total > maxBytes) return { ok: false, reason: 'too_large' };
	}
	return { ok: true, bytes: total };
}

function centralDirectory(bytes: Uint8Array): Entry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	// The end record is in the last 22 bytes plus a comment of up to 65535 bytes.
	for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
		if (u32(end) !== endSignature) continue;
		const count = u16(end + 10);
		if (count === 0xffff || count > maxEntries) return null;
		const entries: Entry[] = [];
		let at = u32(end + 16);
		for (let index = 0; index < count; index++) {
			if (at + 46 > bytes.length || u32(at) !== entrySignature) return null;
			const flags = u16(at + 8);
			const method = u16(at + 10);
			const compressedSize = u32(at + 20);
			const localOffset = u32(at + 42);
			// Encrypted, another method than stored or deflated, or ZIP64 sizes.
			if (flags & 0x1 || (method !== stored && method !== deflated)) return null;
			if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return null;
			entries.push({ method, compressedSize, localOffset });
			at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
		}
		return entries;
	}
	return null;
}

/** The entry's compressed bytes, found through its local header; null when they are not all in the file. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== localSignature) return null;
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const end = start + entry.compressedSize;
	if (end > bytes.length) return null;
	return bytes.subarray(start, end);
}
