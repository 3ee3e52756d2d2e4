ALTER TABLE "cycles" ADD COLUMN "ratings_illustrative" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Databases loaded with the demo before this column existed: keep their made-up ratings marked, by the rule the
-- code used until now (one of the demo's two cycles, and the note the demo's loader added to it).
UPDATE "cycles" SET "ratings_illustrative" = true WHERE "slug" IN ('2011-2012', '2018-2020') AND position('Illustrative ratings:' in coalesce("note", '')) > 0;
