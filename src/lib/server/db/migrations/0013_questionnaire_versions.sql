CREATE TABLE "questionnaire_versions" (
	"version" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"copied_from" text,
	"required_locales" jsonb DEFAULT '["en"]'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
