import type { Backend } from '../../src/main/api/open-backend';

export interface SeedRow {
  metricKey: string;
  windowTo: string;
  value: number | null;
  windowFrom?: string;
  platformTarget?: number | null;
  platformTargetCondition?: string | null;
  platformStatus?: string | null;
}

/** Writes snapshots for one store under a fresh manual batch, as an import would. */
export function seedSnapshots(backend: Backend, storeId: number, rows: SeedRow[]): number {
  const { sqlite } = backend.ctx.workspace;
  const batch = sqlite
    .prepare("INSERT INTO import_batches (source, source_name, actor, created_at, row_count, store_ids) VALUES ('manual', 'test seed', 'test', ?, ?, ?)")
    .run(backend.ctx.now().toISOString(), rows.length, JSON.stringify([storeId]));
  const insert = sqlite.prepare(
    `INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, platform_target, platform_target_condition, platform_status, import_batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    insert.run(storeId, row.metricKey, row.value, row.windowFrom ?? row.windowTo, row.windowTo, row.platformTarget ?? null,
      row.platformTargetCondition ?? null, row.platformStatus ?? null, batch.lastInsertRowid);
  }
  return Number(batch.lastInsertRowid);
}

/** Daily values ending on `end`, one per day, oldest first. */
export function dailySeries(metricKey: string, end: string, values: number[]): SeedRow[] {
  const endMs = Date.parse(`${end}T00:00:00Z`);
  return values.map((value, i) => ({
    metricKey,
    value,
    windowTo: new Date(endMs - (values.length - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  }));
}
