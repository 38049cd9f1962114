import { currencyMinorDigits } from '../../../../shared/domain/currencies';

/**
 * 0.85 (percent) → 0.0085. Shifting the decimal exponent instead of dividing by 100 gives the
 * double nearest to the written value, so 1.1% becomes 0.011 and not 0.011000000000000001.
 */
export function percentToFraction(percent: number): number {
  const text = String(percent);
  return text.includes('e') ? percent / 100 : Number(`${text}e-2`);
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/**
 * An amount in major units (12.34 USD, 1200 JPY) to integer minor units (1234, 1200), or null
 * when the amount has more decimals than the currency has minor units: a yen amount with
 * cents is a mislabelled currency, not something to round away. Call with a known currency.
 */
export function toMinorUnits(amount: number, currency: string): number | null {
  const digits = currencyMinorDigits(currency);
  const text = String(amount);
  const scaled = text.includes('e') ? amount * 10 ** digits : Number(`${text}e${digits}`);
  return Number.isSafeInteger(scaled) ? scaled : null;
}
