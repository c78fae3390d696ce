CREATE TABLE "audit_plan_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"stage" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"department" text NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"process" text DEFAULT '' NOT NULL,
	"auditor_user_id" uuid,
	"auditor_name" text NOT NULL,
	"interviewees" text DEFAULT '' NOT NULL,
	"criterion_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sequence" smallint NOT NULL,
	"due_on" date NOT NULL,
	"assessment_id" uuid,
	"completed_on" date,
	"outcome" text,
	"reminder_sent_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corrective_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_email" text,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_on" date,
	"completion_note" text,
	"effectiveness" text,
	"effectiveness_note" text,
	"effectiveness_checked_at" timestamp with time zone,
	"effectiveness_checked_by" uuid,
	"effectiveness_assessment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"description" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"root_cause" text DEFAULT '' NOT NULL,
	"internal_note" text DEFAULT '' NOT NULL,
	"municipality_response" text,
	"responded_at" timestamp with time zone,
	"carried_from_id" uuid,
	"escalated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"note" text NOT NULL,
	"link" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "online_service_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"certifier_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"leika_key" text,
	"url" text,
	"stated_level" smallint NOT NULL,
	"checked_level" smallint,
	"note" text DEFAULT '' NOT NULL,
	"checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_representative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"department" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"central_manager" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "calendar_feed_token" text;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "reminder_lead_working_days" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "kind" text DEFAULT 'initial' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "certificate_id" uuid;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "digital_budget_euro" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "total_budget_euro" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "self_assessment_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_criterion" ADD COLUMN "self_maturity_level" smallint;--> statement-breakpoint
ALTER TABLE "assessment_criterion" ADD COLUMN "self_comment" text;--> statement-breakpoint
ALTER TABLE "certificate" ADD COLUMN "previous_certificate_id" uuid;--> statement-breakpoint
ALTER TABLE "certificate" ADD COLUMN "level" text;--> statement-breakpoint
ALTER TABLE "certificate" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "certificate" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "development_goal" ADD COLUMN "reached_on" date;--> statement-breakpoint
ALTER TABLE "development_goal" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "development_goal" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "audit_plan_item" ADD CONSTRAINT "audit_plan_item_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_plan_item" ADD CONSTRAINT "audit_plan_item_auditor_user_id_app_user_id_fk" FOREIGN KEY ("auditor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_audit" ADD CONSTRAINT "certificate_audit_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_audit" ADD CONSTRAINT "certificate_audit_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_effectiveness_checked_by_app_user_id_fk" FOREIGN KEY ("effectiveness_checked_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_effectiveness_assessment_id_assessment_id_fk" FOREIGN KEY ("effectiveness_assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_carried_from_id_finding_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."finding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_closed_by_app_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_goal_id_development_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."development_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_service_check" ADD CONSTRAINT "online_service_check_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_representative" ADD CONSTRAINT "quality_representative_municipality_id_organization_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_plan_item_assessment_idx" ON "audit_plan_item" USING btree ("assessment_id","starts_at");--> statement-breakpoint
CREATE INDEX "audit_plan_item_auditor_idx" ON "audit_plan_item" USING btree ("auditor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_audit_uq" ON "certificate_audit" USING btree ("certificate_id","kind","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_audit_assessment_uq" ON "certificate_audit" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "certificate_audit_due_idx" ON "certificate_audit" USING btree ("certifier_id","due_on") WHERE completed_on is null;--> statement-breakpoint
CREATE INDEX "certificate_audit_municipality_idx" ON "certificate_audit" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "corrective_action_finding_idx" ON "corrective_action" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "corrective_action_municipality_idx" ON "corrective_action" USING btree ("municipality_id","due_on");--> statement-breakpoint
CREATE INDEX "corrective_action_checked_by_idx" ON "corrective_action" USING btree ("effectiveness_checked_by");--> statement-breakpoint
CREATE INDEX "corrective_action_assessment_idx" ON "corrective_action" USING btree ("effectiveness_assessment_id");--> statement-breakpoint
CREATE INDEX "corrective_action_created_by_idx" ON "corrective_action" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "finding_assessment_idx" ON "finding" USING btree ("assessment_id","criterion_id");--> statement-breakpoint
CREATE INDEX "finding_open_major_idx" ON "finding" USING btree ("assessment_id") WHERE status = 'open' and grade = 'major';--> statement-breakpoint
CREATE INDEX "finding_municipality_idx" ON "finding" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "finding_carried_from_idx" ON "finding" USING btree ("carried_from_id");--> statement-breakpoint
CREATE INDEX "finding_closed_by_idx" ON "finding" USING btree ("closed_by");--> statement-breakpoint
CREATE INDEX "finding_created_by_idx" ON "finding" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "goal_progress_goal_idx" ON "goal_progress" USING btree ("goal_id","created_at");--> statement-breakpoint
CREATE INDEX "goal_progress_created_by_idx" ON "goal_progress" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "online_service_check_assessment_idx" ON "online_service_check" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "quality_representative_municipality_idx" ON "quality_representative" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_representative_central_uq" ON "quality_representative" USING btree ("municipality_id") WHERE central_manager and active;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_previous_certificate_id_certificate_id_fk" FOREIGN KEY ("previous_certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goal" ADD CONSTRAINT "development_goal_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_calendar_feed_uq" ON "app_user" USING btree ("calendar_feed_token");--> statement-breakpoint
CREATE INDEX "assessment_certificate_idx" ON "assessment" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "certificate_previous_idx" ON "certificate" USING btree ("previous_certificate_id");--> statement-breakpoint
CREATE INDEX "development_goal_confirmed_by_idx" ON "development_goal" USING btree ("confirmed_by");