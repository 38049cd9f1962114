import { currencyMinorDigits } from '@shared/domain/currencies';
import type { Language } from '@shared/domain/languages';
import type { MetricUnit } from '@shared/metrics/metric-definition';

/** Numbers, money and dates as a reader of the review's language expects them, whatever the UI's language. */
export interface ReviewFormatter {
  metric(value: number | null, unit: MetricUnit, currency: string | null): string;
  count(value: number): string;
  percent(fraction: number): string;
  money(amountMinor: number, currency: string): string;
  date(isoDate: string): string;
  month(month: string): string;
}

const DASH = '—';

export function reviewFormatter(language: Language): ReviewFormatter {
  const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string): Intl.NumberFormat => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(language, { style: 'currency', currency });
      moneyFormats.set(currency, format);
    }
    return format;
  };
  return {
    metric(value, unit, currency) {
      if (value === null) return DASH;
      switch (unit) {
        case 'ratio':
          return percent.format(value);
        case 'count':
          return count.format(value);
        case 'money':
          return currency ? moneyFormat(currency).format(value) : decimal.format(value);
        default:
          return decimal.format(value);
      }
    },
    count: (value) => count.format(value),
    percent: (fraction) => percent.format(fraction),
    money: (amountMinor, currency) => moneyFormat(currency).format(amountMinor / 10 ** currencyMinorDigits(currency)),
    date: (isoDate) => day.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    month: (month) => monthName.format(new Date(`${month}-01T00:00:00Z`)),
  };
}
