import { z } from 'zod';
import { isoDate } from '../http/common.schemas.js';

export const measuredEvidenceBody = z.object({
  periodFrom: isoDate.describe('first receipt date of the measured cases'),
  periodTo: isoDate.describe('last receipt date of the measured cases'),
});

/** A dated snapshot of a promise's figures attached to a criterion. It holds no points. */
export const measuredEvidenceView = z.object({
  id: z.uuid(),
  criterionId: z.string(),
  promiseKey: z.string(),
  promiseTitle: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  cases: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  deviationRate: z.number().nullable(),
  allowedDeviationRate: z.number(),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
  computedAt: z.date(),
});

export type MeasuredEvidenceView = z.infer<typeof measuredEvidenceView>;

export function toMeasuredEvidenceView(r: MeasuredEvidenceView & Record<string, unknown>): MeasuredEvidenceView {
  return {
    id: r.id,
    criterionId: r.criterionId,
    promiseKey: r.promiseKey,
    promiseTitle: r.promiseTitle,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    cases: r.cases,
    onTime: r.onTime,
    late: r.late,
    deviationRate: r.deviationRate,
    allowedDeviationRate: r.allowedDeviationRate,
    medianWorkingDays: r.medianWorkingDays,
    p90WorkingDays: r.p90WorkingDays,
    computedAt: r.computedAt,
  };
}
