import { z } from 'zod';

/** Free text a user may leave blank: trimmed, and stored as null when empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const requiredText = (max: number) => z.string().trim().min(1, 'is required').max(max);
