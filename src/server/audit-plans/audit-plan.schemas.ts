import { z } from 'zod';
import { PLAN_STAGES } from '../db/schema.js';
import { isoDateTime, localized, shortText } from '../http/common.schemas.js';

// Request and response schemas of an audit's plan: slots across departments, sites and
// processes with their auditors, interviewees and the clauses or criteria they cover.

export const planStage = z.enum(PLAN_STAGES);
export const planParams = z.object({ id: z.uuid() });

export const planItemBody = z.object({
  stage: planStage.nullable().optional().describe('stage1 (documents), stage2 (implementation on site), surveillance or recertification'),
  startsAt: isoDateTime,
  endsAt: isoDateTime.describe('After startsAt; a slot lasts at most 12 hours'),
  department: shortText(200).describe('Dezernat or Fachbereich'),
  site: z.string().trim().max(200).default('').describe('e.g. Bauhof, Kreisarchiv, Außenstelle'),
  process: z.string().trim().max(200).default(''),
  auditorUserId: z.uuid().nullable().optional().describe('A user of the certifier; or leave empty and name the auditor'),
  auditorName: z.string().trim().max(200).optional().describe('Required without auditorUserId; defaults to that user’s name'),
  interviewees: z.string().trim().max(2000).default(''),
  criterionIds: z
    .array(z.string().trim().min(1).max(100))
    .max(300)
    .default([])
    .describe('Criteria of the assessment’s catalog (ISO: clauses)'),
  note: z.string().trim().max(5000).default(''),
});

export const planItemView = z.object({
  id: z.uuid(),
  stage: planStage.nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  department: z.string(),
  site: z.string(),
  process: z.string(),
  auditorUserId: z.uuid().nullable(),
  auditorName: z.string(),
  interviewees: z.string(),
  criteria: z.array(z.object({ id: z.string(), reference: z.string().nullable(), title: localized })),
  note: z.string(),
});

export const auditPlanView = z.object({
  assessmentId: z.uuid(),
  sentAt: z.date().nullable().describe('When the plan last went to the quality representatives'),
  items: z.array(planItemView),
  auditors: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('The certifier’s users to choose from (empty for the municipality)'),
  permissions: z.object({ edit: z.boolean(), send: z.boolean() }),
});

export const sendResult = z.object({ sentAt: z.date(), recipients: z.array(z.string()) });

export const pdfQuery = z.object({
  lang: z.enum(['de', 'en']).optional().describe('Language of the PDF; the user’s language when omitted'),
});

export type PlanItemInput = z.infer<typeof planItemBody>;
export type PlanItemView = z.infer<typeof planItemView>;
export type AuditPlanView = z.infer<typeof auditPlanView>;
