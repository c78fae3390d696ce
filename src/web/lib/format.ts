import dayjs from 'dayjs';

// Dates are shown in German notation in both languages (dd.MM.yyyy).
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD.MM.YYYY') : '–';
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD.MM.YYYY, HH:mm') : '–';
}

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2 }).format(value);
}

/** A value of <input type="datetime-local"> as an ISO instant with offset. */
export function localInputToIso(value: string): string {
  return new Date(value).toISOString();
}

/** An instant as the value of <input type="datetime-local">. */
export function isoToLocalInput(value: string | Date | null | undefined): string {
  if (!value) return '';
  return dayjs(value).format('YYYY-MM-DDTHH:mm');
}

export type Localized = { de: string; en: string };

export function pickLocale(text: Localized | null | undefined, locale: string): string {
  if (!text) return '';
  return locale.startsWith('en') ? text.en || text.de : text.de || text.en;
}
