import { findMetric } from '@shared/metrics/metric-catalog';
import { METRIC_GROUPS, type MetricGroup } from '@shared/metrics/metric-definition';

export const RANGE_PRESETS = [30, 90, 180, 365] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: RangePreset = 90;

export type RangeChoice = { kind: 'preset'; days: RangePreset } | { kind: 'custom'; from: string; to: string };

/** What the store page shows, as it lives in the URL so a view can be bookmarked and shared. */
export interface StorePageQuery {
  range: RangeChoice;
  group: MetricGroup | null;
  /** The metric to scroll to and show in the snapshot table (the matrix links with it). */
  metric: string | null;
  /** A day to point at on the charts, e.g. the day an alert fired. */
  date: string | null;
}

/** URL parameter names; the matrix and the alerts inbox link here with `metric` and `date`. */
export const STORE_QUERY_PARAMS = { range: 'range', from: 'from', to: 'to', group: 'group', metric: 'metric', date: 'date' } as const;

const DAY_MS = 86_400_000;

function isDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isPreset(value: number): value is RangePreset {
  return (RANGE_PRESETS as readonly number[]).includes(value);
}

function isGroup(value: string | null): value is MetricGroup {
  return value !== null && (METRIC_GROUPS as readonly string[]).includes(value);
}

/** The shortest preset ending today that still shows `day`; a custom range around it when it is older. */
function rangeShowing(day: string, today: string): RangeChoice {
  const preset = RANGE_PRESETS.find((days) => addDays(today, -(days - 1)) <= day);
  if (preset) return { kind: 'preset', days: preset };
  return { kind: 'custom', from: addDays(day, -(DEFAULT_RANGE / 2)), to: addDays(day, DEFAULT_RANGE / 2) };
}

/**
 * Reads the page's state from the URL, forgiving anything malformed (a hand-edited link
 * falls back to the defaults rather than failing): a custom range needs two valid days in
 * order, an unknown group or range is ignored.
 */
export function readStorePageQuery(params: URLSearchParams, today: string): StorePageQuery {
  const names = STORE_QUERY_PARAMS;
  const metric = params.get(names.metric) || null;
  const date = isDay(params.get(names.date)) ? params.get(names.date) : null;
  const rawRange = params.get(names.range);
  const from = params.get(names.from);
  const to = params.get(names.to);
  let range: RangeChoice = { kind: 'preset', days: DEFAULT_RANGE };
  if (rawRange === 'custom' && isDay(from) && isDay(to) && from <= to) range = { kind: 'custom', from, to };
  else if (rawRange !== null && isPreset(Number(rawRange))) range = { kind: 'preset', days: Number(rawRange) as RangePreset };
  else if (date) range = rangeShowing(date, today);
  const rawGroup = params.get(names.group);
  const group = isGroup(rawGroup) ? rawGroup : (metric ? (findMetric(metric)?.group ?? null) : null);
  return { range, group, metric, date };
}

/** The URL parameters for a changed state; parameters of other features are left alone. */
export function writeStorePageQuery(params: URLSearchParams, patch: Partial<StorePageQuery>): URLSearchParams {
  const next = new URLSearchParams(params);
  const names = STORE_QUERY_PARAMS;
  const set = (name: string, value: string | null) => (value === null ? next.delete(name) : next.set(name, value));
  if (patch.range) {
    const custom = patch.range.kind === 'custom' ? patch.range : null;
    set(names.range, custom ? 'custom' : String(patch.range.kind === 'preset' ? patch.range.days : DEFAULT_RANGE));
    set(names.from, custom?.from ?? null);
    set(names.to, custom?.to ?? null);
  }
  if (patch.group !== undefined) set(names.group, patch.group);
  if (patch.metric !== undefined) set(names.metric, patch.metric);
  if (patch.date !== undefined) set(names.date, patch.date);
  return next;
}

/** The first and last day a range covers; a preset ends today and counts today as one of its days. */
export function dateRangeFor(range: RangeChoice, today: string): { from: string; to: string } {
  if (range.kind === 'custom') return { from: range.from, to: range.to };
  return { from: addDays(today, -(range.days - 1)), to: today };
}
