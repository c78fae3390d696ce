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

const numberLocale = (locale: string) => (locale.startsWith('en') ? 'en-GB' : 'de-DE');

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A number with at most one decimal (working days, where percentiles interpolate; average levels); null → "–". */
export function formatDecimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

/** A share 0..1 as a percentage with at most one decimal: "2,5 %", "15 %" (de) / "2.5%" (en); null → "–". */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A deviation rate with exactly one decimal, so rates in a column line up: 0.3 → "30,0 %" (de) / "30.0%" (en); null → "–". */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
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

/** The tel: link of a phone number as people write it ("0211 89-3456" → tel:0211893456). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export type Localized = { de: string; en: string };

export function pickLocale(text: Localized | null | undefined, locale: string): string {
  if (!text) return '';
  return locale.startsWith('en') ? text.en || text.de : text.de || text.en;
}
