import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { SMTP_PORT, mailDir } from './env';

/**
 * A real SMTP server the app sends its e-mail to. Every message is written raw to mailDir(), where
 * support/mail.ts reads it. Returns the teardown that closes the server.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	const folder = mailDir();
	mkdirSync(folder, { recursive: true });
	let received = 0;

	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('error', callback);
			stream.on('end', () => {
				received += 1;
				// Zero-padded, so the newest message sorts last by name.
				const name = `${String(Date.now()).padStart(15, '0')}-${String(received).padStart(4, '0')}.eml`;
				writeFileSync(join(folder, name), Buffer.concat(chunks));
				callback();
			});
		}
	});

	await new Promise<void>((resolve, reject) => {
		const failed = (error: Error) =>
			reject(new Error(`The SMTP sink cannot listen on 127.0.0.1:${SMTP_PORT}: ${error.message}`));
		server.once('error', failed);
		server.listen(SMTP_PORT, '127.0.0.1', () => {
			server.off('error', failed);
			resolve();
		});
	});

	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
