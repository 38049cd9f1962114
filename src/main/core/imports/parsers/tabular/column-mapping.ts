import { isMetricKey } from '@shared/metrics/metric-catalog';
import type { BuiltInMappingName } from '@shared/api/column-mapping-schemas';

export { BUILT_IN_MAPPINGS, columnMappingSchema } from '@shared/api/column-mapping-schemas';
export type { BuiltInMappingName, ColumnMapping, LongMapping, WideMapping } from '@shared/api/column-mapping-schemas';

/** Headers are compared trimmed and case-insensitively: exports differ in both. */
export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * The built-in mapping a header is meant for, or null. A "metric" column means the long format
 * and metric-key columns the wide one, even when other columns are missing: then the mapping
 * names exactly what is missing, which helps more than "choose a mapping".
 */
export function chooseBuiltInMapping(header: readonly string[]): BuiltInMappingName | null {
  const names = header.map(normalizeHeader);
  if (names.includes('metric')) return 'storefleet-long';
  if (names.some(isMetricKey)) return 'storefleet-wide';
  return null;
}
