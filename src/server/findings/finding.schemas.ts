import { z } from 'zod';
import { ACTION_STATUSES, EFFECTIVENESS, FINDING_GRADES, FINDING_STATUSES } from '../db/schema.js';
import { isoDate, longText, shortText } from '../http/common.schemas.js';

// Request and response schemas of findings and corrective actions. The auditor's internal note
// is an optional key: it is left out of the answer altogether for the municipality.

export const findingGrade = z.enum(FINDING_GRADES);
const criterionId = z.string().trim().min(1).max(100);

export const findingParams = z.object({ id: z.uuid() });

export const createFindingBody = z.object({
  criterionId,
  grade: findingGrade,
  description: shortText(10_000),
  evidence: longText(10_000).default(''),
  rootCause: longText(10_000).default(''),
  internalNote: longText(10_000).default(''),
});

export const updateFindingBody = z
  .object({
    criterionId,
    grade: findingGrade,
    description: shortText(10_000),
    evidence: longText(10_000),
    rootCause: longText(10_000),
    internalNote: longText(10_000),
  })
  .partial();

export const responseBody = z.object({ response: shortText(10_000).describe('The municipality’s answer to the finding') });

export const createActionBody = z.object({
  description: shortText(5000),
  ownerName: shortText(200).describe('Who is responsible for the action (required)'),
  ownerEmail: z.email().max(320).nullable().optional(),
  dueOn: isoDate.describe('Not in the past when set'),
});

export const updateActionBody = z
  .object({
    description: shortText(5000),
    ownerName: shortText(200),
    ownerEmail: z.email().max(320).nullable(),
    dueOn: isoDate,
    status: z.enum(ACTION_STATUSES),
    completionNote: z.string().trim().max(5000).nullable(),
  })
  .partial();

export const effectivenessBody = z.object({
  effectiveness: z.enum(EFFECTIVENESS),
  note: z.string().trim().max(5000).default(''),
});

export const actionView = z.object({
  id: z.uuid(),
  findingId: z.uuid().describe('The finding the action was raised on: this one, or the one it was carried over from'),
  description: z.string(),
  ownerName: z.string(),
  ownerEmail: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  status: z.enum(ACTION_STATUSES),
  completedOn: z.string().nullable(),
  completionNote: z.string().nullable(),
  effectiveness: z.enum(EFFECTIVENESS).nullable(),
  effectivenessNote: z.string().nullable(),
  effectivenessCheckedAt: z.date().nullable(),
  effectivenessAssessmentId: z.uuid().nullable(),
  createdAt: z.date(),
});

export const findingView = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  criterionId: z.string(),
  grade: findingGrade,
  status: z.enum(FINDING_STATUSES),
  description: z.string(),
  evidence: z.string(),
  rootCause: z.string(),
  internalNote: z.string().optional().describe('Only for the certifier’s staff; absent otherwise'),
  municipalityResponse: z.string().nullable(),
  respondedAt: z.date().nullable(),
  carriedFromId: z.uuid().nullable(),
  escalatedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  closedByName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Why it cannot be closed yet (see src/domain/findings/closing.ts), null when it can or is closed. */
  closeBlocker: z.enum(['actions_not_done', 'no_action', 'no_effective_action']).nullable(),
  actions: z.array(actionView),
});

export const findingsView = z.object({
  assessmentId: z.uuid(),
  actionsToCheck: z
    .array(
      actionView.extend({ finding: z.object({ id: z.uuid(), criterionId: z.string(), grade: findingGrade, description: z.string() }) }),
    )
    .describe('Surveillance or recertification: actions on findings closed at the previous audit, not yet checked for effectiveness'),
  openMajorCount: z.number().int(),
  permissions: z.object({
    record: z.boolean().describe('add and edit findings (while the audit runs)'),
    close: z.boolean(),
    respond: z.boolean(),
    manageActions: z.boolean(),
    checkEffectiveness: z.boolean(),
    seeInternalNotes: z.boolean(),
  }),
  findings: z.array(findingView),
});

export type FindingView = z.infer<typeof findingView>;
export type ActionView = z.infer<typeof actionView>;
export type FindingsView = z.infer<typeof findingsView>;
export type CreateFindingInput = z.infer<typeof createFindingBody>;
export type UpdateFindingInput = z.infer<typeof updateFindingBody>;
export type CreateActionInput = z.infer<typeof createActionBody>;
export type UpdateActionInput = z.infer<typeof updateActionBody>;
export type EffectivenessInput = z.infer<typeof effectivenessBody>;
