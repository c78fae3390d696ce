CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"phone" text,
	"locale" text DEFAULT 'de' NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"catalog_id" uuid NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"previous_assessment_id" uuid,
	"status" text NOT NULL,
	"contact_user_id" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"application_channel" text NOT NULL,
	"application_message" text NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"declined_reason" text,
	"documentation_due_on" date,
	"meeting_planned_at" timestamp with time zone,
	"meeting_location" text,
	"meeting_held_at" timestamp with time zone,
	"meeting_attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"meeting_summary" text,
	"meeting_closed_at" timestamp with time zone,
	"result" jsonb,
	"released_at" timestamp with time zone,
	"released_by" uuid,
	"phone_call_at" timestamp with time zone,
	"phone_call_with" text,
	"next_steps" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_criterion" (
	"assessment_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"meeting_note" text,
	"not_applicable" boolean DEFAULT false NOT NULL,
	"points" numeric(6, 2),
	"grade" smallint,
	"deviation_rate" numeric(5, 4),
	"maturity_level" smallint,
	"conformity" text,
	"score_comment" text,
	"documented_at" timestamp with time zone,
	"scored_at" timestamp with time zone,
	CONSTRAINT "assessment_criterion_assessment_id_criterion_id_pk" PRIMARY KEY("assessment_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"certifier_id" uuid,
	"municipality_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "bonus_project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"points_awarded" numeric(6, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" text NOT NULL,
	"version" text NOT NULL,
	"content_hash" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"scheme_id" text NOT NULL,
	"catalog_version" text NOT NULL,
	"number" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handover_on" date,
	"handover_form" text,
	"plaque_status" text DEFAULT 'not_ordered' NOT NULL,
	"key_visual_sent_at" timestamp with time zone,
	"terms_acknowledged_at" timestamp with time zone,
	"terms_acknowledged_by" uuid
);
--> statement-breakpoint
CREATE TABLE "development_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_date" date,
	"status" text NOT NULL,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_blob" (
	"sha256" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"state_code" text,
	"ags" text,
	"population" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_offer" (
	"certifier_id" uuid NOT NULL,
	"scheme_id" text NOT NULL,
	CONSTRAINT "scheme_offer_certifier_id_scheme_id_pk" PRIMARY KEY("certifier_id","scheme_id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_certifier_id_organization_id_fk" FOREIGN KEY ("certifier_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_municipality_id_organization_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_catalog_id_catalog_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalog"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_previous_assessment_id_assessment_id_fk" FOREIGN KEY ("previous_assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_contact_user_id_app_user_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_released_by_app_user_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_criterion" ADD CONSTRAINT "assessment_criterion_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_project" ADD CONSTRAINT "bonus_project_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_certifier_id_organization_id_fk" FOREIGN KEY ("certifier_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_municipality_id_organization_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_terms_acknowledged_by_app_user_id_fk" FOREIGN KEY ("terms_acknowledged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goal" ADD CONSTRAINT "development_goal_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goal" ADD CONSTRAINT "development_goal_proposed_by_app_user_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_sha256_file_blob_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."file_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_organization_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_offer" ADD CONSTRAINT "scheme_offer_certifier_id_organization_id_fk" FOREIGN KEY ("certifier_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_uq" ON "app_user" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "app_user_organization_idx" ON "app_user" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "assessment_certifier_idx" ON "assessment" USING btree ("certifier_id","status");--> statement-breakpoint
CREATE INDEX "assessment_municipality_idx" ON "assessment" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "assessment_catalog_idx" ON "assessment" USING btree ("catalog_id");--> statement-breakpoint
CREATE INDEX "assessment_previous_idx" ON "assessment" USING btree ("previous_assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_contact_idx" ON "assessment" USING btree ("contact_user_id");--> statement-breakpoint
CREATE INDEX "assessment_released_by_idx" ON "assessment" USING btree ("released_by");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_open_round_uq" ON "assessment" USING btree ("municipality_id","certifier_id","catalog_id") WHERE status in ('applied', 'documentation', 'meeting_held');--> statement-breakpoint
CREATE INDEX "assessment_criterion_municipality_idx" ON "assessment_criterion" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_certifier_idx" ON "audit_event" USING btree ("certifier_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "bonus_project_assessment_idx" ON "bonus_project" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_scheme_version_uq" ON "catalog" USING btree ("scheme_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_number_uq" ON "certificate" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_assessment_uq" ON "certificate" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "certificate_certifier_idx" ON "certificate" USING btree ("certifier_id");--> statement-breakpoint
CREATE INDEX "certificate_municipality_idx" ON "certificate" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "certificate_terms_by_idx" ON "certificate" USING btree ("terms_acknowledged_by");--> statement-breakpoint
CREATE INDEX "development_goal_assessment_idx" ON "development_goal" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "development_goal_proposed_by_idx" ON "development_goal" USING btree ("proposed_by");--> statement-breakpoint
CREATE INDEX "evidence_file_assessment_idx" ON "evidence_file" USING btree ("assessment_id","criterion_id");--> statement-breakpoint
CREATE INDEX "evidence_file_sha_idx" ON "evidence_file" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "evidence_file_uploaded_by_idx" ON "evidence_file" USING btree ("uploaded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_file_dedupe_uq" ON "evidence_file" USING btree ("assessment_id","criterion_id","sha256");--> statement-breakpoint
CREATE INDEX "organization_parent_idx" ON "organization" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_name_kind_uq" ON "organization" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");