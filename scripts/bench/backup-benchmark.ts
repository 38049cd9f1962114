import { statSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_CATALOG } from '../../src/shared/metrics/metric-catalog';
import { restoreBackup } from '../../src/main/core/backups/backup-folder';
import { createBackup } from '../../src/main/core/backups/backup-service';
import { backupTarget } from '../../src/main/core/backups/backup-settings';
import { createAmazonStores, openBenchBackend, printTable, seedDailyHistory, scratchDir } from './bench-support';

const STORES = Number(process.env.BENCH_STORES ?? 1000);
const DAYS = Number(process.env.BENCH_DAYS ?? 730);
const METRICS = Number(process.env.BENCH_METRICS ?? 10);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Backup and restore of a 1,000-store, two-year workspace: what a user waits for in Settings → Backups. */
export async function backupBenchmark(): Promise<void> {
  const { dir, cleanup } = scratchDir();
  try {
    const file = join(dir, 'agency.sqlite');
    const backend = openBenchBackend(file);
    const stores = createAmazonStores(backend, STORES);
    const metricKeys = METRIC_CATALOG.filter((m) => m.platforms.includes('amazon') && m.unit !== 'money' && m.unit !== 'status').slice(0, METRICS).map((m) => m.key);
    const rows = seedDailyHistory(backend, stores.map((s) => s.id), metricKeys, DAYS);
    backend.ctx.workspace.sqlite.pragma('wal_checkpoint(TRUNCATE)');

    let started = performance.now();
    const backup = await createBackup(backend.ctx, 'manual');
    const backupMs = performance.now() - started;

    started = performance.now();
    const restoredInPlace = await backend.api.call('backups.restore', { file: backup.file });
    const inPlaceMs = performance.now() - started;

    const target = backupTarget(backend.ctx);
    backend.close();
    started = performance.now();
    await restoreBackup(target, backup.file);
    const restoreMs = performance.now() - started;

    printTable(`Backup and restore: ${STORES} stores × ${METRICS} metrics × ${DAYS} days`, [
      ['snapshots', rows.toLocaleString('en-US')],
      ['workspace size', `${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`],
      ['backup (online API + integrity_check)', seconds(backupMs)],
      ['restore, app open (safety backup + verify + copy in)', seconds(inPlaceMs)],
      ['restore, CLI (verify + safety backup + swap)', seconds(restoreMs)],
      ['safety copy kept', restoredInPlace.safetyCopy ? 'yes' : 'no'],
    ]);
  } finally {
    cleanup();
  }
}
