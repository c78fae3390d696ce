import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, formatRate, telHref } from './format';

describe('number formats', () => {
  it('shows a deviation rate with exactly one decimal in the reader notation', () => {
    expect(formatRate(0.3, 'de')).toBe('30,0\u00a0%');
    expect(formatRate(0.3, 'en')).toBe('30.0%');
    expect(formatRate(null, 'de')).toBe('–');
  });

  it('shows a share with at most one decimal', () => {
    expect(formatPercent(0.15, 'de')).toBe('15\u00a0%');
    expect(formatPercent(0.025, 'en')).toBe('2.5%');
    expect(formatPercent(undefined, 'en')).toBe('–');
  });

  it('rounds working days and levels to one decimal', () => {
    expect(formatDecimal(4.56, 'de')).toBe('4,6');
    expect(formatDecimal(12, 'en')).toBe('12');
    expect(formatDecimal(null, 'de')).toBe('–');
  });
});

describe('telHref', () => {
  it('keeps only digits and the plus sign', () => {
    expect(telHref('+49 (0211) 89-3456')).toBe('tel:+490211893456');
  });
});
