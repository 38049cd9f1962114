import { join } from 'node:path';
import { openBackend } from '../../src/main/api/open-backend';
import { chromiumPdfPrinter } from '../../src/main/cli/pdf/chromium-pdf-printer';
import { generateDemoWorkspace } from '../../src/main/core/demo/generate-demo-workspace';
import { MIGRATIONS_DIR, median, printTable, scratchDir, withPeakMemory } from './bench-support';

const MONTH = '2026-10';
const RUNS = 3;

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
    const single = openReviewBackend(join(dir, 'single.sqlite'));
    generateDemoWorkspace(single.ctx, { clients: 1, stores: 10, days: 70, seed: 7, endDate: '2026-11-19' });
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
    generateDemoWorkspace(batch.ctx, { clients: 50, stores: 250, days: 70, seed: 11, endDate: '2026-11-19' });
    const folder = join(dir, 'out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    const started = performance.now();
    const { result, peakMb } = await withPeakMemory(() => batch.api.call('reviews.batchExport', { month: MONTH, format: 'pdf', folder }));
    const batchMs = performance.now() - started;
    batch.close();

    printTable('Monthly reviews', [
      ['1 client × 10 stores, PDF (median of 3)', `${(median(timings) / 1000).toFixed(2)} s  (runs: ${timings.map((t) => (t / 1000).toFixed(2)).join(', ')} s; ${Math.round(bytes / 1024)} KB)`],
      ['1 client × 10 stores, XLSX', `${(xlsxMs / 1000).toFixed(2)} s`],
      ['50 clients × 5 stores, PDF batch', `${(batchMs / 1000).toFixed(1)} s  (${result.written.length} written, ${result.failed.length} failed)`],
      ['batch peak RSS (Node process)', `${Math.round(peakMb)} MB`],
    ]);
  } finally {
    cleanup();
  }
}
