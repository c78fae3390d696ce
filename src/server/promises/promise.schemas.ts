import { z } from 'zod';
import { DEADLINE_UNITS, PROMISE_AREAS, PROMISE_ROLES } from '../db/schema.js';

export const criterionRef = z.object({ schemeId: z.string().trim().min(1).max(100), criterionId: z.string().trim().min(1).max(100) });

const promiseFields = {
  number: z.number().int().min(1).max(999).nullable().default(null),
  title: z.string().trim().min(3).max(300),
  description: z.string().trim().max(5000).default(''),
  area: z.enum(PROMISE_AREAS),
  role: z.enum(PROMISE_ROLES).nullable().default(null),
  startEvent: z.string().trim().min(1).max(300),
  stopEvent: z.string().trim().min(1).max(300),
  amount: z.number().int().min(1).max(3650).nullable().default(null),
  unit: z.enum(DEADLINE_UNITS).nullable().default(null),
  warningFraction: z.number().min(0.05).max(1).default(0.75),
  allowedDeviationRate: z.number().min(0).max(1).default(0.15),
  leikaKey: z
    .string()
    .regex(/^\d{14}$/, 'must be the 14-digit LeiKa key')
    .nullable()
    .default(null),
  criterionRefs: z.array(criterionRef).max(20).default([]),
  published: z.boolean().default(true),
};

export const promiseBody = z.object({
  // stable across versions; derived from the title when left out
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lower-case letters, digits and dashes')
    .optional(),
  ...promiseFields,
});
export type PromiseBody = z.infer<typeof promiseBody>;

export const promiseUpdateBody = z.object(promiseFields);
export type PromiseUpdateBody = z.infer<typeof promiseUpdateBody>;

export const promiseView = z.object({
  id: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  number: z.number().int().nullable(),
  title: z.string(),
  description: z.string(),
  area: z.enum(PROMISE_AREAS),
  role: z.enum(PROMISE_ROLES).nullable(),
  startEvent: z.string(),
  stopEvent: z.string(),
  amount: z.number().int().nullable(),
  unit: z.enum(DEADLINE_UNITS).nullable(),
  warningFraction: z.number(),
  allowedDeviationRate: z.number(),
  leikaKey: z.string().nullable(),
  criterionRefs: z.array(criterionRef),
  published: z.boolean(),
  retiredAt: z.date().nullable(),
  createdAt: z.date(),
});
