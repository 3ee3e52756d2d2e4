import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unpackedSizeWithin } from './bounded-unzip';
import { deflatedZeros, zip } from './zip-test-archives';

const MiB = 1024 * 1024;

describe('unpacking an upload with a running cap', () => {
	it('stops a zip bomb that declares a small size at the cap', async () => {
		const bomb = zip([
			{ name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(64), declaredSize: 1000 }
		]);
		expect(bomb.length).toBeLessThan(200 * 1024);
		expect(await unpackedSizeWithin(bomb, 5 * MiB)).toEqual({ ok: false, reason: 'too_large' });
	});

	it('counts every entry: many small ones past the cap together are too large too', async () => {
		const part = deflateRawSync(Buffer.alloc(MiB));
		const parts = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}`, data: part, declaredSize: 1 }));
		expect(await unpackedSizeWithin(zip(parts), 5 * MiB)).toEqual({ ok: false, reason: 'too_large' });
		expect(await unpackedSizeWithin(zip(parts.slice(0, 4)), 5 * MiB)).toEqual({ ok: true, bytes: 4 * MiB });
	});

	it('stored entries count at their real length', async () => {
		const data = new Uint8Array(3000);
		expect(await unpackedSizeWithin(zip([{ name: 'a', data, method: 0, declaredSize: 1 }]), 2000)).toEqual({
			ok: false,
			reason: 'too_large'
		});
	});

	it('reads a real workbook and gives its size', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Answers').addRow(['field', 'answer']);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const size = await unpackedSizeWithin(bytes, 5 * MiB);
		expect(size.ok && size.bytes).toBeGreaterThan(bytes.length);
	});

	it('anything else is unreadable, never an exception', async () => {
		for (const bytes of [
			new Uint8Array(0),
			new TextEncoder().encode('not a zip'),
			zip([{ name: 'a', data: new TextEncoder().encode('not deflate data'), declaredSize: 3 }]),
			zip([{ name: 'a', data: new Uint8Array(10), declaredSize: 3 }]).subarray(0, 40)
		]) {
			expect(await unpackedSizeWithin(bytes, MiB)).toEqual({ ok: false, reason: 'unreadable' });
		}
	});
});
