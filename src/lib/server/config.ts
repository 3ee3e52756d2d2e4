import { z } from 'zod';
import { defaultTimeZone, isTimeZone } from '$lib/domain/time-zone';

/** Settings read from the environment once, parsed so a typo fails loudly at start instead of later. */
const configSchema = z.object({
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional(),
	DATA_DIR: z.string().default('./data'),
	SMTP_URL: z.string().optional(),
	MAIL_FROM: z.string().default('Integrating Cities Monitor <no-reply@integrating-cities.local>'),
	ORIGIN: z.url().optional(),
	AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
	DEMO_DATA: z.enum(['on', 'off']).default('on'),
	/** Password of the demo accounts; without it one is generated and printed once, when they are created. */
	DEMO_PASSWORD: z.string().min(12, 'DEMO_PASSWORD must be at least 12 characters').optional(),
	/**
	 * Failed password sign-ins allowed per minute and client address (successful ones do not count), and
	 * e-mail link and password reset requests per minute and address.
	 */
	SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(1000).default(30),
	/**
	 * The organisation's time zone (an IANA name): every page, e-mail and export shows dates and times in it,
	 * and deadlines end at the end of their day there.
	 */
	TIME_ZONE: z
		.string()
		.default(defaultTimeZone)
		.refine(isTimeZone, 'TIME_ZONE must be a time zone name such as Europe/Brussels'),
	/**
	 * Turns on /metrics (Prometheus format) for requests that send `Authorization: Bearer <METRICS_TOKEN>`;
	 * without it /metrics does not exist (404). Long enough that it cannot be guessed.
	 */
	METRICS_TOKEN: z.string().min(24, 'METRICS_TOKEN must be at least 24 characters').optional(),
	/**
	 * Memory for the rendered public pages each app process keeps (megabytes, least recently used out first);
	 * 0 renders every page afresh.
	 */
	PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	NODE_ENV: z.string().default('production')
});

export type Config = z.infer<typeof configSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	// Empty strings in the environment mean "not set".
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	return configSchema.parse(cleaned);
}
