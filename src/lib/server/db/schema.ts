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

export const cities = pgTable('cities', {
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
});

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
		...timestamps
	},
	(table) => [uniqueIndex().on(table.cycleId, table.cityId), index().on(table.cityId)]
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
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
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
	(table) => [index().on(table.subjectType, table.subjectId), index().on(table.at)]
);

/** Small settings the product generates for itself once (e.g. the session secret when none is configured). */
export const appSettings = pgTable('app_settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
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
