import { BASIS_POINTS_PER_UNIT } from '@shared/domain/agency-contracts';
import { currencyMinorDigits } from '@shared/domain/currencies';

// Fee maths in integer minor units. Every rounding is half away from zero to the contract
// currency's minor unit (yen for JPY, cents for USD), once per line: a store's converted GMV,
// the prorated base fee, the commission, a percentage clause.

/** Rounds half away from zero, after shedding binary noise (1.005 × 100 is 100.49999…). */
export function roundHalfAwayFromZero(value: number): number {
  const clean = Number(value.toPrecision(12));
  return Math.sign(clean) * Math.round(Math.abs(clean));
}

/** a × b ÷ c on integers, rounded half away from zero; exact while a × b stays below 2^53. */
export function mulDivRound(a: number, b: number, c: number): number {
  const product = a * b;
  const sign = Math.sign(product) * Math.sign(c);
  const numerator = Math.abs(product);
  const denominator = Math.abs(c);
  return sign * Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** `bps` basis points of an amount: 250 bp of 1,000,000 is 25,000. */
export function shareOfMinor(amountMinor: number, bps: number): number {
  return mulDivRound(amountMinor, bps, BASIS_POINTS_PER_UNIT);
}

/** The base fee for the days of the month the contract ran. */
export function prorateMinor(amountMinor: number, days: number, daysInMonth: number): number {
  return days >= daysInMonth ? amountMinor : mulDivRound(amountMinor, days, daysInMonth);
}

/** Converts minor units of one currency to another at `rate` (major units of `to` per major unit of `from`). */
export function convertMinor(amountMinor: number, from: string, to: string, rate: number): number {
  return roundHalfAwayFromZero(amountMinor * rate * 10 ** (currencyMinorDigits(to) - currencyMinorDigits(from)));
}

/** "2,500.00 USD", "300,000 JPY": for the English explanations of statement lines. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amountMinor / 10 ** digits);
  return `${number} ${currency}`;
}

/** "2.5 %" for 250 bp. */
export function formatBps(bps: number): string {
  return `${Number(((bps / BASIS_POINTS_PER_UNIT) * 100).toFixed(4))} %`;
}
