import { join } from 'node:path';
import { METRIC_CATALOG } from '../../src/shared/metrics/metric-catalog';
import { createAmazonStores, median, openBenchBackend, printTable, scratchDir } from './bench-support';

const STORES = 20;
const METRICS = 40;
const DAYS = 730;
const RANGE = { from: '2025-11-23', to: '2026-11-22' };
const RUNS = 30;

/** Two years of daily history for every store × metric, money as minor units like an import writes it. */
function seedHistory(backend: ReturnType<typeof openBenchBackend>, storeIds: number[], metrics: typeof METRIC_CATALOG): number {
  const { sqlite } = backend.ctx.workspace;
  const end = Date.parse('2026-11-22T00:00:00Z');
  let rows = 0;
  sqlite.transaction(() => {
    const batch = sqlite
      .prepare("INSERT INTO import_batches (source, source_name, actor, created_at) VALUES ('manual', 'bench history', 'bench', ?)")
      .run(new Date().toISOString()).lastInsertRowid;
    const insert = sqlite.prepare(
      `INSERT INTO metric_snapshots (store_id, metric_key, value, amount_minor, currency, window_from, window_to, import_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const storeId of storeIds) {
      for (const [m, metric] of metrics.entries()) {
        for (let d = DAYS - 1; d >= 0; d--) {
          const day = new Date(end - d * 86_400_000).toISOString().slice(0, 10);
          const value = 0.002 + ((storeId * 31 + m * 7 + d) % 50) / 10_000;
          if (metric.unit === 'money') insert.run(storeId, metric.key, null, Math.round(value * 1e7), 'USD', day, day, batch);
          else insert.run(storeId, metric.key, value, null, null, day, day, batch);
          rows++;
        }
      }
    }
  })();
  return rows;
}

/** series.get for one store page: a year of every metric, judged day by day, through the API as the renderer calls it. */
export async function seriesBenchmark(): Promise<void> {
  const { dir, cleanup } = scratchDir();
  try {
    const backend = openBenchBackend(join(dir, 'series.sqlite'));
    const stores = createAmazonStores(backend, STORES);
    const metrics = METRIC_CATALOG.filter((m) => m.platforms.includes('amazon') && m.unit !== 'status').slice(0, METRICS);
    const rows = seedHistory(backend, stores.map((s) => s.id), metrics);
    const storeId = stores[0]!.id;
    // Thresholds that change within the range, so every point resolves user targets as well as the catalog.
    backend.api.call('thresholds.set', { scope: { storeId }, metricKey: 'amazon.odr_mfn', watch: 0.004, breach: 0.005, effectiveFrom: '2026-06-01', note: 'bench' });
    const clientId = backend.api.call('stores.get', { id: storeId }).clientId;
    backend.api.call('thresholds.set', { scope: { clientId }, metricKey: 'amazon.late_shipment_rate', watch: null, breach: 0.03, effectiveFrom: '2026-03-01', note: 'bench' });

    const timings: number[] = [];
    // CPU time as well as wall time: on a busy machine the wall clock mostly measures the wait for a core.
    const cpuTimes: number[] = [];
    let cold = 0;
    let points = 0;
    let series = 0;
    for (let run = 0; run < RUNS + 3; run++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const answer = await backend.api.handle('series.get', { storeId, ...RANGE });
      const elapsed = performance.now() - started;
      const cpu = process.cpuUsage(cpuStarted);
      if (!answer.ok) throw new Error(answer.error.message);
      const value = answer.value as { points: unknown[] }[];
      series = value.length;
      points = value.reduce((sum, s) => sum + s.points.length, 0);
      if (run === 0) cold = elapsed;
      if (run >= 3) {
        timings.push(elapsed);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
      }
    }
    backend.close();
    printTable(`series.get: one store, ${RANGE.from} → ${RANGE.to}, out of ${rows.toLocaleString('en-US')} snapshots (${STORES} stores × ${metrics.length} metrics × ${DAYS} days)`, [
      ['first call', `${cold.toFixed(1)} ms`],
      [`median of ${RUNS} calls`, `${median(timings).toFixed(1)} ms (target well under 100 ms)`],
      ['slowest call', `${Math.max(...timings).toFixed(1)} ms`],
      [`median CPU time of ${RUNS} calls`, `${median(cpuTimes).toFixed(1)} ms`],
      ['series × points returned', `${series} × ${points / Math.max(series, 1)} = ${points.toLocaleString('en-US')}`],
    ]);
  } finally {
    cleanup();
  }
}
