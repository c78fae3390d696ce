ALTER TABLE "certificate" ADD COLUMN "next_audit_due_on" date;--> statement-breakpoint
CREATE INDEX "certificate_next_audit_idx" ON "certificate" USING btree ("certifier_id","next_audit_due_on");