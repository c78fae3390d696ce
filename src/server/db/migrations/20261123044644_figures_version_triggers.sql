-- figures_version: one counter per administration, raised by every statement that changes its
-- cases or its promises, inside the writing transaction. The figures service keeps the figures
-- it computed under the counters of the administrations they cover and serves them again
-- while those counters stand still (src/server/figures/figures.cache.ts). A reader that sees
-- an old counter cannot see the new cases either: both commit together.
--
-- Conservative on purpose: any change to a case (also a pilot assigned, a warning sent) raises
-- the counter; what the figures read is a subset.
CREATE OR REPLACE FUNCTION figures_version_raise() RETURNS trigger AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT organization_id FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT organization_id FROM old_rows'
    ELSE 'SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO figures_version AS v (organization_id, version)
    SELECT DISTINCT organization_id, 1 FROM (%s) changed
    -- every writer locks the counters in the same order: no deadlock between two statements
    -- that touch the same administrations
    ORDER BY 1
    ON CONFLICT (organization_id) DO UPDATE SET version = v.version + 1
  $sql$, changed);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- every administration's counter, also of those without a row yet
CREATE OR REPLACE FUNCTION figures_version_raise_all() RETURNS void AS $$
  INSERT INTO figures_version AS v (organization_id, version)
  SELECT id, 1 FROM organization ORDER BY 1
  ON CONFLICT (organization_id) DO UPDATE SET version = v.version + 1;
$$ LANGUAGE sql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figures_version_truncated() RETURNS trigger AS $$
BEGIN
  PERFORM figures_version_raise_all();
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A trigger with transition tables serves one event, hence three per table.
CREATE TRIGGER figures_version_case_insert AFTER INSERT ON service_case
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
CREATE TRIGGER figures_version_case_update AFTER UPDATE ON service_case
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
CREATE TRIGGER figures_version_case_delete AFTER DELETE ON service_case
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
CREATE TRIGGER figures_version_case_truncate AFTER TRUNCATE ON service_case
  FOR EACH STATEMENT EXECUTE FUNCTION figures_version_truncated();
--> statement-breakpoint
-- titles, deadlines and allowed deviation rates of the promises name and judge the figures
CREATE TRIGGER figures_version_promise_insert AFTER INSERT ON service_promise
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
CREATE TRIGGER figures_version_promise_update AFTER UPDATE ON service_promise
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
CREATE TRIGGER figures_version_promise_delete AFTER DELETE ON service_promise
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_version_raise();
--> statement-breakpoint
-- The repair of the rollups (case_figure_rollup_rebuild) may change figures without touching a
-- case: it raises every counter.
ALTER FUNCTION case_figure_rollup_rebuild() RENAME TO case_figure_rollup_rebuild_rows;
--> statement-breakpoint
CREATE FUNCTION case_figure_rollup_rebuild() RETURNS void AS $$
BEGIN
  PERFORM case_figure_rollup_rebuild_rows();
  PERFORM figures_version_raise_all();
END;
$$ LANGUAGE plpgsql;
