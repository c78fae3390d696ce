import { z } from 'zod';
import { shortText } from '../http/common.schemas.js';

// Request and response schemas of the quality representatives of a municipality: one per
// department (Dezernat, Fachbereich), and one central quality manager.

export const qualityRepParams = z.object({ id: z.uuid() });

export const qualityRepBody = z.object({
  department: shortText(200).describe('Dezernat or Fachbereich, e.g. "Dezernat II – Bauen und Umwelt"'),
  name: shortText(200),
  email: z.email().max(320),
  phone: z.string().trim().max(50).nullable().optional(),
  centralManager: z.boolean().default(false).describe('The central quality manager: at most one active per municipality'),
  active: z.boolean().default(true),
});

export const qualityRepView = z.object({
  id: z.uuid(),
  department: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  centralManager: z.boolean(),
  active: z.boolean(),
  createdAt: z.date(),
});

export const qualityRepList = z.object({
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  items: z.array(qualityRepView),
  permissions: z.object({ edit: z.boolean() }),
});

export type QualityRepInput = z.infer<typeof qualityRepBody>;
export type QualityRepView = z.infer<typeof qualityRepView>;
export type QualityRepList = z.infer<typeof qualityRepList>;
