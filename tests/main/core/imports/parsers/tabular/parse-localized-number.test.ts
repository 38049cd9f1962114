import { describe, expect, it } from 'vitest';
import { parseLocalizedNumber } from '../../../../../../src/main/core/imports/parsers/tabular/parse-localized-number';

const value = (text: string, decimal?: 'auto' | 'dot' | 'comma') => {
  const parsed = parseLocalizedNumber(text, decimal);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseLocalizedNumber', () => {
  it('reads a percent sign as a fraction: "0.85%" → 0.0085, exactly', () => {
    expect(parseLocalizedNumber('0.85%')).toEqual({ ok: true, value: 0.0085, isPercent: true });
    expect(value('1.1%')).toBe(0.011);
    expect(value('-2.5 %')).toBe(-0.025);
  });

  it('reads English thousands separators: "1,234.50" → 1234.5', () => {
    expect(value('1,234.50')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1234567);
  });

  it('takes a single comma before three digits as a thousands separator ("1,234" → 1234), as English, Chinese and Japanese tools write it', () => {
    expect(value('1,234')).toBe(1234);
  });

  it('takes any other single comma as a decimal comma', () => {
    expect(value('0,85')).toBe(0.85);
    expect(value('12,5')).toBe(12.5);
    expect(value('0,123')).toBe(0.123);
    expect(value('0,85%')).toBe(0.0085);
  });

  it('takes the last of "." and "," as the decimal mark when both appear: "12.000,50" → 12000.5', () => {
    expect(value('12.000,50')).toBe(12000.5);
    expect(value('1.234.567,8')).toBe(1234567.8);
  });

  it('reads French and Swiss grouping: "1 234,56", narrow no-break spaces, apostrophes', () => {
    expect(value('1 234,56')).toBe(1234.56);
    expect(value('1\u202f234,56')).toBe(1234.56);
    expect(value('1\u00a0234 567')).toBe(1234567);
    expect(value("1'234.50")).toBe(1234.5);
  });

  it('lets a known decimal style settle "1.234" and "1,234"', () => {
    expect(value('1.234')).toBe(1.234);
    expect(value('1.234', 'comma')).toBe(1234);
    expect(value('1,234', 'comma')).toBe(1.234);
    expect(value('1,234', 'dot')).toBe(1234);
  });

  it('names the currency of "$1,234", "US$1,234.56", "€ 1.234,56", "RMB 100", "1234 JPY" and "12,000円"', () => {
    expect(parseLocalizedNumber('$1,234')).toEqual({ ok: true, value: 1234, isPercent: false, currencyHint: 'USD' });
    expect(parseLocalizedNumber('US$1,234.56')).toMatchObject({ value: 1234.56, currencyHint: 'USD' });
    expect(parseLocalizedNumber('€ 1.234,56')).toMatchObject({ value: 1234.56, currencyHint: 'EUR' });
    expect(parseLocalizedNumber('RMB 100')).toMatchObject({ value: 100, currencyHint: 'CNY' });
    expect(parseLocalizedNumber('1234 JPY')).toMatchObject({ value: 1234, currencyHint: 'JPY' });
    expect(parseLocalizedNumber('12,000円')).toMatchObject({ value: 12000, currencyHint: 'JPY' });
  });

  it('reads "¥12,000" and "￥12,000" but leaves the currency open, because ¥ is both yen and yuan', () => {
    expect(parseLocalizedNumber('¥12,000')).toEqual({ ok: true, value: 12000, isPercent: false, ambiguousCurrency: '¥' });
    expect(parseLocalizedNumber('￥12,000')).toEqual({ ok: true, value: 12000, isPercent: false, ambiguousCurrency: '¥' });
  });

  it('reads negatives written with a minus, a typographic minus or accounting parentheses', () => {
    expect(value('-$5')).toBe(-5);
    expect(value('$-5')).toBe(-5);
    expect(value('\u22125')).toBe(-5);
    expect(value('(12.50)')).toBe(-12.5);
  });

  it('reads full-width digits and percent signs from Japanese tools', () => {
    expect(value('１２３．５')).toBe(123.5);
    expect(value('０.８５％')).toBe(0.0085);
  });

  it('reads scientific notation from spreadsheets', () => {
    expect(value('8.5E-03')).toBe(0.0085);
  });

  it('refuses what it would have to guess: bad grouping, text, stray marks', () => {
    expect(value('1,23,4')).toBe('"1,23,4" is not a number');
    expect(value('1,234.5.6')).toBe('"1,234.5.6" is not a number');
    expect(value('abc')).toBe('"abc" is not a number');
    expect(value('1.234,5', 'dot')).toBe('"1.234,5" is not a number');
    expect(value('')).toBe('it is empty');
    expect(value('€5%')).toBe('"€5%" has both a currency and a percent sign');
  });
});
