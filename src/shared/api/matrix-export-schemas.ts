import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';

/** Export of the matrix exactly as the user sees it: these stores in this order, these columns. */
export const matrixExportInputSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    storeIds: z.array(z.number().int().positive()).max(10_000),
    metricKeys: z.array(z.string().trim().min(1)).min(1, 'is required').max(200),
    /** Language of the headers and status words. */
    language: z.enum(LANGUAGES),
    /**
     * The view's filters as the caller words them ({"Client": "Northpeak", "Search": "US"}),
     * listed on the XLSX "About" sheet so the file says what it shows.
     */
    filters: z
      .record(z.string().trim().min(1).max(60), z.string().trim().max(200))
      .refine((filters) => Object.keys(filters).length <= 20, 'at most 20 filters')
      .optional(),
  })
  .strict();
export type MatrixExportInput = z.infer<typeof matrixExportInputSchema>;
