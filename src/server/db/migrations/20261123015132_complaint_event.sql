CREATE TABLE "complaint_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"step" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_event_complaint_idx" ON "complaint_event" USING btree ("complaint_id","id");--> statement-breakpoint
CREATE INDEX "complaint_event_actor_idx" ON "complaint_event" USING btree ("actor_user_id");--> statement-breakpoint
-- Who took which step of a complaint is evidence for the complaint office's audit: append-only.
CREATE OR REPLACE FUNCTION complaint_event_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'complaint_event is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER complaint_event_append_only
  BEFORE UPDATE OR DELETE ON complaint_event
  FOR EACH ROW EXECUTE FUNCTION complaint_event_refuse_change();
