import type { TFunction } from 'i18next';

/** "Stufe 2 – Grundstruktur aufgebaut" for the scale the DQD catalog describes (0–4), "Stufe 7" beyond it. */
export function scaleLabel(t: TFunction, level: number): string {
  return level >= 0 && level <= 4 ? t(`maturity.scale.${level}`) : t('maturity.scale.other', { level });
}
