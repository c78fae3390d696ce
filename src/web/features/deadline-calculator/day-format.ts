/** "Freitag, 15.05.2026" for the calendar date 2026-05-15 (no time zone can shift it). */
export function formatDayWithWeekday(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Intl.DateTimeFormat(locale.startsWith('en') ? 'en-GB' : 'de-DE', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return `${weekday}, ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** Today's calendar date in Germany as YYYY-MM-DD, whatever the browser's zone. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}
