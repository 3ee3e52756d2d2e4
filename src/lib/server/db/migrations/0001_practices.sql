-- The text-search configuration for a practice's language (ISO 639-1), so that each practice is stemmed in
-- its own language. Immutable, as a generated column requires; only configurations that PostgreSQL 13+ and
-- PGlite both ship are named. Languages without one fall back to 'simple' (no stemming, no stop words).
CREATE OR REPLACE FUNCTION icm_ts_config(lang text) RETURNS regconfig
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$
		SELECT CASE lang
			WHEN 'en' THEN 'english'::regconfig
			WHEN 'fr' THEN 'french'::regconfig
			WHEN 'de' THEN 'german'::regconfig
			WHEN 'nl' THEN 'dutch'::regconfig
			WHEN 'it' THEN 'italian'::regconfig
			WHEN 'es' THEN 'spanish'::regconfig
			WHEN 'pt' THEN 'portuguese'::regconfig
			WHEN 'ca' THEN 'catalan'::regconfig
			WHEN 'sv' THEN 'swedish'::regconfig
			WHEN 'da' THEN 'danish'::regconfig
			WHEN 'nb' THEN 'norwegian'::regconfig
			WHEN 'no' THEN 'norwegian'::regconfig
			WHEN 'fi' THEN 'finnish'::regconfig
			WHEN 'el' THEN 'greek'::regconfig
			WHEN 'hu' THEN 'hungarian'::regconfig
			WHEN 'ro' THEN 'romanian'::regconfig
			WHEN 'lt' THEN 'lithuanian'::regconfig
			WHEN 'tr' THEN 'turkish'::regconfig
			ELSE 'simple'::regconfig
		END
	$$;
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"city_id" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"start_year" integer,
	"end_year" integer,
	"ongoing" boolean DEFAULT false NOT NULL,
	"commitments" integer[] DEFAULT '{}' NOT NULL,
	"trends" text[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"funding" text[] DEFAULT '{}' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(icm_ts_config("language"), "title"), 'A') || setweight(to_tsvector(icm_ts_config("language"), "summary"), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_city_id_index" ON "practices" USING btree ("city_id");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_commitments_idx" ON "practices" USING gin ("commitments");--> statement-breakpoint
CREATE INDEX "practices_trends_idx" ON "practices" USING gin ("trends");--> statement-breakpoint
CREATE INDEX "practices_themes_idx" ON "practices" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "practices_target_groups_idx" ON "practices" USING gin ("target_groups");