import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	customType,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgSequence,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

// ---------------------------------------------------------------------------------------------------------
// The Charter's signatories and the cycles they answered.

export const cities = pgTable(
	'cities',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		/** ISO 3166-1 alpha-2; names are shown in the reader's language through Intl.DisplayNames. */
		countryCode: text('country_code').notNull(),
		population: integer('population'),
		latitude: doublePrecision('latitude').notNull(),
		longitude: doublePrecision('longitude').notNull(),
		/** Null for cities that answered a survey without signing the Charter. */
		signedOn: date('signed_on'),
		/** How much of signedOn is known: 'day', 'month', 'year', or 'by' (signed no later than that date). */
		signedOnPrecision: text('signed_on_precision'),
		/** Where the signing fact comes from (report and year, or a public news item). */
		signingSource: text('signing_source'),
		...timestamps
	},
	// Lists of cities by name (a cycle's progress, /cities) read one page in name order through this index
	// instead of sorting every city: at 10,000 cities, 5 ms instead of 25 to 60 for a page of the progress.
	(table) => [index().on(table.name, table.id)]
);

export const cycles = pgTable('cycles', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	periodStart: date('period_start').notNull(),
	periodEnd: date('period_end').notNull(),
	/** Ordinal of the Integrating Cities Report this cycle feeds (1st report 2013 …). */
	reportNumber: integer('report_number'),
	reportYear: integer('report_year'),
	status: text('status', { enum: ['draft', 'open', 'closed', 'published'] })
		.notNull()
		.default('draft'),
	opensOn: date('opens_on'),
	deadline: date('deadline'),
	note: text('note'),
	/** The questionnaire version this cycle uses, and a snapshot of it: later versions never change an old cycle. */
	questionnaireVersion: text('questionnaire_version'),
	questionnaire: jsonb('questionnaire'),
	/** Whether each city's own answers become public when the cycle is published (otherwise only aggregates). */
	cityAnswersPublic: boolean('city_answers_public').notNull().default(false),
	/**
	 * Whether the cycle's per-city ratings are made up (the demo's cycles whose reports published no per-city
	 * ratings): every page and export showing them says so. Set by whoever loads such ratings, never guessed.
	 */
	ratingsIllustrative: boolean('ratings_illustrative').notNull().default(false),
	/** When the report was published (the cycle became 'published'); null for cycles loaded as published. */
	publishedAt: timestamp('published_at', { withTimezone: true }),
	...timestamps
});

/**
 * The questionnaire versions the secretariat can open a cycle with: the built-in ones (loaded as frozen at
 * start, never overwritten) and the drafts it edits under /admin/questionnaires. A version is frozen once a
 * cycle is created or opened with it; the cycle keeps its own snapshot (`cycles.questionnaire`) as before.
 */
export const questionnaireVersions = pgTable('questionnaire_versions', {
	/** The version name ('charter-2026.1'), also the definition's `version`. */
	version: text('version').primaryKey(),
	/** The English title, for lists; the definition holds every language. */
	title: text('title').notNull(),
	definition: jsonb('definition').notNull(),
	status: text('status', { enum: ['draft', 'frozen'] })
		.notNull()
		.default('draft'),
	/** The version this one started as a copy of: the protected core is compared with it. */
	copiedFrom: text('copied_from'),
	/** Interface languages whose texts must all be present before a cycle opens with it (English always). */
	requiredLocales: jsonb('required_locales').$type<string[]>().notNull().default(['en']),
	/** Counts saves: a save made on a page showing an older revision is refused. */
	revision: integer('revision').notNull().default(1),
	...timestamps
});

/**
 * A city's response to a cycle: its part in the cycle and the header of its answers. Answering a cycle and
 * signing the Charter are separate facts.
 */
export const responses = pgTable(
	'responses',
	{
		id: serial('id').primaryKey(),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		cityId: integer('city_id')
			.notNull()
			.references(() => cities.id, { onDelete: 'cascade' }),
		state: text('state', {
			enum: ['invited', 'in_progress', 'submitted', 'returned', 'accepted']
		}).notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: text('submitted_by'),
		/** When the secretariat invited the city to this cycle (null for cycles imported from the reports). */
		invitedAt: timestamp('invited_at', { withTimezone: true }),
		/** This city's own deadline, granted by the secretariat; replaces the cycle's deadline when set. */
		extendedTo: date('extended_to'),
		/**
		 * The language the city writes its free-text answers in (ISO 639-1, one of contentLanguages): chosen by
		 * the city, or taken from the interface language of the first city person who saves an answer. Null
		 * until then (and for responses taken over from the reports), when nothing marks their texts.
		 */
		language: text('language'),
		/**
		 * Kept up to date by every write so the secretariat's progress page is one query, however many cities:
		 * the last change (who, when) and how many required items are answered validly.
		 */
		lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
		lastActivityBy: text('last_activity_by').references(() => user.id, { onDelete: 'set null' }),
		requiredDone: integer('required_done').notNull().default(0),
		/** Required items given the answers so far (conditional items count once their condition holds). */
		requiredTotal: integer('required_total').notNull().default(0),
		...timestamps
	},
	(table) => [
		uniqueIndex().on(table.cycleId, table.cityId),
		index().on(table.cityId),
		index().on(table.cycleId, table.state)
	]
);

/**
 * The secretariat's questions on one item of a response, and the city's replies: one thread per item.
 * `status`: 'draft' while the secretariat has written a query not yet sent; 'open' once the response was
 * returned with it (the item is reopened for the city); 'answered' once the city resubmitted; 'closed' when
 * the response was accepted.
 */
export const reviewThreads = pgTable(
	'review_threads',
	{
		id: serial('id').primaryKey(),
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull(),
		status: text('status', { enum: ['draft', 'open', 'answered', 'closed'] }).notNull(),
		...timestamps
	},
	(table) => [uniqueIndex().on(table.responseId, table.itemId)]
);

/**
 * Every sent message of a review thread is kept: nothing in the application edits or deletes one. Only the
 * secretariat's own unsent draft can be removed, since nobody else has seen it.
 */
export const reviewMessages = pgTable(
	'review_messages',
	{
		id: serial('id').primaryKey(),
		threadId: integer('thread_id')
			.notNull()
			.references(() => reviewThreads.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		/** Who spoke: the secretariat asks, the city answers. */
		side: text('side', { enum: ['secretariat', 'city'] }).notNull(),
		body: text('body').notNull(),
		/** Null while a secretariat query is a draft: the city sees a message only once it is sent. */
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.threadId)]
);

/**
 * The current value of each answered item. `revision` grows by one with every save: a save names the revision
 * it started from, so a save based on an older revision is refused instead of overwriting someone else's.
 */
export const answers = pgTable(
	'answers',
	{
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull(),
		value: jsonb('value'),
		/** The language of this answer's text when it is not the response's (null: the response's language). */
		language: text('language'),
		revision: integer('revision').notNull(),
		updatedBy: text('updated_by'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.responseId, table.itemId] })]
);

/** Every value an item ever had, so nothing typed is lost and any earlier value can be restored. */
export const answerHistory = pgTable(
	'answer_history',
	{
		id: serial('id').primaryKey(),
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull(),
		revision: integer('revision').notNull(),
		value: jsonb('value'),
		/** The answer's own language at this revision (null: the response's language). */
		language: text('language'),
		/** How the value came: typed and saved, restored from history, copied from the previous cycle, imported. */
		source: text('source', { enum: ['save', 'restore', 'copy_previous', 'import'] }).notNull(),
		changedBy: text('changed_by'),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.responseId, table.itemId)]
);

/** A section handed by the city coordinator to a colleague, and whether it was marked completed. */
export const sectionAssignments = pgTable(
	'section_assignments',
	{
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		sectionId: text('section_id').notNull(),
		assigneeId: text('assignee_id').references(() => user.id, { onDelete: 'set null' }),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		completedBy: text('completed_by'),
		...timestamps
	},
	(table) => [primaryKey({ columns: [table.responseId, table.sectionId] })]
);

// ---------------------------------------------------------------------------------------------------------
// Accounts: the tables better-auth expects, with the product's role and city on the user.

export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	role: text('role', { enum: ['secretariat', 'coordinator', 'contributor'] }),
	cityId: integer('city_id').references(() => cities.id, { onDelete: 'set null' }),
	locale: text('locale'),
	...timestamps
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		...timestamps
	},
	(table) => [index().on(table.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		...timestamps
	},
	(table) => [index().on(table.userId)]
);

export const verification = pgTable(
	'verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		...timestamps
	},
	(table) => [index().on(table.identifier)]
);

export const rateLimit = pgTable('rate_limit', {
	id: text('id').primaryKey(),
	key: text('key').notNull().unique(),
	count: integer('count').notNull(),
	lastRequest: bigint('last_request', { mode: 'number' }).notNull()
});

// ---------------------------------------------------------------------------------------------------------
// Invitations, mail and the audit trail.

export const invitations = pgTable(
	'invitations',
	{
		id: serial('id').primaryKey(),
		/** Only a hash is stored: a database leak must not leak usable links. */
		tokenHash: text('token_hash').notNull().unique(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: text('role', { enum: ['secretariat', 'coordinator', 'contributor'] }).notNull(),
		cityId: integer('city_id').references(() => cities.id, { onDelete: 'cascade' }),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** A section a coordinator hands to the colleague they invite: assigned when the invitation is accepted. */
		handOver: jsonb('hand_over').$type<{ responseId: number; sectionId: string }>()
	},
	(table) => [index().on(table.email)]
);

/** Every e-mail the product sends, kept so that nothing depends on a mail server being there. */
export const outbox = pgTable('outbox', {
	id: serial('id').primaryKey(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	/** Set when an SMTP server accepted the message; null when mail only went to the outbox. */
	sentAt: timestamp('sent_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: text('actor_id'),
		action: text('action').notNull(),
		subjectType: text('subject_type').notNull(),
		subjectId: text('subject_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(table) => [
		index().on(table.subjectType, table.subjectId),
		index().on(table.at),
		index().on(table.action),
		index().on(table.actorId)
	]
);

/** Small settings the product generates for itself once (e.g. the session secret when none is configured). */
export const appSettings = pgTable('app_settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * One row counting changes to what the public pages show. Database triggers (migration "data_version") add one
 * in the same transaction as any change to cities, cycles, practices, report parts, or the responses and
 * answers of a published cycle, so every app process on the database knows cheaply whether a page it keeps
 * is still current (`server/page-cache/`).
 */
export const dataVersion = pgTable('data_version', {
	id: integer('id').primaryKey().default(1),
	version: bigint('version', { mode: 'number' }).notNull().default(0)
});

/**
 * Where the values of `progress_versions` come from: a sequence never gives a value twice, so a version a
 * process kept a page under cannot come back (not even after a cycle's row were deleted and written anew).
 */
export const progressVersionCounter = pgSequence('progress_version_counter');

/**
 * One row per cycle whose responses have changed. `version` changes whenever anything its progress page lists
 * changes: a response invited, saved, submitted, returned, accepted, extended or removed, a city's name,
 * address or country, the name of the person last active. `totals_version` changes only with what the totals
 * count (a response added or removed, its state or extension changed, a city's country): most saves leave it.
 * Database triggers (migration "cycle_progress_version") set them in the same transaction as the change, so an
 * app process that kept a cycle's rows and totals reads this one row to know whether they are still current
 * (`server/reads/cycle-progress.ts`). No row: nothing is kept for that cycle.
 */
export const progressVersions = pgTable('progress_versions', {
	cycleId: integer('cycle_id').primaryKey(),
	version: bigint('version', { mode: 'number' }).notNull(),
	totalsVersion: bigint('totals_version', { mode: 'number' }).notNull()
});

// ---------------------------------------------------------------------------------------------------------
// The good-practice library.

/** PostgreSQL's full-text document type; Drizzle has none built in. Only the database writes it. */
const tsvector = customType<{ data: string }>({
	dataType: () => 'tsvector'
});

export const practices = pgTable(
	'practices',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		cityId: integer('city_id')
			.notNull()
			.references(() => cities.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		/** ISO 639-1 code of the language title and summary are written in; it picks the search stemming. */
		language: text('language').notNull().default('en'),
		startYear: integer('start_year'),
		endYear: integer('end_year'),
		ongoing: boolean('ongoing').notNull().default(false),
		/** Charter commitment numbers (1–11); the roles follow from them (see domain/charter.ts). */
		commitments: integer('commitments')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** Keys from domain/practices/vocabulary.ts. */
		trends: text('trends')
			.array()
			.notNull()
			.default(sql`'{}'`),
		themes: text('themes')
			.array()
			.notNull()
			.default(sql`'{}'`),
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'`),
		funding: text('funding')
			.array()
			.notNull()
			.default(sql`'{}'`),
		links: jsonb('links').$type<{ url: string; title: string }[]>().notNull().default([]),
		source: jsonb('source').$type<{ report: string; year: number }>(),
		/** Set when the secretariat promoted the practice from a city's questionnaire answer. */
		sourceResponseId: integer('source_response_id').references(() => responses.id, {
			onDelete: 'set null'
		}),
		sourceItemId: text('source_item_id'),
		/** Set when this practice was merged into another as a duplicate; it is then unpublished. */
		mergedIntoId: integer('merged_into_id'),
		status: text('status', { enum: ['draft', 'published'] })
			.notNull()
			.default('draft'),
		/**
		 * Title (weight A, ranks first) and summary (weight B), stemmed by the practice's own language:
		 * icm_ts_config() is an immutable SQL function created by migration 0001 ahead of this table.
		 */
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector(icm_ts_config("language"), "title"), 'A') || setweight(to_tsvector(icm_ts_config("language"), "summary"), 'B')`
		),
		...timestamps
	},
	(table) => [
		index().on(table.cityId),
		index('practices_search_idx').using('gin', table.search),
		index('practices_commitments_idx').using('gin', table.commitments),
		index('practices_trends_idx').using('gin', table.trends),
		index('practices_themes_idx').using('gin', table.themes),
		index('practices_target_groups_idx').using('gin', table.targetGroups)
	]
);

// ---------------------------------------------------------------------------------------------------------
// The Integrating Cities Report of a cycle: an ordered list of sections, each either a chapter the
// secretariat writes in Markdown or a part generated from the cycle's data (see domain/report/parts.ts).

export const reportSections = pgTable(
	'report_sections',
	{
		id: serial('id').primaryKey(),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		/** Order in the report; gaps are allowed, ties are broken by id. */
		position: integer('position').notNull(),
		/** 'chapter', or the key of a generated part. */
		kind: text('kind').notNull(),
		/** A chapter's heading; null for a generated part, whose heading comes from the message files. */
		title: text('title'),
		/** A chapter's narrative in Markdown; empty for a generated part. */
		body: text('body').notNull().default(''),
		/** ISO 639-1 code of the language a chapter is written in, so pages mark it (`lang`) for screen readers. */
		language: text('language').notNull().default('en'),
		/** Grows by one with every save: a save names the version it started from (no silent overwrite). */
		version: integer('version').notNull().default(1),
		updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
		...timestamps
	},
	(table) => [index().on(table.cycleId, table.position)]
);

/** Every saved state of a chapter, kept even when the chapter is removed: nothing written is lost. */
export const reportSectionHistory = pgTable(
	'report_section_history',
	{
		id: serial('id').primaryKey(),
		sectionId: integer('section_id').references(() => reportSections.id, { onDelete: 'set null' }),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		title: text('title'),
		body: text('body').notNull(),
		language: text('language').notNull().default('en'),
		version: integer('version').notNull(),
		savedBy: text('saved_by').references(() => user.id, { onDelete: 'set null' }),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.sectionId), index().on(table.cycleId)]
);

// ---------------------------------------------------------------------------------------------------------
// Forms sent after the sender's session ended: kept until the person signs in again and sends them.

export const keptSubmissions = pgTable(
	'kept_submissions',
	{
		/** A random token, also held in the sender's browser cookie; both are needed to see the form. */
		id: text('id').primaryKey(),
		/** Where the form was sent: path and query, e.g. `/respond/2024-2026/policy?/save`. */
		action: text('action').notNull(),
		/** The form's text fields in their order, as [name, value] pairs (a name can repeat). */
		fields: jsonb('fields').$type<[string, string][]>().notNull(),
		/** Names of chosen files, which are not kept: the person attaches them again. */
		skippedFiles: jsonb('skipped_files').$type<string[]>().notNull(),
		/** The account whose ended session sent the form: only that person, signed in again, may see it. */
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.createdAt), index().on(table.userId)]
);

/**
 * Failed password sign-ins counted per key (`address:<ip>` or `account:<e-mail>`) in a fixed window. Only
 * failures count, so a room of people behind one address can all sign in; see lib/server/sign-in-limits.ts.
 */
export const signInFailures = pgTable('sign_in_failures', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull()
});

// ---------------------------------------------------------------------------------------------------------
// Reminders sent by themselves (decision: reminders on a schedule).

/**
 * When a cycle's automatic reminders go, in days relative to each city's own deadline: -14 is fourteen days
 * before, 0 the day itself, 1 the day after. An extension moves its city's dates, because they are counted
 * from the city's deadline when the scheduler runs.
 */
export const reminderSchedulePoints = pgTable(
	'reminder_schedule_points',
	{
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		days: integer('days').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.cycleId, table.days] })]
);

/**
 * One row per automatic reminder taken by a scheduler run. The unique key (cycle, city, point, deadline) is what
 * makes each reminder go once, however many servers or timers run at the same moment: the run that inserts the
 * row sends it, every other run finds it there. A new deadline (an extension) is a new key.
 */
export const reminderSends = pgTable(
	'reminder_sends',
	{
		id: serial('id').primaryKey(),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		cityId: integer('city_id')
			.notNull()
			.references(() => cities.id, { onDelete: 'cascade' }),
		days: integer('days').notNull(),
		/** The city's deadline the point was counted from, and the day it fell on. */
		deadline: date('deadline').notNull(),
		dueOn: date('due_on').notNull(),
		takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
		/** E-mails written to the outbox for it (one per coordinator), set once they are. */
		mails: integer('mails'),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(table) => [
		uniqueIndex().on(table.cycleId, table.cityId, table.days, table.deadline),
		index().on(table.cycleId, table.takenAt)
	]
);

// ---------------------------------------------------------------------------------------------------------
// Stored files (attachments, printed reports), kept in their own module.

export * from './schema-files';
