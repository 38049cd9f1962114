import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../src/main/core/imports/import-service';
import { createAmazonStores, openBenchBackend, printTable, scratchDir, withPeakMemory } from './bench-support';

const ROWS = 1_000_000;
const STORES = 100;
const METRICS = ['amazon.odr_mfn', 'amazon.late_shipment_rate', 'amazon.valid_tracking_rate', 'amazon.pre_fulfillment_cancel_rate', 'amazon.refund_rate'];

/** A Storefleet long-format CSV: stores × metrics × consecutive days, plain fractions; written in chunks to stay small. */
function writeLongCsv(path: string, sellerIds: string[]): void {
  const fd = openSync(path, 'w');
  let chunk = 'store,metric,date,value\n';
  let rows = 0;
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let d = 0; rows < ROWS; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const seller of sellerIds) {
      for (const metric of METRICS) {
        if (rows++ >= ROWS) break;
        chunk += `${seller},${metric},${date},${(0.001 + ((d * 7 + seller.length) % 97) / 10_000).toFixed(4)}\n`;
      }
    }
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

function sqliteShellImport(csv: string, dir: string): number | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const started = performance.now();
  const run = spawnSync('sqlite3', [join(dir, 'bare.sqlite'), '.mode csv', `.import ${csv} bare`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return performance.now() - started;
}

export async function importBenchmark(): Promise<void> {
  const { dir, cleanup } = scratchDir();
  try {
    const backend = openBenchBackend(join(dir, 'bench.sqlite'));
    const stores = createAmazonStores(backend, STORES);
    const csv = join(dir, 'long.csv');
    writeLongCsv(csv, stores.map((s) => s.sellerId));
    const bytes = readFileSync(csv);

    const { result, peakMb } = await withPeakMemory(async () => {
      const started = performance.now();
      const outcome = await runImport(backend.ctx, { fileName: 'long.csv', bytes });
      return { outcome, ms: performance.now() - started };
    });
    if (result.outcome.status !== 'imported') throw new Error(`import ${result.outcome.status}: ${JSON.stringify(result.outcome.issues.slice(0, 3))}`);
    backend.close();
    const shellMs = sqliteShellImport(csv, dir);
    const rate = result.outcome.rowCount / (result.ms / 1000);
    printTable(`Import of a ${(bytes.length / 1e6).toFixed(1)} MB long-format CSV (${result.outcome.rowCount.toLocaleString('en-US')} rows, ${STORES} stores)`, [
      ['Storefleet import (parse, validate, write, evaluate)', `${(result.ms / 1000).toFixed(2)} s`],
      ['rows per second', `${Math.round(rate).toLocaleString('en-US')} (target ≥ 300,000)`],
      ['sqlite3 shell .import into a bare table', shellMs === null ? 'sqlite3 not installed (apt-get install sqlite3)' : `${(shellMs / 1000).toFixed(2)} s`],
      ['ratio to sqlite3 .import', shellMs === null ? 'n/a' : `${(result.ms / shellMs).toFixed(2)}× (target ≤ 2.5×)`],
      ['peak process memory', `${Math.round(peakMb)} MB (target < 500 MB)`],
    ]);
  } finally {
    cleanup();
  }
}
