import { resolve } from 'node:path';
import { openBackend, type Backend } from '../api/open-backend';
import type { CliEnvironment } from './cli-io';
import { chromiumPdfPrinter } from './pdf/chromium-pdf-printer';

/** Opens the workspace named by --db (creating and migrating it if missing). */
export function openCliBackend(env: CliEnvironment, db: string, host: 'cli' | 'browser'): Backend {
  return openBackend({
    file: resolve(db),
    migrationsDir: env.migrationsDir,
    actor: host === 'cli' ? 'cli' : 'ui',
    now: env.now,
    pdfPrinter: chromiumPdfPrinter(),
    about: { name: 'Storefleet', version: env.version, host, runtime: `Node ${process.versions.node}` },
    onInternalError: (error, procedure) => {
      const detail = error instanceof Error ? (process.env.STOREFLEET_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
      env.io.stderr(`internal error in ${procedure}: ${detail}\n`);
    },
  });
}

/** Runs one command against the workspace and always closes it. */
export function withBackend<T>(env: CliEnvironment, db: string, run: (backend: Backend) => T): T {
  const backend = openCliBackend(env, db, 'cli');
  try {
    return run(backend);
  } finally {
    backend.close();
  }
}
