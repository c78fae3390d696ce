CREATE TABLE "case_duration_rollup" (
	"organization_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"received_from" date NOT NULL,
	"promise_id" uuid NOT NULL,
	"duration_working_days" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "case_duration_rollup_pk" PRIMARY KEY("organization_id","grain","received_from","promise_id","duration_working_days")
);
--> statement-breakpoint
CREATE TABLE "case_figure_rollup" (
	"organization_id" uuid NOT NULL,
	"received_month" date NOT NULL,
	"promise_id" uuid NOT NULL,
	"on_time_cases" integer DEFAULT 0 NOT NULL,
	"late_cases" integer DEFAULT 0 NOT NULL,
	"no_deadline_cases" integer DEFAULT 0 NOT NULL,
	"excluded_cases" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_figure_rollup_pk" PRIMARY KEY("organization_id","received_month","promise_id")
);
--> statement-breakpoint
ALTER TABLE "case_duration_rollup" ADD CONSTRAINT "case_duration_rollup_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duration_rollup" ADD CONSTRAINT "case_duration_rollup_promise_id_service_promise_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."service_promise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_figure_rollup" ADD CONSTRAINT "case_figure_rollup_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_figure_rollup" ADD CONSTRAINT "case_figure_rollup_promise_id_service_promise_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."service_promise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_duration_rollup_promise_idx" ON "case_duration_rollup" USING btree ("promise_id");--> statement-breakpoint
CREATE INDEX "case_figure_rollup_promise_idx" ON "case_figure_rollup" USING btree ("promise_id");--> statement-breakpoint
CREATE INDEX "service_case_unsettled_idx" ON "service_case" USING btree ("organization_id","received_on","promise_id","status","due_on") WHERE status in ('open', 'paused');