import type { SecretStore } from './credentials/secret-store';
import type { Workspace } from './db/open-workspace';
import type { EventBus } from './events/event-bus';
import type { JobRegistry } from './jobs/job-registry';
import type { PdfPrinter } from './pdf/pdf-printer';
import type { SyncScheduler } from './sync/sync-scheduler';

/** What every service receives: the workspace, the clock and who is acting. */
export interface CoreContext {
  workspace: Workspace;
  now: () => Date;
  /** Who is acting, for the audit log: "ui", "cli", a user name … */
  actor: string;
  events: EventBus;
  jobs: JobRegistry;
  /**
   * Folder beside the workspace file where attached files are copied (`<workspace>.attachments`);
   * null for an in-memory workspace, which cannot keep files.
   */
  attachmentsDir: string | null;
  /** The host's PDF engine; null where the host has none (PDF exports are then refused). */
  pdfPrinter: PdfPrinter | null;
  /** The OS keychain: the only place secrets are kept. */
  secrets: SecretStore;
  /** Background syncs of connected stores; its timer runs only where the host starts it. */
  sync: SyncScheduler;
}
