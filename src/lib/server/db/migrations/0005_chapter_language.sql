ALTER TABLE "report_section_history" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_sections" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;