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
