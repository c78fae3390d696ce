import { createHash } from 'node:crypto';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { type ColumnKey, IMPORT_COLUMNS } from './import-columns.js';

// One row of an import (a CSV/XLSX line or an XGewerbeanzeige notice) checked on its own:
// dates, lengths, e-mail addresses. What needs the database (promise, pilot) comes after.

export type RowFields = Partial<Record<ColumnKey, string>> & {
  /** Municipality key the notice names (XGewerbeanzeige only). */
  ags?: string;
  details?: Record<string, string>;
};

export type CheckedRow = {
  externalId: string;
  reference: string | null;
  promiseKey: string | null;
  receivedAt: Date;
  receivedOn: string;
  fulfilledOn: string | null;
  subject: string;
  businessName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  pilotEmail: string | null;
  ags: string | null;
  details: Record<string, string>;
};

const LIMITS: Partial<Record<ColumnKey, number>> = {
  reference: 100,
  externalId: 200,
  promiseKey: 63,
  subject: 500,
  businessName: 300,
  contactName: 200,
  contactEmail: 320,
  contactPhone: 50,
  pilotEmail: 320,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A date as German offices write it: 2026-05-04 or 04.05.2026, optionally with a time
 * (09:30 or 09:30:15), or an ISO instant with offset. Local times are Europe/Berlin.
 */
export function parseImportDate(text: string): { date: string; instant: Date } | null {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const instant = new Date(s);
    return Number.isNaN(instant.getTime()) ? null : { date: toBerlinDate(instant), instant };
  }
  const m = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const [year, month, day] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const [h, mi, se] = [Number(m[7] ?? 0), Number(m[8] ?? 0), Number(m[9] ?? 0)];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59 || se > 59)
    return null;
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, instant: berlinInstant(y, mo, d, h, mi, se) };
}

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The instant at which Berlin's wall clock shows the given time (the earlier one in the autumn overlap). */
function berlinInstant(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // start from summer time (UTC+2): in the autumn overlap that is the earlier instant, and it already fits
  let guess = wall - 2 * 3600_000;
  for (let i = 0; i < 2; i++) {
    const p = Object.fromEntries(berlinParts.formatToParts(new Date(guess)).map((x) => [x.type, Number(x.value)]));
    const shown = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    guess += wall - shown;
  }
  return new Date(guess);
}

/** The id that makes a re-import find the case again: the given one, the file number, or the row's content. */
export function externalIdOf(f: RowFields): string {
  const given = f.externalId?.trim();
  if (given) return given;
  const reference = f.reference?.trim();
  if (reference) return `az:${reference}`;
  const content = (
    [
      'promiseKey',
      'receivedAt',
      'fulfilledOn',
      'subject',
      'businessName',
      'contactName',
      'contactEmail',
      'contactPhone',
      'pilotEmail',
    ] as const
  ).map((k) => (f[k] ?? '').trim());
  return `row:${createHash('sha256').update(content.join('\u001f')).digest('hex')}`;
}

/** The row's own problems, in German, or the checked values. `now` rules out dates in the future. */
export function checkRow(f: RowFields, now: Date): { row: CheckedRow } | { problems: string[] } {
  const problems: string[] = [];
  const text = (k: ColumnKey): string | null => {
    const v = f[k]?.trim() ?? '';
    if (!v) return null;
    const max = LIMITS[k];
    if (max && v.length > max) {
      problems.push(`${IMPORT_COLUMNS[k]} ist länger als ${max} Zeichen`);
      return null;
    }
    return v;
  };
  const today = toBerlinDate(now);
  const receivedText = text('receivedAt');
  const received = receivedText ? parseImportDate(receivedText) : null;
  if (!receivedText) problems.push('Eingangsdatum fehlt');
  else if (!received) problems.push(`Eingang „${receivedText}“ ist kein Datum (erwartet 2026-05-04 oder 04.05.2026, optional mit Uhrzeit)`);
  else if (received.instant.getTime() > now.getTime() + 5 * 60_000) problems.push(`Eingang ${received.date} liegt in der Zukunft`);

  const fulfilledText = text('fulfilledOn');
  const fulfilled = fulfilledText ? parseImportDate(fulfilledText) : null;
  if (fulfilledText && !fulfilled) problems.push(`Erledigt am „${fulfilledText}“ ist kein Datum`);
  else if (fulfilled && fulfilled.date > today) problems.push(`Erledigt am ${fulfilled.date} liegt in der Zukunft`);
  else if (fulfilled && received && fulfilled.date < received.date)
    problems.push(`Erledigt am ${fulfilled.date} liegt vor dem Eingang ${received.date}`);

  const contactEmail = text('contactEmail');
  if (contactEmail && !EMAIL.test(contactEmail)) problems.push(`E-Mail „${contactEmail}“ ist keine gültige Adresse`);
  const pilotEmail = text('pilotEmail');
  if (pilotEmail && !EMAIL.test(pilotEmail)) problems.push(`Lotse „${pilotEmail}“ ist keine E-Mail-Adresse`);
  const externalId = externalIdOf(f);
  if (externalId.length > 200) problems.push('Externe ID ist länger als 200 Zeichen');
  const row = {
    externalId,
    reference: text('reference'),
    promiseKey: text('promiseKey'),
    subject: text('subject') ?? '',
    businessName: text('businessName'),
    contactName: text('contactName'),
    contactPhone: text('contactPhone'),
  };
  if (problems.length || !received) return { problems };
  return {
    row: {
      ...row,
      receivedAt: received.instant,
      receivedOn: received.date,
      fulfilledOn: fulfilled?.date ?? null,
      contactEmail,
      pilotEmail: pilotEmail?.toLowerCase() ?? null,
      ags: f.ags?.trim() || null,
      details: f.details ?? {},
    },
  };
}
