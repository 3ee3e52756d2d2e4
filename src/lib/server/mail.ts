import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database } from './db';
import { outbox } from './db/schema';
import { log } from './log';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	send(message: MailMessage): Promise<void>;
}

/**
 * Every message is first written to the outbox table, so nothing depends on a mail server being reachable.
 * With SMTP_URL it is then sent; without it (the embedded default) it is written to the server log, where
 * a person trying the demo can find their links.
 */
export function createMailer(db: Database, options: { smtpUrl?: string; from: string }): Mailer {
	const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	return {
		async send(message) {
			const [row] = await db.insert(outbox).values(message).returning({ id: outbox.id });
			if (!transport) {
				log.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'mail (outbox)');
				return;
			}
			try {
				await transport.sendMail({ from: options.from, ...message });
				if (row) {
					await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
				}
			} catch (error) {
				// The message stays in the outbox unsent; the action that asked for it must not fail for that.
				log.error({ err: error, to: message.to }, 'mail could not be sent; kept in the outbox');
			}
		}
	};
}
