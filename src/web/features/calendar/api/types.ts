export type ClosureDay = { date: string; reason: string };

export type WorkingCalendar = { id: string; version: number; region: string; closureDays: ClosureDay[]; createdAt: string };

export const calendarKeys = {
  all: ['working-calendar'] as const,
  regions: ['deadline-regions'] as const,
};
