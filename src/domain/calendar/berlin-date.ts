// Instants are stored in UTC; German administrative dates are Europe/Berlin calendar dates.
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Europe/Berlin calendar date of an instant, as YYYY-MM-DD. */
export function toBerlinDate(instant: Date): string {
  return berlinDate.format(instant);
}

/** A YYYY-MM-DD date as German text writes it: 23.11.2026. */
export function germanDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('.');
}

/** Adds whole calendar months to a YYYY-MM-DD date; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fmt(year, month, Math.min(d, lastDay));
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

function fmt(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
