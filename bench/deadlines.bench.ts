// Due dates for 1,000,000 cases spread over the 16 Länder through the deadline engine
// (O(1) lookups in a prebuilt calendar index), beside a baseline in the same process:
// the naive approach that walks day by day and looks each date up in a Set of holiday
// date strings. Both must give the same due date for every case.
//
// Timed honestly both ways: "engine (day numbers)" gets starts already converted to day
// numbers and returns day numbers (the hot-loop API); "engine (ISO strings)" takes and
// returns YYYY-MM-DD strings like the baseline, so it pays isoToDay + dayToIso per case.
// Index build time (date-holidays over 2000–2199) is reported separately.
import { calendarIndex, type CalendarIndex, type DeadlineUnit } from '../src/domain/deadlines/calendar-index.js';
import { dayToIso, isoToDay } from '../src/domain/deadlines/day-number.js';
import { holidaysOf, regionCodes } from '../src/domain/deadlines/holidays.js';

const N = 1_000_000;
const DAY_MS = 86_400_000;

export async function benchDeadlines() {
  const laender = regionCodes().filter((code) => code.split('-').length === 2);

  // deterministic cases: starts in 2024–2028; 80 % working days (1–20), 10 % weeks (1–12), 10 % months (1–6)
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const first = isoToDay('2024-01-01');
  const span = isoToDay('2028-12-31') - first + 1;
  const region = new Uint8Array(N);
  const startDay = new Int32Array(N);
  const startIso: string[] = new Array(N);
  const amount = new Int32Array(N);
  const unit: DeadlineUnit[] = new Array(N);
  for (let i = 0; i < N; i++) {
    region[i] = Math.floor(rand() * laender.length);
    startDay[i] = first + Math.floor(rand() * span);
    startIso[i] = dayToIso(startDay[i]!);
    const u = rand();
    [unit[i], amount[i]] =
      u < 0.8
        ? ['working_days', 1 + Math.floor(rand() * 20)]
        : u < 0.9
          ? ['weeks', 1 + Math.floor(rand() * 12)]
          : ['months', 1 + Math.floor(rand() * 6)];
  }

  const time = <T>(fn: () => T) => {
    const t0 = performance.now();
    const result = fn();
    return { ms: performance.now() - t0, result };
  };

  // index build: cold (date-holidays evaluates 200 years per Land), then a second closure set on cached holidays
  const cold = time(() => laender.map((code) => calendarIndex(code)));
  const indexes: CalendarIndex[] = cold.result;
  const warm = time(() => laender.map((code) => calendarIndex(code, ['2026-12-24', '2026-12-31'])));

  // the baseline's data: one Set of holiday date strings per Land, built outside the timing
  const holidaySets = laender.map((code) => {
    const set = new Set<string>();
    for (let year = 2023; year <= 2030; year++) for (const h of holidaysOf(code, year)) set.add(h.date);
    return set;
  });

  const engineDays = (from: number, to: number) => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = indexes[region[i]!]!.dueDay(startDay[i]!, amount[i]!, unit[i]!);
    return out;
  };
  const engineIso = (from: number, to: number) => {
    const out: string[] = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = dayToIso(indexes[region[i]!]!.dueDay(isoToDay(startIso[i]!), amount[i]!, unit[i]!));
    return out;
  };
  const baseline = (from: number, to: number) => {
    const out: string[] = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = naiveDue(holidaySets[region[i]!]!, startIso[i]!, amount[i]!, unit[i]!);
    return out;
  };

  // warm-up so every loop is measured JIT-compiled
  for (let k = 0; k < 3; k++) {
    engineDays(0, 20_000);
    engineIso(0, 20_000);
    baseline(0, 20_000);
  }
  const days = time(() => engineDays(0, N));
  const iso = time(() => engineIso(0, N));
  const base = time(() => baseline(0, N));

  let identical = 0;
  for (let i = 0; i < N; i++) if (dayToIso(days.result[i]!) === base.result[i] && iso.result[i] === base.result[i]) identical++;

  const perSecond = (ms: number) => Math.round(N / (ms / 1000));
  const speedUp = (ms: number) => Math.round((base.ms / ms) * 10) / 10;
  const row = (what: string, ms: number) => ({ what, ms: Math.round(ms * 10) / 10, perSecond: perSecond(ms), speedUp: speedUp(ms) });
  return {
    name: `deadlines: ${N.toLocaleString('en')} due dates over ${laender.length} Länder (80 % working days, 10 % weeks, 10 % months); identical on ${identical.toLocaleString('en')} of ${N.toLocaleString('en')}`,
    identical: identical === N,
    engine: { perSecond: perSecond(days.ms), speedUp: speedUp(days.ms) },
    rows: [
      row('engine (day numbers, index prebuilt)', days.ms),
      row('engine (ISO strings in and out)', iso.ms),
      row('baseline: day-by-day over a Set of holiday strings', base.ms),
      {
        what: `index build: ${laender.length} Länder, cold (date-holidays, 2000–2199)`,
        ms: Math.round(cold.ms),
        perSecond: '-',
        speedUp: '-',
      },
      {
        what: `index build: ${laender.length} Länder + closure days, holidays cached`,
        ms: Math.round(warm.ms * 10) / 10,
        perSecond: '-',
        speedUp: '-',
      },
    ],
  };
}

/** The naive approach: walk day by day, formatting each date and looking it up in the Set. */
function naiveDue(holidays: Set<string>, start: string, amount: number, unit: DeadlineUnit): string {
  let t = Date.parse(`${start}T00:00:00Z`);
  const isWorking = (ms: number) => {
    const weekday = new Date(ms).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(new Date(ms).toISOString().slice(0, 10));
  };
  if (unit === 'working_days') {
    for (let counted = 0; counted < amount;) {
      t += DAY_MS;
      if (isWorking(t)) counted++;
    }
  } else {
    const d = new Date(t);
    if (unit === 'months') {
      const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + amount + 1, 0)).getUTCDate();
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + amount, Math.min(d.getUTCDate(), lastDay));
    } else {
      t += (unit === 'weeks' ? 7 * amount : amount) * DAY_MS;
    }
    while (!isWorking(t)) t += DAY_MS;
  }
  return new Date(t).toISOString().slice(0, 10);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchDeadlines();
  console.log(r.name);
  console.table(r.rows);
  console.log(
    `target ≥ 5,000,000/s and ≥ 20× the baseline: ${r.engine.perSecond >= 5_000_000 && r.engine.speedUp >= 20 ? 'met' : 'NOT met'}`,
  );
  if (!r.identical) throw new Error('engine and baseline disagree on some due dates');
}
