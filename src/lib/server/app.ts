import { useTimeZone } from '$lib/domain/time-zone';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createAuth, type Auth } from './auth';
import { readConfig, type Config } from './config';
import { openDatabase, type Database, type DatabaseHandle, type DriverName } from './db';
import { appSettings } from './db/schema';
import { migrationsRecorded, oneStartAtATime } from './db/start-lock';
import { createDatabaseFileStore } from './files/database-file-store';
import type { FileStore } from './files/file-store';
import { moveDiskFilesIntoDatabase } from './files/move-disk-files';
import { log } from './log';
import { loadBuiltInVersions } from './questionnaire-versions/built-in';
import { createMailer, type Mailer } from './mail';
import { seedDemo } from './seed/seed-demo';
import { signInLimits, type SignInLimits } from './sign-in-limits';

/** Everything a request needs from the server side, built once at start. */
export interface AppContext {
	config: Config;
	db: Database;
	driver: DriverName;
	auth: Auth;
	mailer: Mailer;
	/** Uploaded files (attachments) and printed reports, in the database so every app server sees them. */
	files: FileStore;
	/** The application's secret (sessions, signed cookies). */
	secret: string;
	/** Failed password sign-ins allowed per address and per account. */
	signInLimits: SignInLimits;
	close(): Promise<void>;
}

export interface StartOptions {
	config?: Config;
	/** An already opened database (tests); otherwise one is opened from the config. */
	database?: DatabaseHandle;
	/** Failed sign-ins (and e-mail link requests) allowed per minute and client address. */
	signInAttemptsPerMinute?: number;
	/** Where uploaded files go (tests); otherwise the database's `stored_files` table. */
	files?: FileStore;
}

/**
 * Opens the database and builds the context. What must happen once per database (migrations, the demo data,
 * moving files an older version kept on disk) runs while no other app server on the same database does the
 * same (start-lock.ts), so several servers can be started together.
 */
export async function createAppContext(options: StartOptions = {}): Promise<AppContext> {
	const config = options.config ?? readConfig();
	useTimeZone(config.TIME_ZONE);
	const handle = options.database ?? openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
	// The embedded database's worker answers only once it has started; every step below sends queries.
	await handle.ready();
	return oneStartAtATime(handle, async () => {
		const before = await migrationsRecorded(handle);
		await handle.migrate();
		const migrationsApplied = (await migrationsRecorded(handle)) - before;
		const app = await buildContext(config, handle, options);
		await loadBuiltInVersions(app.db);
		if (!options.files) await moveDiskFilesIntoDatabase(app.db, config.DATA_DIR);
		await loadDemoData(app);
		log.info({ database: handle.driver, migrationsApplied }, 'database ready');
		return app;
	});
}

async function buildContext(
	config: Config,
	handle: DatabaseHandle,
	options: StartOptions
): Promise<AppContext> {
	const { db } = handle;
	const secret = config.AUTH_SECRET ?? (await storedSecret(db));
	const mailer = createMailer(db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
	const attemptsPerMinute = options.signInAttemptsPerMinute ?? config.SIGN_IN_LIMIT;
	const auth = createAuth({
		db,
		mailer,
		secret,
		baseURL: config.ORIGIN,
		signInAttemptsPerMinute: attemptsPerMinute
	});
	const files = options.files ?? createDatabaseFileStore(db);
	return {
		config,
		db,
		driver: handle.driver,
		auth,
		mailer,
		files,
		secret,
		signInLimits: signInLimits(attemptsPerMinute),
		close: () => handle.close()
	};
}

/** Loads the demo data when enabled, and says once how to sign in. */
export async function loadDemoData(app: AppContext): Promise<void> {
	if (app.config.DEMO_DATA !== 'on') return;
	const report = await seedDemo(app.db, app.auth, app.config.DEMO_PASSWORD);
	log.info(
		{
			cities: report.citiesAdded,
			cycles: report.cyclesAdded,
			participations: report.participationsAdded,
			practices: report.practicesAdded
		},
		'demo data loaded'
	);
	if (report.accountsCreated.length === 0) return;
	const generated = !app.config.DEMO_PASSWORD;
	const lines = report.accountsCreated.map((account) => `  ${account.role.padEnd(12)} ${account.email}`);
	console.log(
		[
			'',
			'Demo accounts created. Sign in at /sign-in with:',
			...lines,
			generated
				? `  password     ${report.accountsCreated[0]?.password} (shown once; set DEMO_PASSWORD to choose it)`
				: '  password     the value of DEMO_PASSWORD',
			''
		].join('\n')
	);
}

/** A session secret generated on first start and kept in the database, so sessions survive restarts. */
async function storedSecret(db: Database): Promise<string> {
	const [existing] = await db.select().from(appSettings).where(eq(appSettings.key, 'auth_secret'));
	if (existing) return existing.value;
	await db
		.insert(appSettings)
		.values({ key: 'auth_secret', value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [stored] = await db.select().from(appSettings).where(eq(appSettings.key, 'auth_secret'));
	if (!stored) throw new Error('could not store the session secret');
	return stored.value;
}
