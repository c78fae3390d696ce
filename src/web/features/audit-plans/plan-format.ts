import dayjs from 'dayjs';
import type { PlanSlot } from './api/types';

// Slots are entered and shown in the browser's time (German administrations: Europe/Berlin).

export const dayOf = (iso: string) => dayjs(iso).format('YYYY-MM-DD');
export const timeOf = (iso: string) => dayjs(iso).format('HH:mm');

/** A date (YYYY-MM-DD) and a time (HH:mm) in the browser's time zone as an ISO instant. */
export function toInstant(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}

/** "Montag, 15. Juni 2026" in the UI's language. */
export function dayHeading(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(y!, m! - 1, d!));
}

/** The slots by day, days and slots in time order. */
export function byDay(slots: PlanSlot[]): { day: string; slots: PlanSlot[] }[] {
  const days = new Map<string, PlanSlot[]>();
  for (const s of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt)))
    days.set(dayOf(s.startsAt), [...(days.get(dayOf(s.startsAt)) ?? []), s]);
  return [...days.entries()].map(([day, list]) => ({ day, slots: list }));
}
