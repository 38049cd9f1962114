import { THRESHOLD_ORIGINS } from '@shared/api/kpi-schemas';

type ThresholdOrigin = (typeof THRESHOLD_ORIGINS)[number];

/** One fact of an alert's `detail`, typed by how it is shown. */
export type AlertDetailEntry =
  /** A level of the metric (threshold, target), shown in the metric's unit. */
  | { key: string; name: string; kind: 'level'; value: number }
  | { key: string; name: string; kind: 'days'; value: number }
  | { key: string; name: string; kind: 'origin'; value: ThresholdOrigin }
  | { key: string; name: string; kind: 'number'; value: number }
  | { key: string; name: string; kind: 'text'; value: string };

const LEVEL_NAMES = new Set(['threshold', 'watch', 'breach', 'target', 'targetValue', 'previousValue']);
const DAY_NAMES = new Set(['daysToBreach']);
const ORIGIN_NAMES = new Set(['origin', 'thresholdOrigin']);

function isOrigin(value: unknown): value is ThresholdOrigin {
  return THRESHOLD_ORIGINS.some((origin) => origin === value);
}

function entry(key: string, name: string, value: unknown): AlertDetailEntry | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (LEVEL_NAMES.has(name)) return { key, name, kind: 'level', value };
    if (DAY_NAMES.has(name)) return { key, name, kind: 'days', value };
    return { key, name, kind: 'number', value };
  }
  if (ORIGIN_NAMES.has(name) && isOrigin(value)) return { key, name, kind: 'origin', value };
  if (typeof value === 'string') return value.trim() ? { key, name, kind: 'text', value } : null;
  if (typeof value === 'boolean') return { key, name, kind: 'text', value: String(value) };
  return { key, name, kind: 'text', value: JSON.stringify(value) };
}

/**
 * The facts the rule that raised an alert put in its `detail` (days to breach, the threshold,
 * the platform's status), one level of nesting flattened ("threshold.breach"), empty values
 * left out. `name` is the last part of the key, the one a label is looked up by.
 */
export function alertDetailEntries(detail: Record<string, unknown> | null): AlertDetailEntry[] {
  const entries: (AlertDetailEntry | null)[] = [];
  for (const [key, value] of Object.entries(detail ?? {})) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [childKey, childValue] of Object.entries(value)) entries.push(entry(`${key}.${childKey}`, childKey, childValue));
    } else {
      entries.push(entry(key, key, value));
    }
  }
  return entries.filter((candidate): candidate is AlertDetailEntry => candidate !== null);
}
