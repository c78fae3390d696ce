import { z } from 'zod';
import { isoDate, localized, shortText } from '../http/common.schemas.js';

// Development goals between audits: the municipality's progress notes and its report that a goal
// is reached, the certifier's decision (reached or missed), and the list across assessments.

const link = z.url({ protocol: /^https?$/ }).max(2000);

export const goalParams = z.object({ id: z.uuid() });
export const goalListQuery = z.object({
  state: z.enum(['open', 'all']).default('open').describe('open: agreed goals not yet decided (default); all: decided ones too'),
});

export const progressBody = z.object({
  note: shortText(5000),
  link: link.nullable().optional().describe('Evidence on the web, e.g. the published concept'),
});

export const reachedBody = z.object({
  reachedOn: isoDate.describe('The day the goal was reached; not in the future'),
  note: z.string().trim().max(5000).optional(),
  link: link.nullable().optional(),
});

export const decisionBody = z.object({ status: z.enum(['reached', 'missed']) });

export const GOAL_STATES = ['open', 'reported', 'reached', 'missed'] as const;

const progressView = z.object({
  id: z.uuid(),
  note: z.string(),
  link: z.string().nullable(),
  createdAt: z.date(),
  authorName: z.string().nullable(),
});

export const goalView = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  round: z.number().int(),
  kind: z.enum(['initial', 'surveillance', 'recertification']),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  schemeTitle: localized,
  title: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  state: z.enum(GOAL_STATES).describe('open; reported reached by the municipality; reached or missed as the certifier decided'),
  reachedOn: z.string().nullable(),
  confirmedAt: z.date().nullable(),
  confirmedByName: z.string().nullable(),
  overdue: z.boolean().describe('Still open after its target date'),
  closed: z.boolean().describe('The next audit has been decided: the goal no longer changes'),
  progressCount: z.number().int(),
  lastProgress: progressView.omit({ id: true, authorName: true }).nullable(),
  permissions: z.object({ addProgress: z.boolean(), reportReached: z.boolean(), decide: z.boolean() }),
});

export const goalDetail = goalView.extend({ progress: z.array(progressView).describe('Oldest first') });

export type GoalView = z.infer<typeof goalView>;
export type GoalDetail = z.infer<typeof goalDetail>;
export type ProgressInput = z.infer<typeof progressBody>;
export type ReachedInput = z.infer<typeof reachedBody>;
