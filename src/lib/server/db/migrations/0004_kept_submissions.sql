CREATE TABLE "kept_submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"fields" jsonb NOT NULL,
	"skipped_files" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "kept_submissions_created_at_index" ON "kept_submissions" USING btree ("created_at");