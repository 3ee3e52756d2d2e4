CREATE TABLE "review_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"thread_id" integer NOT NULL,
	"author_id" text,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_threads" (
	"id" serial PRIMARY KEY NOT NULL,
	"response_id" integer NOT NULL,
	"item_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "city_answers_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "source_response_id" integer;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "source_item_id" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "invited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "extended_to" date;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "last_activity_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "last_activity_by" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "required_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "required_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_thread_id_review_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."review_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_threads" ADD CONSTRAINT "review_threads_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_messages_thread_id_index" ON "review_messages" USING btree ("thread_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_threads_response_id_item_id_index" ON "review_threads" USING btree ("response_id","item_id");--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_source_response_id_responses_id_fk" FOREIGN KEY ("source_response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_last_activity_by_user_id_fk" FOREIGN KEY ("last_activity_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_action_index" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_index" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "responses_cycle_id_state_index" ON "responses" USING btree ("cycle_id","state");--> statement-breakpoint
-- The audit trail is append-only in the database itself, not only by convention in the application code:
-- any UPDATE, DELETE or TRUNCATE of audit_log fails, whoever sends it.
CREATE FUNCTION icm_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_log"
	FOR EACH ROW EXECUTE FUNCTION icm_audit_log_is_append_only();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_audit_log_is_append_only();
