import type { Currency } from './currencies';

/**
 * Marketplaces are ISO 3166-1 alpha-2 countries. The time zone is where the platform
 * counts a business day (Amazon US reports in US Pacific time, Amazon JP in Tokyo time).
 */
export const MARKETPLACES = {
  US: { timeZone: 'America/Los_Angeles', currency: 'USD' },
  CA: { timeZone: 'America/Los_Angeles', currency: 'CAD' },
  MX: { timeZone: 'America/Los_Angeles', currency: 'MXN' },
  BR: { timeZone: 'America/Sao_Paulo', currency: 'BRL' },
  GB: { timeZone: 'Europe/London', currency: 'GBP' },
  DE: { timeZone: 'Europe/Berlin', currency: 'EUR' },
  FR: { timeZone: 'Europe/Paris', currency: 'EUR' },
  IT: { timeZone: 'Europe/Rome', currency: 'EUR' },
  ES: { timeZone: 'Europe/Madrid', currency: 'EUR' },
  NL: { timeZone: 'Europe/Amsterdam', currency: 'EUR' },
  SE: { timeZone: 'Europe/Stockholm', currency: 'SEK' },
  PL: { timeZone: 'Europe/Warsaw', currency: 'PLN' },
  TR: { timeZone: 'Europe/Istanbul', currency: 'TRY' },
  AE: { timeZone: 'Asia/Dubai', currency: 'AED' },
  SA: { timeZone: 'Asia/Riyadh', currency: 'SAR' },
  IN: { timeZone: 'Asia/Kolkata', currency: 'INR' },
  JP: { timeZone: 'Asia/Tokyo', currency: 'JPY' },
  SG: { timeZone: 'Asia/Singapore', currency: 'SGD' },
  AU: { timeZone: 'Australia/Sydney', currency: 'AUD' },
  CN: { timeZone: 'Asia/Shanghai', currency: 'CNY' },
} as const satisfies Record<string, { timeZone: string; currency: Currency }>;

export type Marketplace = keyof typeof MARKETPLACES;
export const MARKETPLACE_CODES = Object.keys(MARKETPLACES) as [Marketplace, ...Marketplace[]];

export function defaultTimeZone(marketplace: Marketplace): string {
  return MARKETPLACES[marketplace].timeZone;
}

export function defaultCurrency(marketplace: Marketplace): Currency {
  return MARKETPLACES[marketplace].currency;
}
