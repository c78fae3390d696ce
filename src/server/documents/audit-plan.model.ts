import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { AuditKind, PlanStage } from './audit-plan.labels.js';
import { INTL_LOCALE, type Locale, type Localized } from './pdf-common.js';

/** A clause or criterion a slot covers, with its number (ISO clause) where the catalog has one. */
export type PlanCriterion = { id: string; reference: string | null; title: Localized };

export type PlanSlot = {
  startsAt: Date;
  endsAt: Date;
  stage: PlanStage | null;
  department: string;
  site: string;
  process: string;
  auditorName: string;
  interviewees: string;
  note: string;
  criteria: PlanCriterion[];
};

/** Everything the PDF and the mail of an audit plan show; built by the audit plan service. */
export type AuditPlanDocument = {
  locale: Locale;
  generatedAt: Date;
  certifierName: string;
  municipalityName: string;
  schemeTitle: Localized;
  auditKind: AuditKind;
  slots: PlanSlot[];
};

/** The slots by the day they take place in Germany, days and slots in time order. */
export function slotsByDay(slots: readonly PlanSlot[]): { day: string; slots: PlanSlot[] }[] {
  const days = new Map<string, PlanSlot[]>();
  for (const s of [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = toBerlinDate(s.startsAt);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, slots: list }));
}

/** "Montag, 20. April 2026" for a calendar date. */
export function dayHeading(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** "09:00–11:00" in German time; a slot running past midnight shows the end day too. */
export function timeRange(slot: Pick<PlanSlot, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
  const end = time.format(slot.endsAt);
  const sameDay = toBerlinDate(slot.startsAt) === toBerlinDate(slot.endsAt);
  const endDay = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: '2-digit', month: '2-digit', timeZone: 'Europe/Berlin' }).format(
    slot.endsAt,
  );
  return `${time.format(slot.startsAt)}–${sameDay ? end : `${endDay} ${end}`}`;
}

/** "8.5 Erbringung der Dienstleistung" — the clause number where there is one, else the criterion's id. */
export function criterionLabel(c: PlanCriterion, locale: Locale): string {
  return `${c.reference ?? c.id} ${c.title[locale]}`;
}

/** The process with the slot's note under it, as the PDF and the mail show it. */
export function processWithNote(slot: Pick<PlanSlot, 'process' | 'note'>, noteLabel: string): string {
  return [slot.process, slot.note ? `${noteLabel}: ${slot.note}` : ''].filter(Boolean).join('\n');
}
