import { BASIS_POINTS_PER_UNIT } from '@shared/domain/agency-contracts';
import { currencyMinorDigits } from '@shared/domain/currencies';

export function majorToMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyMinorDigits(currency));
}

export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyMinorDigits(currency);
}

export function percentToBps(percent: number): number {
  return Math.round(percent * (BASIS_POINTS_PER_UNIT / 100));
}

export function bpsToPercent(bps: number): number {
  return bps / (BASIS_POINTS_PER_UNIT / 100);
}
