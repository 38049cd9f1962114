import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventName } from '@shared/api/contract';
import type { About } from '@shared/api/workspace-schemas';
import { openBackend, type Backend } from '../api/open-backend';
import type { PdfPrinter } from '../core/pdf/pdf-printer';
import type { MainLog } from './main-log';
import { readWorkspaceState, writeWorkspaceState } from './workspace-state';

export interface WorkspaceControllerOptions {
  defaultWorkspace: string;
  stateFile: string;
  migrationsDir: string;
  about: About;
  log: MainLog;
  /** Prints PDF exports of whichever workspace is open. */
  pdfPrinter?: PdfPrinter;
  /** Receives every backend event of whichever workspace is open. */
  onEvent(event: EventName, payload: unknown): void;
  /** Called once a workspace is open and current (at launch and after every switch). */
  onOpened?(backend: Backend): void;
}

export type OpenWorkspaceOutcome =
  | { ok: true; file: string }
  | { ok: false; file: string; reason: 'missing' }
  | { ok: false; file: string; reason: 'failed'; message: string };

/**
 * Owns the one open workspace of the desktop app: opens a file (migrating it), swaps it for
 * the previous one only once it opened, remembers it for the next launch, and routes its
 * events. No dialogs here — the caller decides what to tell the user.
 */
export class WorkspaceController {
  private backend: Backend | null = null;
  private stopForwarding: (() => void) | null = null;

  constructor(private readonly options: WorkspaceControllerOptions) {}

  get current(): Backend | null {
    return this.backend;
  }

  get currentFile(): string | null {
    return this.backend?.ctx.workspace.path ?? null;
  }

  get defaultFile(): string {
    return resolve(this.options.defaultWorkspace);
  }

  /** The workspace to open at launch: the one remembered, else the default. */
  rememberedFile(): string {
    return readWorkspaceState(this.options.stateFile).lastWorkspace ?? this.defaultFile;
  }

  /**
   * Opens `file`. On failure the workspace open before stays open and nothing is remembered.
   * `mustExist` refuses to create a file that has disappeared (a remembered or chosen one);
   * only the default workspace and "New Workspace…" may create.
   */
  open(file: string, { mustExist }: { mustExist: boolean }): OpenWorkspaceOutcome {
    const target = resolve(file);
    if (target === this.currentFile) return { ok: true, file: target };
    if (mustExist && !existsSync(target)) return { ok: false, file: target, reason: 'missing' };

    let next: Backend;
    try {
      next = openBackend({
        file: target,
        migrationsDir: this.options.migrationsDir,
        actor: 'ui',
        about: this.options.about,
        pdfPrinter: this.options.pdfPrinter,
        onInternalError: (error, procedure) => this.options.log.error(`${procedure} failed`, error),
      });
    } catch (error) {
      this.options.log.error(`Opening workspace ${target} failed`, error);
      return { ok: false, file: target, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
    }

    this.closeCurrent();
    this.backend = next;
    this.stopForwarding = next.ctx.events.subscribe((event, payload) => this.options.onEvent(event, payload));
    try {
      writeWorkspaceState(this.options.stateFile, { lastWorkspace: target === this.defaultFile ? null : target });
    } catch (error) {
      // Forgetting the choice costs the user one dialog next launch; not worth failing the open.
      this.options.log.error('Saving the workspace state failed', error);
    }
    this.options.onOpened?.(next);
    next.warmUp();
    next.ctx.sync.start();
    next.startDailyBackups();
    return { ok: true, file: target };
  }

  close(): void {
    this.closeCurrent();
  }

  private closeCurrent(): void {
    this.stopForwarding?.();
    this.stopForwarding = null;
    const previous = this.backend;
    this.backend = null;
    if (!previous) return;
    try {
      previous.close();
    } catch (error) {
      this.options.log.error(`Closing workspace ${previous.ctx.workspace.path} failed`, error);
    }
  }
}
