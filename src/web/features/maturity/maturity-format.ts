import type { TFunction } from 'i18next';

/** "Stufe 2 – Grundstruktur aufgebaut" for the scale the DQD catalog describes (0–4), "Stufe 7" beyond it. */
export function scaleLabel(t: TFunction, level: number): string {
  return level >= 0 && level <= 4 ? t(`maturity.scale.${level}`) : t('maturity.scale.other', { level });
}

/** A share 0..1 as a percentage in the reader's notation (2,5 % / 2.5%). */
export function percent(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined) return '–';
  return new Intl.NumberFormat(locale.startsWith('en') ? 'en-GB' : 'de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A level as a number in the reader's notation; averages may carry one decimal. */
export function levelText(level: number | null | undefined, locale: string): string {
  if (level === null || level === undefined) return '–';
  return new Intl.NumberFormat(locale.startsWith('en') ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(level);
}
