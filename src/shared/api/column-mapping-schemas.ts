import { z } from 'zod';
import { isMetricKey } from '../metrics/metric-catalog';

const columnName = z.string().trim().min(1);

/** The reporting window comes from one date column (daily values) or from a from/to pair. */
const windowColumns = { date: columnName.optional(), from: columnName.optional(), to: columnName.optional() };
const hasWindow = (columns: { date?: string; from?: string; to?: string }) =>
  columns.date !== undefined || (columns.from !== undefined && columns.to !== undefined);
const WINDOW_MESSAGE = 'a mapping needs a date column, or both a from and a to column';

export const mappingOptionsSchema = z.object({
  /** Dates that end with the year: month first (US, the default) or day first. */
  dateOrder: z.enum(['mdy', 'dmy']).optional(),
  /** 'auto' guesses per cell (see parse-localized-number); 'dot' / 'comma' fix the decimal mark. */
  decimal: z.enum(['auto', 'dot', 'comma']).optional(),
});

/** One row per store, date and metric: Storefleet's long format and anything shaped like it. */
export const longMappingSchema = z.object({
  kind: z.literal('long'),
  columns: z
    .object({
      store: columnName,
      metric: columnName,
      value: columnName,
      numerator: columnName.optional(),
      denominator: columnName.optional(),
      currency: columnName.optional(),
      ...windowColumns,
    })
    .refine(hasWindow, WINDOW_MESSAGE),
  options: mappingOptionsSchema.optional(),
});

/** One row per store and date, one column per metric. */
export const wideMappingSchema = z.object({
  kind: z.literal('wide'),
  columns: z.object({ store: columnName, currency: columnName.optional(), ...windowColumns }).refine(hasWindow, WINDOW_MESSAGE),
  /** Column header → metric key, or 'catalog_keys': every column whose header is a metric key. */
  metrics: z.union([
    z.literal('catalog_keys'),
    z.record(columnName, z.string().refine(isMetricKey, { message: 'not a metric key of the catalog' })),
  ]),
  options: mappingOptionsSchema.optional(),
});

export const columnMappingSchema = z.discriminatedUnion('kind', [longMappingSchema, wideMappingSchema]);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
export type LongMapping = z.infer<typeof longMappingSchema>;
export type WideMapping = z.infer<typeof wideMappingSchema>;

/**
 * The two layouts Storefleet documents. Optional columns (numerator, denominator, currency,
 * from/to) are read when the file has them; a file may leave them out.
 */
export const BUILT_IN_MAPPINGS = {
  'storefleet-long': {
    kind: 'long',
    columns: { store: 'store', metric: 'metric', date: 'date', from: 'from', to: 'to', value: 'value', numerator: 'numerator', denominator: 'denominator', currency: 'currency' },
  },
  'storefleet-wide': {
    kind: 'wide',
    columns: { store: 'store', date: 'date', from: 'from', to: 'to', currency: 'currency' },
    metrics: 'catalog_keys',
  },
} as const satisfies Record<string, ColumnMapping>;

export type BuiltInMappingName = keyof typeof BUILT_IN_MAPPINGS;
