CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);--> statement-breakpoint
-- One row, counting changes to what the public pages show. The triggers below bump it in the same transaction
-- as the change, so no command can forget to, and say so on the channel icm_data_version once it commits: an
-- app process that reads the row (PostgreSQL) or listens (PGlite, one process) knows whether a page it keeps
-- is still current. Tables the public never reads (accounts, sessions, audit, review messages…) have no
-- trigger; tests/integration/data-version.test.ts fails when a table is in neither list.
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION icm_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE data_version SET version = version + 1 WHERE id = 1;
	PERFORM pg_notify('icm_data_version', '');
	RETURN NULL;
END;
$$;--> statement-breakpoint
-- Responses, answers and report parts are public only once their cycle is published: the autosaves of an open
-- cycle must not make every public page look changed (publishing itself is a change to cycles).
CREATE FUNCTION icm_bump_data_version_if_cycles_published(VARIADIC changed integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM cycles c WHERE c.id = ANY (changed) AND c.status = 'published') THEN
		UPDATE data_version SET version = version + 1 WHERE id = 1;
		PERFORM pg_notify('icm_data_version', '');
	END IF;
END;
$$;--> statement-breakpoint
CREATE FUNCTION icm_bump_data_version_for_cycle_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM icm_bump_data_version_if_cycles_published(NEW.cycle_id);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM icm_bump_data_version_if_cycles_published(OLD.cycle_id);
	ELSE
		PERFORM icm_bump_data_version_if_cycles_published(OLD.cycle_id, NEW.cycle_id);
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION icm_bump_data_version_for_answer_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(cycle_id) INTO changed FROM responses WHERE id = NEW.response_id;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(cycle_id) INTO changed FROM responses WHERE id = OLD.response_id;
	ELSE
		SELECT array_agg(cycle_id) INTO changed FROM responses WHERE id IN (OLD.response_id, NEW.response_id);
	END IF;
	PERFORM icm_bump_data_version_if_cycles_published(VARIADIC coalesce(changed, '{}'));
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER cities_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cities"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();--> statement-breakpoint
CREATE TRIGGER cycles_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cycles"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();--> statement-breakpoint
CREATE TRIGGER practices_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practices"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();--> statement-breakpoint
CREATE TRIGGER responses_data_version AFTER INSERT OR UPDATE OR DELETE ON "responses"
	FOR EACH ROW EXECUTE FUNCTION icm_bump_data_version_for_cycle_row();--> statement-breakpoint
CREATE TRIGGER answers_data_version AFTER INSERT OR UPDATE OR DELETE ON "answers"
	FOR EACH ROW EXECUTE FUNCTION icm_bump_data_version_for_answer_row();--> statement-breakpoint
CREATE TRIGGER report_sections_data_version AFTER INSERT OR UPDATE OR DELETE ON "report_sections"
	FOR EACH ROW EXECUTE FUNCTION icm_bump_data_version_for_cycle_row();--> statement-breakpoint
CREATE TRIGGER responses_truncate_data_version AFTER TRUNCATE ON "responses"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();--> statement-breakpoint
CREATE TRIGGER answers_truncate_data_version AFTER TRUNCATE ON "answers"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();--> statement-breakpoint
CREATE TRIGGER report_sections_truncate_data_version AFTER TRUNCATE ON "report_sections"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_bump_data_version();
