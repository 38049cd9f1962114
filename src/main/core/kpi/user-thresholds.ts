import { and, eq, isNull, or } from 'drizzle-orm';
import type { CoreContext } from '../core-context';
import { thresholdTargets } from '../db/schema';
import type { UserThreshold } from './resolve-threshold';

export interface UserThresholds {
  /** The store override and the client target in force on `date` for a metric. */
  forMetric(metricKey: string, date: string): { override?: UserThreshold; contract?: UserThreshold };
}

type Row = typeof thresholdTargets.$inferSelect;

function latestOnOrBefore(rows: Row[] | undefined, date: string): UserThreshold | undefined {
  let best: Row | undefined;
  for (const row of rows ?? []) {
    if (row.effectiveFrom <= date && (!best || row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  return best && { watch: best.watch, breach: best.breach, note: best.note, effectiveFrom: best.effectiveFrom };
}

/** Loads a store's own overrides and its client's contract targets once per evaluation. */
export function loadUserThresholds(ctx: CoreContext, storeId: number, clientId: number): UserThresholds {
  const rows = ctx.workspace.db
    .select()
    .from(thresholdTargets)
    .where(and(isNull(thresholdTargets.archivedAt), or(eq(thresholdTargets.storeId, storeId), eq(thresholdTargets.clientId, clientId))))
    .all();
  const byStore = new Map<string, Row[]>();
  const byClient = new Map<string, Row[]>();
  for (const row of rows) {
    const map = row.storeId !== null ? byStore : byClient;
    map.set(row.metricKey, [...(map.get(row.metricKey) ?? []), row]);
  }
  return {
    forMetric: (metricKey, date) => ({
      override: latestOnOrBefore(byStore.get(metricKey), date),
      contract: latestOnOrBefore(byClient.get(metricKey), date),
    }),
  };
}
