import type { ClosureDay, WorkingCalendar } from './api/types';

export type CalendarChanges =
  | { first: true; region: string; closureDays: number }
  | {
      first: false;
      region: { from: string; to: string } | null;
      added: ClosureDay[];
      removed: ClosureDay[];
      renamed: { date: string; from: string; to: string }[];
    };

/** What a calendar version changed against the version before it (none: the first). */
export function calendarChanges(version: WorkingCalendar, previous: WorkingCalendar | undefined): CalendarChanges {
  if (!previous) return { first: true, region: version.region, closureDays: version.closureDays.length };
  const before = new Map(previous.closureDays.map((d) => [d.date, d.reason]));
  const after = new Map(version.closureDays.map((d) => [d.date, d.reason]));
  return {
    first: false,
    region: previous.region === version.region ? null : { from: previous.region, to: version.region },
    added: version.closureDays.filter((d) => !before.has(d.date)),
    removed: previous.closureDays.filter((d) => !after.has(d.date)),
    renamed: version.closureDays
      .filter((d) => before.has(d.date) && before.get(d.date) !== d.reason)
      .map((d) => ({ date: d.date, from: before.get(d.date)!, to: d.reason })),
  };
}
