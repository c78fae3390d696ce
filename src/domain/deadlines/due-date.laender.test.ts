import { describe, expect, it } from 'vitest';
import { calendarIndex } from './calendar-index.js';
import { dueDate, type DeadlineUnit } from './due-date.js';
import { regionCodes } from './holidays.js';

// Hand-checked due dates around each Land's own holidays, each beside a Land without
// that holiday, so a wrong region mapping cannot pass. Easter 2025 = 20 Apr, 2026 = 5 Apr,
// 2027 = 28 Mar; Corpus Christi = Easter + 60 days (2025-06-19, 2026-06-04, 2027-05-27).
type Case = [region: string, start: string, amount: number, unit: DeadlineUnit, due: string];

const cases: Case[] = [
  // NW — Wed 2026-05-13 + 1 working day: Thu 14 May is Ascension → Fri 15 May (the GET example)
  ['DE-NW', '2026-05-13', 1, 'working_days', '2026-05-15'],
  // NW — Wed 2026-06-03 + 1: Thu 4 Jun is Fronleichnam in NW → Fri 5 Jun
  ['DE-NW', '2026-06-03', 1, 'working_days', '2026-06-05'],
  // NI has no Fronleichnam → Thu 4 Jun
  ['DE-NI', '2026-06-03', 1, 'working_days', '2026-06-04'],

  // BY — Mon 2026-01-05 + 1: Tue 6 Jan is Heilige Drei Könige → Wed 7 Jan
  ['DE-BY', '2026-01-05', 1, 'working_days', '2026-01-07'],
  // ST also keeps Heilige Drei Könige → Wed 7 Jan
  ['DE-ST', '2026-01-05', 1, 'working_days', '2026-01-07'],
  // HE does not → Tue 6 Jan
  ['DE-HE', '2026-01-05', 1, 'working_days', '2026-01-06'],

  // BW — Fri 2027-10-29 + 1: Sat, Sun, Mon 1 Nov Allerheiligen → Tue 2 Nov
  ['DE-BW', '2027-10-29', 1, 'working_days', '2027-11-02'],
  // HB has no Allerheiligen (its Reformationstag, 31 Oct 2027, is a Sunday) → Mon 1 Nov
  ['DE-HB', '2027-10-29', 1, 'working_days', '2027-11-01'],

  // BE — Fri 2027-03-05 + 1: Sat, Sun, Mon 8 Mar Frauentag (since 2019) → Tue 9 Mar
  ['DE-BE', '2027-03-05', 1, 'working_days', '2027-03-09'],
  // BB has no Frauentag → Mon 8 Mar
  ['DE-BB', '2027-03-05', 1, 'working_days', '2027-03-08'],
  // BE — Wed 2025-05-07 + 1: Thu 8 May 2025 was a one-off holiday (80 years since liberation) → Fri 9 May
  ['DE-BE', '2025-05-07', 1, 'working_days', '2025-05-09'],
  // BE — Thu 2020-05-07 + 1: Fri 8 May 2020 one-off (75 years), Sat, Sun → Mon 11 May
  ['DE-BE', '2020-05-07', 1, 'working_days', '2020-05-11'],
  // BB had neither one-off day → Fri 8 May 2020
  ['DE-BB', '2020-05-07', 1, 'working_days', '2020-05-08'],

  // BB — Thu 2025-10-30 + 1: Fri 31 Oct Reformationstag, Sat, Sun → Mon 3 Nov
  ['DE-BB', '2025-10-30', 1, 'working_days', '2025-11-03'],
  // BB — Sun 2026-03-29 + 1 week: Sun 5 Apr is Ostersonntag (a holiday in BB, a Sunday anyway),
  // Mon 6 Apr Ostermontag → Tue 7 Apr; the same in every Land
  ['DE-BB', '2026-03-29', 1, 'weeks', '2026-04-07'],
  ['DE-BW', '2026-03-29', 1, 'weeks', '2026-04-07'],

  // HH — Thu 2025-10-30 + 1: Fri 31 Oct Reformationstag (since 2018), Sat, Sun → Mon 3 Nov
  ['DE-HH', '2025-10-30', 1, 'working_days', '2025-11-03'],
  // HB — Wed 2024-10-30 + 2: Thu 31 Oct Reformationstag; Fri 1 Nov (1), Mon 4 Nov (2)
  ['DE-HB', '2024-10-30', 2, 'working_days', '2024-11-04'],
  // NI — Mon 2023-10-30 + 1: Tue 31 Oct Reformationstag → Wed 1 Nov (no Allerheiligen in NI)
  ['DE-NI', '2023-10-30', 1, 'working_days', '2023-11-01'],
  // SH — Wed 2029-10-17 + 2 weeks = Wed 31 Oct, Reformationstag → Thu 1 Nov (§ 193 BGB)
  ['DE-SH', '2029-10-17', 2, 'weeks', '2029-11-01'],
  // NW keeps no Reformationstag → Wed 31 Oct 2029 stands
  ['DE-NW', '2029-10-17', 2, 'weeks', '2029-10-31'],

  // HE — Wed 2027-05-26 + 1: Thu 27 May Fronleichnam → Fri 28 May
  ['DE-HE', '2027-05-26', 1, 'working_days', '2027-05-28'],
  // RP — Wed 2025-06-18 + 1: Thu 19 Jun Fronleichnam → Fri 20 Jun
  ['DE-RP', '2025-06-18', 1, 'working_days', '2025-06-20'],
  // SN has no Fronleichnam in the whole Land → Thu 19 Jun …
  ['DE-SN', '2025-06-18', 1, 'working_days', '2025-06-19'],
  // … but the Catholic communities of Landkreis Bautzen do → Fri 20 Jun
  ['DE-SN-BZ', '2025-06-18', 1, 'working_days', '2025-06-20'],
  // TH likewise: the Corpus Christi communities of Eichsfeld, Unstrut-Hainich-Kreis and
  // Wartburgkreis keep Fronleichnam (Thu 4 Jun 2026) → Fri 5 Jun; the Land as a whole does not → Thu 4 Jun
  ['DE-TH-EIC', '2026-06-03', 1, 'working_days', '2026-06-05'],
  ['DE-TH-UH', '2026-06-03', 1, 'working_days', '2026-06-05'],
  ['DE-TH-WAK', '2026-06-03', 1, 'working_days', '2026-06-05'],
  ['DE-TH', '2026-06-03', 1, 'working_days', '2026-06-04'],

  // MV — Tue 2023-03-07 + 1: Wed 8 Mar Frauentag (since 2023) → Thu 9 Mar
  ['DE-MV', '2023-03-07', 1, 'working_days', '2023-03-09'],
  // MV — Thu 2024-03-07 + 1: Fri 8 Mar Frauentag, Sat, Sun → Mon 11 Mar
  ['DE-MV', '2024-03-07', 1, 'working_days', '2024-03-11'],
  // SH has no Frauentag → Fri 8 Mar
  ['DE-SH', '2024-03-07', 1, 'working_days', '2024-03-08'],

  // SL — Thu 2025-08-14 + 1: Fri 15 Aug Mariä Himmelfahrt, Sat, Sun → Mon 18 Aug
  ['DE-SL', '2025-08-14', 1, 'working_days', '2025-08-18'],
  // BY: 15 Aug holds only in predominantly Catholic municipalities → Mon 18 Aug there,
  // Fri 15 Aug in Protestant ones and in the Land-wide calendar
  ['DE-BY-KATH', '2025-08-14', 1, 'working_days', '2025-08-18'],
  ['DE-BY-EVANG', '2025-08-14', 1, 'working_days', '2025-08-15'],
  ['DE-BY', '2025-08-14', 1, 'working_days', '2025-08-15'],

  // BY-A — Thu 2025-08-07 + 1: Fri 8 Aug Augsburger Friedensfest, Sat, Sun → Mon 11 Aug
  ['DE-BY-A', '2025-08-07', 1, 'working_days', '2025-08-11'],
  // BY-A — Wed 2024-08-07 + 2: Thu 8 Aug Friedensfest; Fri 9 (1), Mon 12 (2)
  ['DE-BY-A', '2024-08-07', 2, 'working_days', '2024-08-12'],
  // elsewhere in Bavaria Thu 8 (1), Fri 9 (2)
  ['DE-BY-KATH', '2024-08-07', 2, 'working_days', '2024-08-09'],

  // SN — Tue 2025-11-18 + 1: Wed 19 Nov Buß- und Bettag (Wednesday before 23 Nov) → Thu 20 Nov
  ['DE-SN', '2025-11-18', 1, 'working_days', '2025-11-20'],
  // ST has no Buß- und Bettag → Wed 19 Nov
  ['DE-ST', '2025-11-18', 1, 'working_days', '2025-11-19'],

  // TH — Fri 2027-09-17 + 1: Sat, Sun, Mon 20 Sep Weltkindertag (since 2019) → Tue 21 Sep
  ['DE-TH', '2027-09-17', 1, 'working_days', '2027-09-21'],
  // SN has no Weltkindertag → Mon 20 Sep
  ['DE-SN', '2027-09-17', 1, 'working_days', '2027-09-20'],
];

describe('hand-checked due dates in every Land', () => {
  it.each(cases)('%s: %s + %i %s → %s', (region, start, amount, unit, due) => {
    expect(dueDate(calendarIndex(region), start, amount, unit)).toBe(due);
  });

  it('covers each of the 16 Länder and every region date-holidays names', () => {
    const covered = new Set(cases.map(([region]) => region));
    expect(regionCodes().filter((code) => code.split('-').length === 2)).toHaveLength(16);
    for (const code of regionCodes()) expect(covered, code).toContain(code);
  });
});
