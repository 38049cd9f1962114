import type { ColumnSet } from '@shared/api/column-set-schemas';
import { presetMetricKeys } from '@shared/metrics/column-presets';
import { isMetricKey } from '@shared/metrics/metric-catalog';
import { DEFAULT_PRESET, type ColumnChoice } from './matrix-view-state';

export type ResolvedColumns =
  | { status: 'ready'; metricKeys: string[]; savedSet: ColumnSet | null }
  | { status: 'loading' }
  /** A bookmarked saved set that was deleted, or the list of saved sets cannot be read. */
  | { status: 'missing' };

/** The metric columns of a choice, in the order the set lists them. */
export function resolveColumns(choice: ColumnChoice, savedSets: readonly ColumnSet[] | undefined, savedSetsFailed: boolean): ResolvedColumns {
  switch (choice.kind) {
    case 'preset':
      return { status: 'ready', metricKeys: presetMetricKeys(choice.preset), savedSet: null };
    case 'adhoc':
      return { status: 'ready', metricKeys: choice.metricKeys, savedSet: null };
    case 'saved': {
      if (!savedSets) return savedSetsFailed ? { status: 'missing' } : { status: 'loading' };
      const set = savedSets.find((candidate) => candidate.id === choice.id);
      // A metric dropped from the catalog since the set was saved is left out, not shown empty.
      return set ? { status: 'ready', metricKeys: set.metricKeys.filter(isMetricKey), savedSet: set } : { status: 'missing' };
    }
  }
}

/** The value of the column set picker for a choice (a Select needs strings). */
export function choiceValue(choice: ColumnChoice): string {
  switch (choice.kind) {
    case 'preset':
      return `preset:${choice.preset}`;
    case 'saved':
      return `saved:${choice.id}`;
    case 'adhoc':
      return 'adhoc';
  }
}

/** The resolved columns as one string, equal whenever the columns are: a stable memo key. */
export function columnsKeyOf(resolved: ResolvedColumns): string {
  return resolved.status === 'ready' ? `ready:${resolved.metricKeys.join(',')}` : resolved.status;
}

/**
 * The metric keys behind a columns key; null while a saved set loads. A bookmarked set that
 * was deleted (or cannot be read) falls back to the default preset; the page says so.
 */
export function metricKeysOf(columnsKey: string): string[] | null {
  if (columnsKey === 'loading') return null;
  if (columnsKey === 'missing') return presetMetricKeys(DEFAULT_PRESET);
  return columnsKey
    .slice('ready:'.length)
    .split(',')
    .filter((key) => key !== '');
}
