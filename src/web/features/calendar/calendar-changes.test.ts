import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from './api/types';
import { calendarChanges } from './calendar-changes';

const v = (version: number, region: string, closureDays: WorkingCalendar['closureDays']): WorkingCalendar => ({
  id: `id-${version}`,
  version,
  region,
  closureDays,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('calendarChanges', () => {
  it('describes the first version by what it holds', () => {
    expect(calendarChanges(v(1, 'DE-NW', [{ date: '2026-12-24', reason: 'Heiligabend' }]), undefined)).toEqual({
      first: true,
      region: 'DE-NW',
      closureDays: 1,
    });
  });

  it('names the new region and every added, removed and renamed closure day', () => {
    const before = v(1, 'DE-BY', [
      { date: '2026-02-16', reason: 'Rosenmontag' },
      { date: '2026-12-24', reason: 'Heiligabend' },
    ]);
    const after = v(2, 'DE-BY-KATH', [
      { date: '2026-12-24', reason: 'Heiligabend (ganztägig)' },
      { date: '2026-12-31', reason: 'Silvester' },
    ]);
    expect(calendarChanges(after, before)).toEqual({
      first: false,
      region: { from: 'DE-BY', to: 'DE-BY-KATH' },
      added: [{ date: '2026-12-31', reason: 'Silvester' }],
      removed: [{ date: '2026-02-16', reason: 'Rosenmontag' }],
      renamed: [{ date: '2026-12-24', from: 'Heiligabend', to: 'Heiligabend (ganztägig)' }],
    });
  });

  it('reports nothing when a version repeats its predecessor', () => {
    const days = [{ date: '2026-12-24', reason: 'Heiligabend' }];
    expect(calendarChanges(v(3, 'DE-NW', days), v(2, 'DE-NW', days))).toEqual({
      first: false,
      region: null,
      added: [],
      removed: [],
      renamed: [],
    });
  });
});
