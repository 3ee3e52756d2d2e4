import { createDeflateRaw } from 'node:zlib';

/** ZIP archives built by hand for tests: zip bombs that declare small sizes, broken archives. */

export interface Part {
	name: string;
	data: Uint8Array;
	method?: 0 | 8;
	/** What the archive says the entry unpacks to: a zip bomb says little. */
	declaredSize: number;
}

/** A ZIP archive by hand (local headers, central directory, end record), declaring whatever sizes it is told. */
export function zip(parts: Part[]): Uint8Array {
	const chunks: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const part of parts) {
		const name = Buffer.from(part.name);
		const method = part.method ?? 8;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(part.data.length, 18);
		local.writeUInt32LE(part.declaredSize, 22);
		local.writeUInt16LE(name.length, 26);
		chunks.push(local, name, Buffer.from(part.data));
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(method, 10);
		entry.writeUInt32LE(part.data.length, 20);
		entry.writeUInt32LE(part.declaredSize, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		central.push(entry, name);
		offset += 30 + name.length + part.data.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** `megabytes` MiB of zeros, deflated a mebibyte at a time, so the test never holds them. */
export async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
	const deflate = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	deflate.on('data', (chunk: Buffer) => out.push(chunk));
	const done = new Promise((resolve) => deflate.on('end', resolve));
	const zeros = Buffer.alloc(1024 * 1024);
	for (let i = 0; i < megabytes; i++) {
		if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
	}
	deflate.end();
	await done;
	return new Uint8Array(Buffer.concat(out));
}
