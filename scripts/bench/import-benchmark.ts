import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../src/main/core/imports/import-service';
import { createAmazonStores, median, openBenchBackend, printTable, scratchDir, withPeakMemory } from './bench-support';

const ROWS = 1_000_000;
/** Both sides run this often, each into a fresh file; the medians are compared. */
const RUNS = 3;
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

function sqliteShellImport(csv: string, file: string): number | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const started = performance.now();
  const run = spawnSync('sqlite3', [file, '.mode csv', `.import ${csv} bare`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return performance.now() - started;
}

/** One Storefleet import of the file into a new workspace with its stores: wall time and peak memory. */
async function storefleetImport(csv: string, file: string): Promise<{ ms: number; rows: number; peakMb: number }> {
  const backend = openBenchBackend(file);
  try {
    createAmazonStores(backend, STORES);
    const bytes = readFileSync(csv);
    const { result, peakMb } = await withPeakMemory(async () => {
      const started = performance.now();
      const outcome = await runImport(backend.ctx, { fileName: 'long.csv', bytes });
      return { outcome, ms: performance.now() - started };
    });
    if (result.outcome.status !== 'imported') throw new Error(`import ${result.outcome.status}: ${JSON.stringify(result.outcome.issues.slice(0, 3))}`);
    return { ms: result.ms, rows: result.outcome.rowCount, peakMb };
  } finally {
    backend.close();
  }
}

export async function importBenchmark(): Promise<void> {
  const { dir, cleanup } = scratchDir();
  try {
    const csv = join(dir, 'long.csv');
    // Every run's workspace gets the same stores, so one workspace names the sellers for the file.
    const sellers = openBenchBackend(join(dir, 'sellers.sqlite'));
    writeLongCsv(csv, createAmazonStores(sellers, STORES).map((s) => s.sellerId));
    sellers.close();
    const ours: Array<{ ms: number; rows: number; peakMb: number }> = [];
    const shell: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push(await storefleetImport(csv, join(dir, `bench-${run}.sqlite`)));
      const ms = sqliteShellImport(csv, join(dir, `bare-${run}.sqlite`));
      if (ms !== null) shell.push(ms);
    }
    const ms = median(ours.map((r) => r.ms));
    const shellMs = shell.length > 0 ? median(shell) : null;
    const rows = ours[0]!.rows;
    const seconds = (values: number[]) => values.map((v) => (v / 1000).toFixed(2)).join(', ');
    printTable(`Import of a ${(readFileSync(csv).length / 1e6).toFixed(1)} MB long-format CSV (${rows.toLocaleString('en-US')} rows, ${STORES} stores), median of ${RUNS} runs`, [
      ['Storefleet import (parse, validate, write, evaluate)', `${(ms / 1000).toFixed(2)} s (runs ${seconds(ours.map((r) => r.ms))})`],
      ['rows per second', `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} (target ≥ 300,000)`],
      ['sqlite3 shell .import into a bare table', shellMs === null ? 'sqlite3 not installed (apt-get install sqlite3)' : `${(shellMs / 1000).toFixed(2)} s (runs ${seconds(shell)})`],
      ['ratio to sqlite3 .import', shellMs === null ? 'n/a' : `${(ms / shellMs).toFixed(2)}× (target ≤ 2.5×)`],
      // Later runs start with what the earlier ones left in the heap and malloc's arenas, so the first is the user's case.
      ['peak process memory, first run', `${Math.round(ours[0]!.peakMb)} MB (target < 500 MB; later runs ${ours.slice(1).map((r) => Math.round(r.peakMb)).join(', ')} MB)`],
    ]);
  } finally {
    cleanup();
  }
}
