-- case_figure_rollup counts the settled cases (fulfilled or excluded) per administration,
-- month of receipt and promise version; case_duration_rollup counts the fulfilled ones per
-- working-day duration, in the month and in the year of receipt. Statement triggers on
-- service_case keep both exact for every write path (case service, imports, seed, bulk SQL):
-- each statement subtracts the rows as they were and adds the rows as they are, summed per
-- rollup row first, so a bulk insert of a million cases is one grouped upsert per table.
--
-- A case's outcome here must match src/server/figures/figures.sql.ts: on time =
-- fulfilled_on <= due_on, late = fulfilled_on > due_on, neither (no due date) = no_deadline;
-- only fulfilled cases with a duration enter the percentiles.
CREATE OR REPLACE FUNCTION case_figure_rollup_change() RETURNS trigger AS $$
DECLARE
  -- +1 for the rows as they are now, -1 for the rows as they were
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_cases'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_cases'
    ELSE 'SELECT 1 AS sign, * FROM new_cases UNION ALL SELECT -1 AS sign, * FROM old_cases'
  END;
  settled boolean := false;
BEGIN
  -- most writes touch open cases only (new cases, pauses, warnings, pilots): nothing to count
  IF TG_OP <> 'DELETE' THEN
    settled := EXISTS (SELECT 1 FROM new_cases WHERE status IN ('fulfilled', 'excluded'));
  END IF;
  IF NOT settled AND TG_OP <> 'INSERT' THEN
    settled := EXISTS (SELECT 1 FROM old_cases WHERE status IN ('fulfilled', 'excluded'));
  END IF;
  IF NOT settled THEN
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    WITH c AS (
      SELECT sign, organization_id, promise_id, date_trunc('month', received_on::timestamp)::date AS received_month, status, duration_working_days,
             CASE WHEN status = 'excluded' THEN 'excluded'
                  WHEN fulfilled_on <= due_on THEN 'on_time'
                  WHEN fulfilled_on > due_on THEN 'late'
                  ELSE 'no_deadline' END AS outcome
      FROM (%s) changed
      WHERE status IN ('fulfilled', 'excluded')
    ),
    figures AS (
      INSERT INTO case_figure_rollup AS r (organization_id, received_month, promise_id, on_time_cases, late_cases, no_deadline_cases, excluded_cases)
      SELECT * FROM (
        SELECT organization_id, received_month, promise_id,
               sum(CASE WHEN outcome = 'on_time' THEN sign ELSE 0 END) AS on_time, sum(CASE WHEN outcome = 'late' THEN sign ELSE 0 END) AS late,
               sum(CASE WHEN outcome = 'no_deadline' THEN sign ELSE 0 END) AS no_deadline, sum(CASE WHEN outcome = 'excluded' THEN sign ELSE 0 END) AS excluded
        FROM c GROUP BY 1, 2, 3
      ) delta
      -- an update that changed nothing the figures read cancels out
      WHERE on_time <> 0 OR late <> 0 OR no_deadline <> 0 OR excluded <> 0
      -- every writer locks the rows it touches in the same order: no deadlock between two
      -- statements that settle cases of the same months
      ORDER BY 1, 2, 3
      ON CONFLICT (organization_id, received_month, promise_id) DO UPDATE SET
        on_time_cases = r.on_time_cases + excluded.on_time_cases,
        late_cases = r.late_cases + excluded.late_cases,
        no_deadline_cases = r.no_deadline_cases + excluded.no_deadline_cases,
        excluded_cases = r.excluded_cases + excluded.excluded_cases
    )
    INSERT INTO case_duration_rollup AS r (organization_id, grain, received_from, promise_id, duration_working_days, cases)
    SELECT * FROM (
      SELECT c.organization_id, g.grain, g.received_from, c.promise_id, c.duration_working_days, sum(c.sign) AS cases
      FROM c
      CROSS JOIN LATERAL (VALUES ('month', c.received_month), ('year', date_trunc('year', c.received_month::timestamp)::date)) g(grain, received_from)
      WHERE c.status = 'fulfilled' AND c.duration_working_days IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
    ) delta
    WHERE cases <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (organization_id, grain, received_from, promise_id, duration_working_days) DO UPDATE SET cases = r.cases + excluded.cases
  $sql$, changed);
  IF TG_OP <> 'INSERT' THEN
    -- a row whose cases all left (reopened, deleted, moved) goes, so the rollups stay exactly
    -- what a fresh aggregation of service_case gives
    DELETE FROM case_figure_rollup r
    USING (SELECT DISTINCT organization_id, date_trunc('month', received_on::timestamp)::date AS received_month, promise_id FROM old_cases) o
    WHERE r.organization_id = o.organization_id AND r.received_month = o.received_month AND r.promise_id = o.promise_id
      AND r.on_time_cases = 0 AND r.late_cases = 0 AND r.no_deadline_cases = 0 AND r.excluded_cases = 0;
    DELETE FROM case_duration_rollup r
    USING (SELECT DISTINCT organization_id, date_trunc('month', received_on::timestamp)::date AS received_month, promise_id FROM old_cases) o
    WHERE r.organization_id = o.organization_id AND r.promise_id = o.promise_id AND r.cases = 0
      AND ((r.grain = 'month' AND r.received_from = o.received_month) OR (r.grain = 'year' AND r.received_from = date_trunc('year', o.received_month::timestamp)::date));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A trigger with transition tables serves one event, hence three.
CREATE TRIGGER case_figure_rollup_insert AFTER INSERT ON service_case
  REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION case_figure_rollup_change();
--> statement-breakpoint
CREATE TRIGGER case_figure_rollup_update AFTER UPDATE ON service_case
  REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION case_figure_rollup_change();
--> statement-breakpoint
CREATE TRIGGER case_figure_rollup_delete AFTER DELETE ON service_case
  REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION case_figure_rollup_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_figure_rollup_truncate() RETURNS trigger AS $$
BEGIN
  TRUNCATE case_figure_rollup, case_duration_rollup;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_figure_rollup_truncate AFTER TRUNCATE ON service_case
  FOR EACH STATEMENT EXECUTE FUNCTION case_figure_rollup_truncate();
--> statement-breakpoint
-- Rows are updated in place with every settled case: room on each page keeps those updates
-- HOT (no new index entry) and the rows of a month together.
ALTER TABLE case_figure_rollup SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE case_duration_rollup SET (fillfactor = 80);
--> statement-breakpoint
-- Rebuilds both rollups from the cases: the backfill below, and the repair should they ever
-- be doubted. The same outcome rules as the trigger; test/figures-rollup.test.ts checks both.
CREATE OR REPLACE FUNCTION case_figure_rollup_rebuild() RETURNS void AS $$
BEGIN
  -- no case changes while the rollups are rebuilt (reads go on)
  LOCK TABLE service_case IN SHARE MODE;
  DELETE FROM case_figure_rollup;
  DELETE FROM case_duration_rollup;
  INSERT INTO case_figure_rollup (organization_id, received_month, promise_id, on_time_cases, late_cases, no_deadline_cases, excluded_cases)
  SELECT organization_id, date_trunc('month', received_on::timestamp)::date, promise_id,
         count(*) FILTER (WHERE status = 'fulfilled' AND fulfilled_on <= due_on),
         count(*) FILTER (WHERE status = 'fulfilled' AND fulfilled_on > due_on),
         count(*) FILTER (WHERE status = 'fulfilled' AND NOT coalesce(fulfilled_on <= due_on OR fulfilled_on > due_on, false)),
         count(*) FILTER (WHERE status = 'excluded')
  FROM service_case
  WHERE status IN ('fulfilled', 'excluded')
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3;
  INSERT INTO case_duration_rollup (organization_id, grain, received_from, promise_id, duration_working_days, cases)
  SELECT c.organization_id, g.grain, g.received_from, c.promise_id, c.duration_working_days, count(*)
  FROM service_case c
  CROSS JOIN LATERAL (VALUES ('month', date_trunc('month', c.received_on::timestamp)::date), ('year', date_trunc('year', c.received_on::timestamp)::date)) g(grain, received_from)
  WHERE c.status = 'fulfilled' AND c.duration_working_days IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The cases already there. The triggers' lock on service_case, taken at their creation, holds
-- until this migration commits, so no write slips in between.
SELECT case_figure_rollup_rebuild();
