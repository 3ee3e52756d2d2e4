import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { jpegBytes, pngBytes, textBytes } from '../../../../tests/factories/files';
import { sniffKind } from './sniff';

const bytes = textBytes;
const pdf = bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = pngBytes;
const jpeg = jpegBytes;

/** An Office-like package: '[Content_Types].xml' plus the given parts, stored as a real ZIP. */
async function zipOf(parts: string[], comment?: string): Promise<Uint8Array> {
	const zip = new JSZip();
	for (const part of parts) zip.file(part, '<?xml version="1.0"?><x/>');
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment });
}

async function workbook(): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	book.addWorksheet('Figures').addRow(['Share of foreign-born residents', 12.5]);
	return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('sniffKind', () => {
	it('knows PDF, PNG and JPEG by their first bytes', () => {
		expect(sniffKind(pdf)).toBe('pdf');
		expect(sniffKind(png)).toBe('png');
		expect(sniffKind(jpeg)).toBe('jpeg');
	});

	it('tells a Word document from a workbook by the parts the ZIP lists', async () => {
		const docx = await zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
		expect(sniffKind(docx)).toBe('docx');
		expect(sniffKind(await workbook())).toBe('xlsx');
		// An archive comment sits after the directory; the end record is found before it.
		expect(sniffKind(await zipOf(['[Content_Types].xml', 'xl/workbook.xml'], 'made by hand'))).toBe('xlsx');
	});

	it('does not take any ZIP for an Office file', async () => {
		expect(sniffKind(await zipOf(['notes.txt', 'word/document.xml']))).toBeNull();
		expect(sniffKind(await zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))).toBeNull();
		expect(
			sniffKind(await zipOf(['[Content_Types].xml', 'word/document.xml', 'xl/workbook.xml']))
		).toBeNull();
		const docx = await zipOf(['[Content_Types].xml', 'word/document.xml']);
		expect(sniffKind(docx.subarray(0, docx.length - 10))).toBeNull();
	});

	it('ignores the name the file came with: only its content counts', () => {
		// What an upload of 'report.pdf' holding a PNG image gives the server: the bytes decide.
		const upload = new File([png], 'report.pdf', { type: 'application/pdf' });
		expect(upload.name).toBe('report.pdf');
		expect(sniffKind(png)).toBe('png');
		expect(sniffKind(bytes('Just some text, saved as report.pdf'))).toBeNull();
	});

	it('knows nothing of random bytes, empty files or a bare prefix', () => {
		expect(sniffKind(new Uint8Array())).toBeNull();
		expect(sniffKind(bytes('%PDF'))).toBeNull();
		expect(sniffKind(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBeNull();
		expect(sniffKind(Uint8Array.of(0x12, 0x9a, 0xfe, 0x00, 0x41, 0x42, 0x43, 0x44))).toBeNull();
	});

	it('never throws, whatever the bytes', async () => {
		const docx = await zipOf(['[Content_Types].xml', 'word/document.xml']);
		const zipLike = fc
			.tuple(fc.uint8Array({ maxLength: 200 }), fc.nat(docx.length), fc.integer({ min: 0, max: 255 }))
			.map(([noise, at, byte]) => {
				// A real package with one byte changed and noise appended: close enough to reach every check.
				const copy = Uint8Array.from([...docx, ...noise]);
				if (at < copy.length) copy[at] = byte;
				return copy;
			});
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 512 }), zipLike), (input) => {
				const kind = sniffKind(input);
				expect(kind === null || ['pdf', 'png', 'jpeg', 'docx', 'xlsx'].includes(kind)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('reads bytes that are a view into a larger buffer', () => {
		const buffer = new Uint8Array(64);
		buffer.set(png, 20);
		expect(sniffKind(buffer.subarray(20, 20 + png.length))).toBe('png');
	});
});
