import { resolve } from 'node:path';
import type { About } from '@shared/api/workspace-schemas';
import type { CoreContext } from '../core/core-context';
import { keytarSecretStore } from '../core/credentials/keytar-secret-store';
import type { SecretStore } from '../core/credentials/secret-store';
import { realNetwork, type NetworkDeps } from '../core/connectors/http-request';
import { SyncScheduler } from '../core/sync/sync-scheduler';
import { openWorkspace } from '../core/db/open-workspace';
import { EventBus } from '../core/events/event-bus';
import { JobRegistry } from '../core/jobs/job-registry';
import type { PdfPrinter } from '../core/pdf/pdf-printer';
import { createApi, type Api } from './create-api';

export interface BackendOptions {
  file: string;
  migrationsDir: string;
  actor: string;
  about: About;
  now?: () => Date;
  /** Where attachments are copied; default `<file>.attachments` beside the workspace file. */
  attachmentsDir?: string;
  /** Prints PDF exports; without one, PDF exports are refused as unavailable. */
  pdfPrinter?: PdfPrinter;
  /** The keychain; default the OS keychain through keytar. */
  secrets?: SecretStore;
  /** The network syncs use; default the real one. */
  network?: NetworkDeps;
  onInternalError?: (error: unknown, procedure: string) => void;
}

export interface Backend {
  ctx: CoreContext;
  api: Api;
  /**
   * Evaluates the matrix once in the background, through the same queue as every call, so the
   * first screen that needs it (overview, matrix) answers from the cache.
   */
  warmUp(): void;
  /**
   * Takes the daily backup while the host runs: a first check shortly after start, then hourly
   * (the backup itself is taken only when the last one is a day old). Through the call queue, so
   * it never copies the middle of an import's transaction. Stopped by close().
   */
  startDailyBackups(): void;
  close(): void;
}

/** Late enough not to slow the first screen, soon enough that a short session still gets its backup. */
const DAILY_BACKUP_FIRST_CHECK_MS = 30_000;
const DAILY_BACKUP_CHECK_EVERY_MS = 3_600_000;

/** Attachments live beside the workspace file, so copying the two together moves a whole workspace. */
function defaultAttachmentsDir(file: string): string | null {
  return file === ':memory:' ? null : `${resolve(file)}.attachments`;
}

/** Opens a workspace (migrating it first) and binds the API to it: what every host starts with. */
export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const workspace = openWorkspace({ file: options.file, migrationsDir: options.migrationsDir, now });
  const events = new EventBus();
  const ctx: CoreContext = {
    workspace,
    now,
    actor: options.actor,
    events,
    jobs: new JobRegistry(events),
    attachmentsDir: options.attachmentsDir ?? defaultAttachmentsDir(options.file),
    pdfPrinter: options.pdfPrinter ?? null,
    secrets: options.secrets ?? keytarSecretStore(),
    // The scheduler works with this context and waits its turn in the API's queue of calls.
    sync: new SyncScheduler(() => ctx, { net: options.network ?? realNetwork, exclusive: (work) => api.exclusive(work) }),
  };
  const api = createApi(ctx, { about: options.about, onInternalError: options.onInternalError });
  let open = true;
  const timers: NodeJS.Timeout[] = [];
  const dailyBackup = () => {
    if (!open) return;
    void api.handle('backups.daily', undefined).then((answer) => {
      if (!answer.ok && answer.error.code !== 'internal') options.onInternalError?.(new Error(answer.error.message), 'backups.daily');
    });
  };
  return {
    ctx,
    api,
    warmUp: () => setImmediate(() => open && void api.handle('matrix.get', undefined)),
    startDailyBackups: () => {
      if (workspace.path === ':memory:' || timers.length > 0) return;
      timers.push(setTimeout(dailyBackup, DAILY_BACKUP_FIRST_CHECK_MS).unref(), setInterval(dailyBackup, DAILY_BACKUP_CHECK_EVERY_MS).unref());
    },
    close: () => {
      open = false;
      ctx.sync.stop();
      timers.forEach((timer) => clearTimeout(timer));
      workspace.close();
    },
  };
}
