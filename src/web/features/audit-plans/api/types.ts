import type { Localized } from '../../../lib/format';

// The audit plan API as the web sees it (src/server/audit-plans/audit-plan.schemas.ts).

export const PLAN_STAGES = ['stage1', 'stage2', 'surveillance', 'recertification'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

export type PlanCriterion = { id: string; reference: string | null; title: Localized };

export type PlanSlot = {
  id: string;
  stage: PlanStage | null;
  startsAt: string;
  endsAt: string;
  department: string;
  site: string;
  process: string;
  auditorUserId: string | null;
  auditorName: string;
  interviewees: string;
  criteria: PlanCriterion[];
  note: string;
};

export type AuditPlan = {
  assessmentId: string;
  sentAt: string | null;
  items: PlanSlot[];
  auditors: { id: string; name: string }[];
  permissions: { edit: boolean; send: boolean };
};

export type SlotInput = {
  stage: PlanStage | null;
  startsAt: string;
  endsAt: string;
  department: string;
  site: string;
  process: string;
  auditorUserId: string | null;
  auditorName?: string;
  interviewees: string;
  criterionIds: string[];
  note: string;
};

/** A criterion of the assessment's catalog to choose from (ISO: a clause with its number). */
export type CriterionOption = { id: string; reference?: string; title: Localized };

/** Who the plan goes to (GET /assessments/:id/quality-representatives). */
export type Representative = { id: string; department: string; name: string; email: string; centralManager: boolean; active: boolean };
