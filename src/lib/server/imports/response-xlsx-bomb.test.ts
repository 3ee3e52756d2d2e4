import { describe, expect, it } from 'vitest';
import { deflatedZeros, zip } from '../files/zip-test-archives';
import { readAnswerSheet } from './response-workbook';

describe('importing a zip bomb', () => {
	it('is refused as too large, from its real unpacked size, not the small one it declares', async () => {
		// 60 MiB of zeros in an archive of some 60 KB that says its parts hold a few hundred bytes.
		const zeros = await deflatedZeros(60);
		const bomb = zip([
			{ name: '[Content_Types].xml', data: zeros.subarray(0, 0), method: 0, declaredSize: 0 },
			{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 300 }
		]);
		expect(bomb.length).toBeLessThan(1024 * 1024);
		expect(await readAnswerSheet(bomb)).toEqual({
			ok: false,
			errors: [{ row: 0, field: '', message: 'import.unpackedTooLarge', params: { maxMb: 50 } }]
		});
	});
});
