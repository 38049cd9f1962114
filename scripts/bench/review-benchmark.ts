import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../../src/main/api/open-backend';
import { chromiumPdfPrinter } from '../../src/main/cli/pdf/chromium-pdf-printer';
import { MIGRATIONS_DIR, median, printTable, scratchDir, withPeakMemory } from './bench-support';

const MONTH = '2026-10';

/**
 * Proportional set size (shared pages split between their users, so Chromium's many processes are
 * not counted once each) of this process and every process it started, in MB.
 */
function treePssMb(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kb / 1024;
}
const RUNS = 3;

/** Demo data (70 days to 2026-11-19, so October is full), written by a separate process. */
function demoWorkspace(file: string, clients: number, stores: number, seed: number): void {
  execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', join(__dirname, 'review-demo-workspace.ts'), file, String(clients), String(stores), String(seed)], {
    cwd: join(__dirname, '../..'),
    stdio: 'ignore',
  });
}

function openReviewBackend(file: string) {
  return openBackend({
    file,
    migrationsDir: MIGRATIONS_DIR,
    actor: 'bench',
    now: () => new Date('2026-11-20T09:00:00Z'),
    pdfPrinter: chromiumPdfPrinter(),
    about: { name: 'Storefleet', version: 'bench', host: 'cli', runtime: `Node ${process.versions.node}` },
  });
}

/**
 * Monthly reviews on demo data (70 days to 2026-11-19, so October is full): one client with ten
 * stores as PDF (target < 3 s), then 50 clients × 5 stores in one batch (target < 90 s, < 1 GB).
 */
export async function reviewBenchmark(): Promise<void> {
  const { dir, cleanup } = scratchDir();
  try {
    demoWorkspace(join(dir, 'single.sqlite'), 1, 10, 7);
    demoWorkspace(join(dir, 'batch.sqlite'), 50, 250, 11);
    const single = openReviewBackend(join(dir, 'single.sqlite'));
    const clientId = single.api.call('clients.list')[0]!.id;
    const timings: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const file = await single.api.call('reviews.export', { clientId, month: MONTH, format: 'pdf' });
      timings.push(performance.now() - started);
      bytes = file.byteLength;
    }
    const xlsxStarted = performance.now();
    await single.api.call('reviews.export', { clientId, month: MONTH, format: 'xlsx' });
    const xlsxMs = performance.now() - xlsxStarted;
    single.close();

    const batch = openReviewBackend(join(dir, 'batch.sqlite'));
    const folder = join(dir, 'out');
    mkdirSync(folder);
    let treePeakMb = treePssMb();
    const sampler = setInterval(() => {
      treePeakMb = Math.max(treePeakMb, treePssMb());
    }, 500);
    const started = performance.now();
    const { result, peakMb } = await withPeakMemory(() => batch.api.call('reviews.batchExport', { month: MONTH, format: 'pdf', folder })).finally(() => clearInterval(sampler));
    const batchMs = performance.now() - started;
    batch.close();

    printTable('Monthly reviews', [
      ['1 client × 10 stores, PDF (median of 3)', `${(median(timings) / 1000).toFixed(2)} s  (runs: ${timings.map((t) => (t / 1000).toFixed(2)).join(', ')} s; ${Math.round(bytes / 1024)} KB)`],
      ['1 client × 10 stores, XLSX', `${(xlsxMs / 1000).toFixed(2)} s`],
      ['50 clients × 5 stores, PDF batch', `${(batchMs / 1000).toFixed(1)} s  (${result.written.length} written, ${result.failed.length} failed)`],
      ['batch peak RSS, Node process', `${Math.round(peakMb)} MB`],
      ['batch peak PSS, Node + Chromium', `${Math.round(treePeakMb)} MB (sampled every 0.5 s)`],
    ]);
  } finally {
    cleanup();
  }
}
