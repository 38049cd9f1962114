/** Currencies agencies report in or sell in; ISO 4217 codes. */
export const CURRENCIES = [
  'USD', 'CNY', 'JPY', 'EUR', 'GBP', 'CAD', 'MXN', 'BRL', 'SEK', 'PLN',
  'TRY', 'AED', 'SAR', 'INR', 'SGD', 'AUD', 'HKD',
] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Digits after the decimal point of the currency's minor unit: 2 for USD, 0 for JPY. */
export function currencyMinorDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
