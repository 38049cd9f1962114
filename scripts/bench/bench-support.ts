import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBackend, type Backend } from '../../src/main/api/open-backend';

export const MIGRATIONS_DIR = resolve(__dirname, '../../resources/migrations');

export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'storefleet-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openBenchBackend(file: string): Backend {
  return openBackend({
    file,
    migrationsDir: MIGRATIONS_DIR,
    actor: 'bench',
    about: { name: 'Storefleet', version: 'bench', host: 'cli', runtime: `Node ${process.versions.node}` },
  });
}

/** Peak resident memory while `work` runs, sampled every 20 ms, in MB. */
export async function withPeakMemory<T>(work: () => Promise<T> | T): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function createAmazonStores(backend: Backend, count: number): { sellerId: string; id: number }[] {
  const client = backend.api.call('clients.create', { name: 'Bench client', language: 'en-US', reportingCurrency: 'USD' });
  return Array.from({ length: count }, (_, i) => {
    const sellerId = `A${String(i).padStart(12, '0')}`;
    const store = backend.api.call('stores.create', {
      clientId: client.id, displayName: `Bench ${i}`, platform: 'amazon', marketplace: 'US', sellerId, stage: 'mature', status: 'active',
    });
    return { sellerId, id: store.id };
  });
}

export function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\n${title}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`);
}

/** Daily snapshots for every store × metric straight into SQLite, ending 2026-11-22: the history of a workspace kept for `days`. */
export function seedDailyHistory(backend: Backend, storeIds: number[], metricKeys: string[], days: number): number {
  const { sqlite } = backend.ctx.workspace;
  const end = Date.parse('2026-11-22T00:00:00Z');
  let rows = 0;
  sqlite.transaction(() => {
    const batch = sqlite
      .prepare("INSERT INTO import_batches (source, source_name, actor, created_at) VALUES ('manual', 'bench history', 'bench', ?)")
      .run(new Date().toISOString()).lastInsertRowid;
    const insert = sqlite.prepare('INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?)');
    for (const storeId of storeIds) {
      for (const [m, key] of metricKeys.entries()) {
        for (let d = days - 1; d >= 0; d--) {
          const day = new Date(end - d * 86_400_000).toISOString().slice(0, 10);
          insert.run(storeId, key, 0.002 + ((storeId * 31 + m * 7 + d) % 50) / 10_000, day, day, batch);
          rows++;
        }
      }
    }
  })();
  return rows;
}
