// Query keys of the certificate cycle; under 'certificates' so a change there refreshes them too.
export const cycleKeys = {
  overview: (filter: Record<string, unknown>) => ['certificates', 'overview', filter] as const,
  cycle: (id: string) => ['certificates', 'cycle', id] as const,
  calendarFeed: ['calendar-feed'] as const,
};
