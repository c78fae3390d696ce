import { describe, expect, it } from 'vitest';
import type { ServicePromise } from './api/types';
import { changedFields } from './promise-changes';

const v1: ServicePromise = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'gewerbeanmeldung',
  version: 1,
  number: 3,
  title: 'Gewerbeanmeldung',
  description: '',
  area: 'trade_registration',
  role: null,
  startEvent: 'Eingang der Gewerbeanzeige',
  stopEvent: 'Gewerbeanmeldung bearbeitet',
  amount: 2,
  unit: 'working_days',
  warningFraction: 0.75,
  allowedDeviationRate: 0.15,
  leikaKey: '99050012104000',
  criterionRefs: [
    { schemeId: 'gsm-serviceversprechen', criterionId: 'gewerbeanmeldung' },
    { schemeId: 'ral-gz-981', criterionId: 'telefon-email' },
  ],
  published: true,
  retiredAt: '2026-03-01T10:00:00Z',
  createdAt: '2026-01-01T10:00:00Z',
};

describe('changedFields', () => {
  it('names the deadline when amount or unit changed, and nothing that stayed', () => {
    const v2 = {
      ...v1,
      id: '00000000-0000-4000-8000-000000000002',
      version: 2,
      amount: 1,
      retiredAt: null,
      createdAt: '2026-03-01T10:00:00Z',
    };
    expect(changedFields(v2, v1)).toEqual(['deadline']);
  });

  it('ignores the order of criterion links but sees one replaced', () => {
    const reordered = { ...v1, criterionRefs: [...v1.criterionRefs].reverse() };
    expect(changedFields(reordered, v1)).toEqual([]);
    const replaced = { ...v1, criterionRefs: [{ schemeId: 'ral-gz-981', criterionId: 'eingangsbestaetigung' }], published: false };
    expect(changedFields(replaced, v1)).toEqual(['criterionRefs', 'published']);
  });
});
