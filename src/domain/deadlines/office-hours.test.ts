import { describe, expect, it } from 'vitest';
import { calendarIndex } from './calendar-index.js';
import { isOfficeHours } from './office-hours.js';

const nw = calendarIndex('DE-NW', ['2026-12-24']);

describe('isOfficeHours', () => {
  it.each([
    // Tue 17 Nov 2026, 09:00 Berlin (CET = UTC+1)
    ['2026-11-17T08:00:00Z', true],
    // 07:29 Berlin: before opening
    ['2026-11-17T06:29:00Z', false],
    // 16:30 Berlin: closed
    ['2026-11-17T15:30:00Z', false],
    // Sat 21 Nov 2026
    ['2026-11-21T09:00:00Z', false],
    // Thu 14 May 2026, Ascension Day; CEST = UTC+2, so 10:00 Berlin
    ['2026-05-14T08:00:00Z', false],
    // Thu 24 Dec 2026: a closure day of this administration
    ['2026-12-24T09:00:00Z', false],
    // 23:30 UTC on Mon 16 Nov is 00:30 Tue 17 Nov in Berlin: a working day, but night
    ['2026-11-16T23:30:00Z', false],
  ])('%s → %s', (instant, expected) => {
    expect(isOfficeHours(new Date(instant), nw)).toBe(expected);
  });
});
