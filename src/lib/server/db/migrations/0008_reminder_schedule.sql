CREATE TABLE "reminder_schedule_points" (
	"cycle_id" integer NOT NULL,
	"days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_schedule_points_cycle_id_days_pk" PRIMARY KEY("cycle_id","days")
);
--> statement-breakpoint
CREATE TABLE "reminder_sends" (
	"id" serial PRIMARY KEY NOT NULL,
	"cycle_id" integer NOT NULL,
	"city_id" integer NOT NULL,
	"days" integer NOT NULL,
	"deadline" date NOT NULL,
	"due_on" date NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"mails" integer,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reminder_schedule_points" ADD CONSTRAINT "reminder_schedule_points_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_sends_cycle_id_city_id_days_deadline_index" ON "reminder_sends" USING btree ("cycle_id","city_id","days","deadline");--> statement-breakpoint
CREATE INDEX "reminder_sends_cycle_id_taken_at_index" ON "reminder_sends" USING btree ("cycle_id","taken_at");