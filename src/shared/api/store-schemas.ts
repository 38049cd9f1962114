import { z } from 'zod';
import { optionalText, requiredText } from './text-fields';
import { CURRENCIES } from '../domain/currencies';
import { MARKETPLACE_CODES } from '../domain/marketplaces';
import { PLATFORMS, STORE_STAGES, STORE_STATUSES } from '../domain/stores';
import { isValidTimeZone } from '../domain/time-zones';


export const storeFields = {
  clientId: z.number().int().positive(),
  displayName: requiredText(120),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
  sellerId: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(64)
    .regex(/^[A-Za-z0-9._:-]+$/, 'may contain only letters, digits and . _ : -'),
  currency: z.enum(CURRENCIES).optional(),
  /** Defaults to the marketplace's zone when omitted. */
  timeZone: z
    .string()
    .trim()
    .refine(isValidTimeZone, 'is not a known IANA time zone (e.g. Asia/Tokyo)')
    .optional(),
  stage: z.enum(STORE_STAGES),
  category: optionalText(120),
  accountManager: optionalText(120),
  status: z.enum(STORE_STATUSES),
};

export const storeInputSchema = z.object(storeFields).strict();
export type StoreInput = z.input<typeof storeInputSchema>;

export const storePatchSchema = z.object(storeFields).partial().strict();
export type StorePatch = z.input<typeof storePatchSchema>;

export const storeSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  displayName: z.string(),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
  sellerId: z.string(),
  currency: z.enum(CURRENCIES),
  timeZone: z.string(),
  stage: z.enum(STORE_STAGES),
  category: z.string().nullable(),
  accountManager: z.string().nullable(),
  status: z.enum(STORE_STATUSES),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Store = z.infer<typeof storeSchema>;
