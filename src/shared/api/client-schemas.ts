import { z } from 'zod';
import { optionalText, requiredText } from './text-fields';
import { CURRENCIES } from '../domain/currencies';
import { LANGUAGES } from '../domain/languages';


export const clientFields = {
  name: requiredText(120),
  contactName: optionalText(120),
  contactEmail: z
    .union([z.literal(''), z.email('is not a valid e-mail address')])
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  language: z.enum(LANGUAGES),
  reportingCurrency: z.enum(CURRENCIES),
  notes: optionalText(4000),
};

export const clientInputSchema = z.object(clientFields).strict();
export type ClientInput = z.input<typeof clientInputSchema>;

export const clientPatchSchema = z.object(clientFields).partial().strict();
export type ClientPatch = z.input<typeof clientPatchSchema>;

export const clientSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  language: z.enum(LANGUAGES),
  reportingCurrency: z.enum(CURRENCIES),
  notes: z.string().nullable(),
  storeCount: z.number().int(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;
