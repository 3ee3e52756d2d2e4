import pino from 'pino';

/** Structured JSON logs. Passwords and tokens are never passed to the logger; the redact list is a second guard. */
export const log = pino({
	level: process.env.LOG_LEVEL ?? 'info',
	redact: {
		paths: ['password', '*.password', 'token', '*.token', 'headers.cookie', 'headers.authorization'],
		censor: '[hidden]'
	}
});
