ALTER TABLE "case_import" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "case_import" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "case_import_unfinished_idx" ON "case_import" USING btree ("lease_until") WHERE status in ('queued', 'running');