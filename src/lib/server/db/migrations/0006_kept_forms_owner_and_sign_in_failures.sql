CREATE TABLE "sign_in_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- Forms kept before they were bound to an account cannot be given to anyone safely; they are at most a day old.
DELETE FROM "kept_submissions";--> statement-breakpoint
ALTER TABLE "kept_submissions" ADD COLUMN "user_id" text NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_submissions" ADD CONSTRAINT "kept_submissions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kept_submissions_user_id_index" ON "kept_submissions" USING btree ("user_id");