CREATE TABLE "app_secret" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_date" date NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"promise_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_rows" integer,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_message" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "complaint" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"type" text DEFAULT 'complaint' NOT NULL,
	"severity" text,
	"status" text DEFAULT 'received' NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"consent" boolean DEFAULT false NOT NULL,
	"complainant_name" text,
	"complainant_email" text,
	"complainant_phone" text,
	"promise_id" uuid,
	"case_id" uuid,
	"description" text NOT NULL,
	"remedy_sought" text,
	"acknowledgement_due_on" date NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"assessment" text,
	"assignee_user_id" uuid,
	"investigation" text,
	"response_due_on" date,
	"response" text,
	"responded_at" timestamp with time zone,
	"decision_communicated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"satisfaction" smallint,
	"root_cause" text,
	"corrective_action" text,
	"personal_data_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"message_id" text,
	"related_type" text,
	"related_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "measured_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"promise_key" text NOT NULL,
	"promise_title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"cases" integer NOT NULL,
	"on_time" integer NOT NULL,
	"late" integer NOT NULL,
	"deviation_rate" numeric(5, 4),
	"allowed_deviation_rate" numeric(5, 4) NOT NULL,
	"median_working_days" numeric(8, 2),
	"p90_working_days" numeric(8, 2),
	"computed_at" timestamp with time zone NOT NULL,
	"attached_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pilot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_card" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"promise_id" uuid NOT NULL,
	"calendar_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text,
	"reference" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"business_name" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pilot_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date,
	"warning_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"fulfilled_on" date,
	"fulfilled_at" timestamp with time zone,
	"duration_working_days" integer,
	"exclusion_reason" text,
	"warned_at" timestamp with time zone,
	"delay_notice_sent_at" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_promise" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"number" smallint,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"area" text NOT NULL,
	"role" text,
	"start_event" text NOT NULL,
	"stop_event" text NOT NULL,
	"amount" integer,
	"unit" text,
	"warning_fraction" numeric(3, 2) DEFAULT 0.75 NOT NULL,
	"allowed_deviation_rate" numeric(5, 4) DEFAULT 0.15 NOT NULL,
	"leika_key" text,
	"criterion_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"retired_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_calendar" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"region" text NOT NULL,
	"closure_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_service_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import" ADD CONSTRAINT "case_import_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import" ADD CONSTRAINT "case_import_sha256_file_blob_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."file_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import" ADD CONSTRAINT "case_import_promise_id_service_promise_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."service_promise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import" ADD CONSTRAINT "case_import_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_promise_id_service_promise_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."service_promise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_case_id_service_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_assignee_user_id_app_user_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_evidence" ADD CONSTRAINT "measured_evidence_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_evidence" ADD CONSTRAINT "measured_evidence_attached_by_app_user_id_fk" FOREIGN KEY ("attached_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot" ADD CONSTRAINT "pilot_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot" ADD CONSTRAINT "pilot_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case" ADD CONSTRAINT "service_case_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case" ADD CONSTRAINT "service_case_promise_id_service_promise_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."service_promise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case" ADD CONSTRAINT "service_case_calendar_id_working_calendar_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."working_calendar"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case" ADD CONSTRAINT "service_case_pilot_id_pilot_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_promise" ADD CONSTRAINT "service_promise_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_promise" ADD CONSTRAINT "service_promise_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_calendar" ADD CONSTRAINT "working_calendar_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_calendar" ADD CONSTRAINT "working_calendar_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_event_actor_idx" ON "case_event" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "case_import_organization_idx" ON "case_import" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "case_import_sha_idx" ON "case_import" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "case_import_promise_idx" ON "case_import" USING btree ("promise_id");--> statement-breakpoint
CREATE INDEX "case_import_created_by_idx" ON "case_import" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_number_uq" ON "complaint" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "complaint_status_idx" ON "complaint" USING btree ("organization_id","status","received_at");--> statement-breakpoint
CREATE INDEX "complaint_promise_idx" ON "complaint" USING btree ("promise_id");--> statement-breakpoint
CREATE INDEX "complaint_case_idx" ON "complaint" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complaint_assignee_idx" ON "complaint" USING btree ("assignee_user_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_organization_idx" ON "mail_outbox" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "measured_evidence_assessment_idx" ON "measured_evidence" USING btree ("assessment_id","criterion_id");--> statement-breakpoint
CREATE INDEX "measured_evidence_attached_by_idx" ON "measured_evidence" USING btree ("attached_by");--> statement-breakpoint
CREATE INDEX "pilot_organization_idx" ON "pilot" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_user_uq" ON "pilot" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_case_external_uq" ON "service_case" USING btree ("organization_id","source","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "service_case_figures_idx" ON "service_case" USING btree ("organization_id","promise_id","received_on");--> statement-breakpoint
CREATE INDEX "service_case_worklist_idx" ON "service_case" USING btree ("organization_id","status","due_on");--> statement-breakpoint
CREATE INDEX "service_case_warning_idx" ON "service_case" USING btree ("warning_on") WHERE status = 'open' and warned_at is null;--> statement-breakpoint
CREATE INDEX "service_case_pilot_idx" ON "service_case" USING btree ("pilot_id");--> statement-breakpoint
CREATE INDEX "service_case_promise_idx" ON "service_case" USING btree ("promise_id");--> statement-breakpoint
CREATE INDEX "service_case_calendar_idx" ON "service_case" USING btree ("calendar_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_promise_version_uq" ON "service_promise" USING btree ("organization_id","key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "service_promise_current_uq" ON "service_promise" USING btree ("organization_id","key") WHERE retired_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "service_promise_role_uq" ON "service_promise" USING btree ("organization_id","role") WHERE retired_at is null and role is not null;--> statement-breakpoint
CREATE INDEX "service_promise_created_by_idx" ON "service_promise" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "working_calendar_version_uq" ON "working_calendar" USING btree ("organization_id","version");--> statement-breakpoint
CREATE INDEX "working_calendar_created_by_idx" ON "working_calendar" USING btree ("created_by");