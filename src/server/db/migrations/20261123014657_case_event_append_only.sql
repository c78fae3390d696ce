-- A case's event log is append-only: its state is rebuilt from the log, so the log must not change.
CREATE OR REPLACE FUNCTION case_event_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_event is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_event_append_only
  BEFORE UPDATE OR DELETE ON case_event
  FOR EACH ROW EXECUTE FUNCTION case_event_refuse_change();
