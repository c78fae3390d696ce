import { z } from 'zod';
import { localized } from '../http/common.schemas.js';

// Request and response schemas of the digital maturity assessment (DQD). Auditor levels
// and checks are null for the municipality until the result is released.

const euro = (field: string) => z.number().min(0, `${field} must be 0 or more`).max(999_999_999_999, `${field} is too large`);
const level = z.number().int().min(0).max(10);
/** OZG maturity model v1.1: 0 offline, 1 information, 2 form download, 3 online application, 4 online transaction. */
export const ozgLevel = z.number().int().min(0, 'OZG levels run from 0 to 4').max(4, 'OZG levels run from 0 to 4');

export const selfAssessmentBody = z.object({
  criteria: z
    .array(z.object({ criterionId: z.string().min(1).max(100), level: level.nullable(), comment: z.string().max(5000).default('') }))
    .max(200)
    .default([]),
  digitalBudgetEuro: euro('digitalBudgetEuro').nullable().optional(),
  totalBudgetEuro: euro('totalBudgetEuro').nullable().optional(),
});
export type SelfAssessmentInput = z.infer<typeof selfAssessmentBody>;

export const onlineServiceBody = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(300),
  leikaKey: z
    .string()
    .trim()
    .regex(/^\d{14}$/, 'leikaKey must be the 14-digit LeiKa key')
    .nullable()
    .optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  statedLevel: ozgLevel,
});
export type OnlineServiceInput = z.infer<typeof onlineServiceBody>;

export const onlineServiceCheckBody = z.object({ checkedLevel: ozgLevel, note: z.string().max(5000).default('') });

export const onlineServiceSummary = z.object({
  total: z.number().int(),
  statedOnline: z.number().int().describe('services the municipality states at OZG level 3 or 4'),
  checked: z.number().int().nullable().describe('null until the auditor’s checks may be seen'),
  reallyOnline: z.number().int().nullable().describe('checked at OZG level 3 or 4'),
  share: z.number().nullable().describe('reallyOnline / checked'),
});
export type OnlineServiceSummary = z.infer<typeof onlineServiceSummary>;

export const onlineServiceView = z.object({
  id: z.uuid(),
  name: z.string(),
  leikaKey: z.string().nullable(),
  url: z.string().nullable(),
  statedLevel: z.number().int(),
  checkedLevel: z.number().int().nullable(),
  note: z.string().nullable(),
  checkedAt: z.date().nullable(),
});

export const onlineServiceList = z.object({
  items: z.array(onlineServiceView),
  summary: onlineServiceSummary,
  permissions: z.object({ edit: z.boolean(), check: z.boolean(), seeChecks: z.boolean() }),
});

const levelRef = z.object({ id: z.string(), title: localized });

export const maturityView = z.object({
  assessmentId: z.uuid(),
  aggregation: z.enum(['weakest', 'average']),
  levels: z.array(levelRef.extend({ description: localized.nullable(), minLevel: z.number() })),
  selfAssessment: z.object({
    submittedAt: z.date().nullable(),
    digitalBudgetEuro: z.number().nullable(),
    totalBudgetEuro: z.number().nullable(),
    budgetShare: z.number().nullable().describe('digital / total budget, 0..1'),
    level: levelRef.nullable().describe('the level the self-assessment alone would reach'),
    criteria: z.array(z.object({ criterionId: z.string(), level: z.number().nullable(), comment: z.string() })),
  }),
  dimensions: z.array(
    z.object({
      id: z.string(),
      title: localized,
      perspective: z.enum(['outside', 'inside']),
      maxLevel: z.number(),
      criteria: z.array(z.object({ id: z.string(), title: localized, maxLevel: z.number(), guidingQuestions: z.array(localized) })),
      selfLevel: z.number().nullable(),
      auditorLevel: z.number().nullable(),
    }),
  ),
  onlineServices: onlineServiceSummary.extend({
    criterionId: z.string().nullable().describe('the criterion these figures are evidence for'),
  }),
  result: z
    .object({
      complete: z.boolean(),
      released: z.boolean(),
      level: levelRef.nullable(),
      nextLevel: levelRef.extend({ minLevel: z.number() }).nullable(),
      strengths: z.array(z.string()),
      weaknesses: z.array(z.string()),
      nextSteps: z.array(
        z.object({ dimensionId: z.string(), criterionId: z.string(), title: localized, currentLevel: z.number(), targetLevel: z.number() }),
      ),
    })
    .nullable()
    .describe('the auditor’s evaluation: for the certifier, and for the municipality after release'),
  permissions: z.object({ editSelfAssessment: z.boolean(), submitSelfAssessment: z.boolean(), seeAuditorLevels: z.boolean() }),
});
export type MaturityView = z.infer<typeof maturityView>;

export const benchmarkView = z.object({
  sizeClass: z.object({ id: z.string(), minPopulation: z.number(), maxPopulation: z.number().nullable() }).nullable(),
  minimumGroupSize: z.number().int(),
  available: z.boolean(),
  reason: z.enum(['not-enough-comparable-municipalities', 'population-unknown']).nullable(),
  message: z.string().nullable(),
  comparableMunicipalities: z.number().int().nullable().describe('only when the comparison is shown'),
  dimensions: z.array(z.object({ id: z.string(), median: z.number().nullable() })),
});
export type BenchmarkView = z.infer<typeof benchmarkView>;
