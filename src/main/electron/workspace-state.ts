import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

/** What the desktop app remembers between launches (userData/storefleet-state.json). */
export interface WorkspaceState {
  /** Absolute path of the workspace opened last, or null for the default one. */
  lastWorkspace: string | null;
}

const EMPTY_STATE: WorkspaceState = { lastWorkspace: null };

/**
 * A missing or unreadable state file means "first launch": the state only saves the user a
 * dialog, so a damaged one must never stop the app from starting.
 */
export function readWorkspaceState(file: string): WorkspaceState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return EMPTY_STATE;
  }
  if (typeof parsed !== 'object' || parsed === null) return EMPTY_STATE;
  const last = (parsed as { lastWorkspace?: unknown }).lastWorkspace;
  return { lastWorkspace: typeof last === 'string' && isAbsolute(last) ? last : null };
}

/** Writes through a temporary file so a crash mid-write leaves the previous state intact. */
export function writeWorkspaceState(file: string, state: WorkspaceState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ lastWorkspace: state.lastWorkspace }, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}
