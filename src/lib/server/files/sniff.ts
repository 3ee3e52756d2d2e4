import type { AttachmentKind } from '$lib/domain/questionnaire/definition';

/**
 * What a file is, read from its bytes. The name and the browser's content type are the uploader's to choose,
 * so neither is trusted: a file counts as a PDF only if it starts like one. Never throws, whatever the bytes.
 */
export function sniffKind(bytes: Uint8Array): AttachmentKind | null {
	if (startsWith(bytes, pdfMagic)) return 'pdf';
	if (startsWith(bytes, pngMagic)) return 'png';
	if (startsWith(bytes, jpegMagic)) return 'jpeg';
	if (startsWith(bytes, zipMagic)) return officeKind(bytes);
	return null;
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const pdfMagic = ascii('%PDF-');
const pngMagic = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpegMagic = Uint8Array.of(0xff, 0xd8, 0xff);
const zipMagic = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const contentTypesEntry = ascii('[Content_Types].xml');
const wordFolder = ascii('word/');
const excelFolder = ascii('xl/');

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at = 0): boolean {
	if (at < 0 || at + prefix.length > bytes.length) return false;
	return prefix.every((byte, i) => bytes[at + i] === byte);
}

// ZIP records (APPNOTE.TXT 4.3.12 and 4.3.16); every offset read below is checked against the length first.
const endRecordSignature = 0x06054b50;
const endRecordSize = 22;
const maxCommentLength = 0xffff;
const entrySignature = 0x02014b50;
const entryHeaderSize = 46;

/**
 * DOCX and XLSX are ZIP packages: a Word document keeps its parts under 'word/', a workbook under 'xl/', and
 * both list their parts in '[Content_Types].xml'. Only the central directory (the list of names at the end)
 * is read: nothing is inflated, so a ZIP bomb costs nothing here.
 */
function officeKind(bytes: Uint8Array): 'docx' | 'xlsx' | null {
	const names = centralDirectoryNames(bytes);
	if (!names || !names.some((name) => equal(name, contentTypesEntry))) return null;
	const word = names.some((name) => startsWith(name, wordFolder));
	const excel = names.some((name) => startsWith(name, excelFolder));
	if (word === excel) return null;
	return word ? 'docx' : 'xlsx';
}

function centralDirectoryNames(bytes: Uint8Array): Uint8Array[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEndRecord(view);
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	const size = view.getUint32(end + 12, true);
	const offset = view.getUint32(end + 16, true);
	// ZIP64 marks its real values elsewhere; an upload small enough to attach never needs it.
	if (offset + size > end) return null;
	const names: Uint8Array[] = [];
	let at = offset;
	for (let i = 0; i < count; i++) {
		if (at + entryHeaderSize > end || view.getUint32(at, true) !== entrySignature) return null;
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const next = at + entryHeaderSize + nameLength + extraLength + commentLength;
		if (next > end) return null;
		names.push(bytes.subarray(at + entryHeaderSize, at + entryHeaderSize + nameLength));
		at = next;
	}
	return names;
}

/** The end of central directory record, searched backwards past an archive comment of any length. */
function findEndRecord(view: DataView): number {
	const last = view.byteLength - endRecordSize;
	const first = Math.max(0, last - maxCommentLength);
	for (let at = last; at >= first; at--) {
		if (view.getUint32(at, true) !== endRecordSignature) continue;
		// The comment length must reach exactly to the end, or these four bytes were inside the comment.
		if (at + endRecordSize + view.getUint16(at + 20, true) === view.byteLength) return at;
	}
	return -1;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && startsWith(a, b);
}
