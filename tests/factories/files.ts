/** Small real file headers for tests that check a file's type by its content. */
export const textBytes = (value: string) => new TextEncoder().encode(value);

export const pdfBytes = (body = 'A strategy') => textBytes(`%PDF-1.4\n% ${body}\n%%EOF\n`);

/** The PNG signature followed by the start of an IHDR chunk. */
export const pngBytes = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

/** The JPEG start-of-image marker and a JFIF segment's beginning. */
export const jpegBytes = new Uint8Array(Buffer.from('ffd8ffe000104a464946', 'hex'));
