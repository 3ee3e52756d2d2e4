CREATE SEQUENCE "public"."progress_version_counter" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "progress_versions" (
	"cycle_id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"totals_version" bigint NOT NULL
);
--> statement-breakpoint
-- Two numbers per cycle, set by the triggers below in the same transaction as the change: `version` changes
-- with anything the cycle's progress page lists, `totals_version` only with what its totals count (a response
-- added or removed, its state, extension, cycle or city changed, a city's country), so a save that leaves the
-- state as it was leaves the totals kept. An app process that keeps a cycle's rows and totals reads this one
-- row with the cycle to know whether they are still current, whichever process or command (or an operator's
-- SQL) made the change. The values come from a sequence, so none is ever given twice. The triggers run once
-- per statement (transition tables), so a bulk insert of invitations sets a cycle's row once. No foreign key
-- to cycles: a row left behind by a deleted cycle names an id that is never used again.
CREATE FUNCTION icm_set_progress_versions(changed integer[], totals_changed integer[]) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO progress_versions (cycle_id, version, totals_version)
	SELECT cycle_id, nextval('progress_version_counter'), nextval('progress_version_counter')
	FROM (SELECT DISTINCT unnest(changed || totals_changed) AS cycle_id) AS distinct_cycles
	WHERE cycle_id IS NOT NULL
	-- The same order in every transaction, so two statements that touch several cycles cannot deadlock.
	ORDER BY cycle_id
	ON CONFLICT (cycle_id) DO UPDATE SET
		version = excluded.version,
		totals_version = CASE WHEN excluded.cycle_id = ANY (totals_changed) THEN excluded.totals_version
			ELSE progress_versions.totals_version END;
$$;--> statement-breakpoint
CREATE FUNCTION icm_progress_version_for_responses() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	added_or_removed integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		added_or_removed := ARRAY(SELECT cycle_id FROM progress_new_rows);
		PERFORM icm_set_progress_versions(added_or_removed, added_or_removed);
	ELSIF TG_OP = 'DELETE' THEN
		added_or_removed := ARRAY(SELECT cycle_id FROM progress_old_rows);
		PERFORM icm_set_progress_versions(added_or_removed, added_or_removed);
	ELSE
		PERFORM icm_set_progress_versions(
			ARRAY(SELECT cycle_id FROM progress_old_rows UNION SELECT cycle_id FROM progress_new_rows),
			-- What the totals count: each response's state, whether it is extended, its cycle and its city.
			ARRAY(
				SELECT unnest(ARRAY[o.cycle_id, n.cycle_id])
				FROM progress_old_rows o FULL JOIN progress_new_rows n ON n.id = o.id
				WHERE o.id IS NULL OR n.id IS NULL
					OR (o.state, o.extended_to, o.cycle_id, o.city_id)
						IS DISTINCT FROM (n.state, n.extended_to, n.cycle_id, n.city_id)
			)
		);
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
-- A city's name, address or country is on every page of each cycle it answers; its country is in the totals.
CREATE FUNCTION icm_progress_version_for_cities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM icm_set_progress_versions(
		ARRAY(
			SELECT r.cycle_id FROM responses r
			WHERE r.city_id IN (
				SELECT n.id FROM progress_new_rows n JOIN progress_old_rows o ON o.id = n.id
				WHERE (n.name, n.slug, n.country_code) IS DISTINCT FROM (o.name, o.slug, o.country_code)
			)
		),
		ARRAY(
			SELECT r.cycle_id FROM responses r
			WHERE r.city_id IN (
				SELECT n.id FROM progress_new_rows n JOIN progress_old_rows o ON o.id = n.id
				WHERE n.country_code IS DISTINCT FROM o.country_code
			)
		)
	);
	RETURN NULL;
END;
$$;--> statement-breakpoint
-- The person last active is shown by name (not counted in the totals).
CREATE FUNCTION icm_progress_version_for_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM icm_set_progress_versions(
		ARRAY(SELECT r.cycle_id FROM responses r WHERE r.last_activity_by IN (NEW.id, OLD.id)),
		'{}'
	);
	RETURN NULL;
END;
$$;--> statement-breakpoint
-- Emptying responses outright: every cycle's numbers change.
CREATE FUNCTION icm_progress_version_for_every_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE progress_versions
	SET version = nextval('progress_version_counter'), totals_version = nextval('progress_version_counter');
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER responses_progress_version_insert AFTER INSERT ON "responses"
	REFERENCING NEW TABLE AS progress_new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION icm_progress_version_for_responses();--> statement-breakpoint
CREATE TRIGGER responses_progress_version_update AFTER UPDATE ON "responses"
	REFERENCING OLD TABLE AS progress_old_rows NEW TABLE AS progress_new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION icm_progress_version_for_responses();--> statement-breakpoint
CREATE TRIGGER responses_progress_version_delete AFTER DELETE ON "responses"
	REFERENCING OLD TABLE AS progress_old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION icm_progress_version_for_responses();--> statement-breakpoint
CREATE TRIGGER responses_progress_version_truncate AFTER TRUNCATE ON "responses"
	FOR EACH STATEMENT EXECUTE FUNCTION icm_progress_version_for_every_cycle();--> statement-breakpoint
CREATE TRIGGER cities_progress_version AFTER UPDATE ON "cities"
	REFERENCING OLD TABLE AS progress_old_rows NEW TABLE AS progress_new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION icm_progress_version_for_cities();--> statement-breakpoint
CREATE TRIGGER user_progress_version AFTER UPDATE OF "name" ON "user"
	FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
	EXECUTE FUNCTION icm_progress_version_for_person();--> statement-breakpoint
-- Every cycle that has responses starts with its numbers.
INSERT INTO progress_versions (cycle_id, version, totals_version)
SELECT cycle_id, nextval('progress_version_counter'), nextval('progress_version_counter')
FROM (SELECT DISTINCT cycle_id FROM responses) AS answered
ORDER BY cycle_id;
