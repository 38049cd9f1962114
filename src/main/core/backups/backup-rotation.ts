import type { BackupName } from './backup-names';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Copies taken before a migration or a restore are kept apart: the newest this many of each. */
  safetyCopies: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, safetyCopies: 3 };

const DAY_MS = 86_400_000;

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Weeks start on Monday (ISO); 1970-01-01 was a Thursday, hence the shift by three days. */
function weekKey(date: Date): string {
  return String(Math.floor((Math.floor(date.getTime() / DAY_MS) + 3) / 7));
}

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The newest backup of each of the `count` most recent periods. */
function newestPerPeriod(newestFirst: BackupName[], key: (date: Date) => string, count: number): BackupName[] {
  const seen = new Set<string>();
  const kept: BackupName[] = [];
  for (const backup of newestFirst) {
    const period = key(backup.takenAt);
    if (seen.has(period)) continue;
    if (seen.size === count) break;
    seen.add(period);
    kept.push(backup);
  }
  return kept;
}

/**
 * Grandfather-father-son rotation: which backups to delete so that the newest of each of the last
 * 7 days, 4 weeks and 12 months remain (one copy can stand for its day, week and month at once).
 */
export function backupsToDelete(backups: BackupName[], policy: RotationPolicy = DEFAULT_ROTATION): BackupName[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const regular = newestFirst.filter((b) => b.kind === 'daily' || b.kind === 'manual');
  const keep = new Set<BackupName>([
    ...newestPerPeriod(regular, dayKey, policy.daily),
    ...newestPerPeriod(regular, weekKey, policy.weekly),
    ...newestPerPeriod(regular, monthKey, policy.monthly),
    ...newestFirst.filter((b) => b.kind === 'pre-migration').slice(0, policy.safetyCopies),
    ...newestFirst.filter((b) => b.kind === 'pre-restore').slice(0, policy.safetyCopies),
  ]);
  return newestFirst.filter((b) => !keep.has(b));
}
