import { describe, expect, it } from 'vitest';
import type { BackupKind, BackupName } from '../../../../src/main/core/backups/backup-names';
import { backupFileName, parseBackupFileName } from '../../../../src/main/core/backups/backup-names';
import { backupsToDelete } from '../../../../src/main/core/backups/backup-rotation';

function backup(iso: string, kind: BackupKind = 'daily'): BackupName {
  return { fileName: `${iso}-${kind}`, takenAt: new Date(iso), kind };
}

/** One daily backup at 03:00 UTC for `days` days ending on 2026-11-20. */
function dailyRun(days: number): BackupName[] {
  const end = Date.parse('2026-11-20T03:00:00Z');
  return Array.from({ length: days }, (_, i) => backup(new Date(end - i * 86_400_000).toISOString()));
}

describe('backup rotation', () => {
  it('keeps everything while fewer than seven days of backups exist', () => {
    expect(backupsToDelete(dailyRun(5))).toEqual([]);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly copies of two years of daily backups because that is the GFS policy', () => {
    const all = dailyRun(730);
    const kept = all.filter((b) => !backupsToDelete(all).includes(b));
    const keptDays = kept.map((b) => b.takenAt.toISOString().slice(0, 10));
    expect(keptDays.slice(0, 7)).toEqual(all.slice(0, 7).map((b) => b.takenAt.toISOString().slice(0, 10)));
    // 12 months reach back to December 2025; the newest of each month stands for it.
    const months = new Set(keptDays.map((d) => d.slice(0, 7)));
    expect(months.size).toBe(12);
    expect([...months].sort()[0]).toBe('2025-12');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps only the newest backup of a day once the day has more than one', () => {
    const doomed = backupsToDelete([backup('2026-11-20T03:00:00Z'), backup('2026-11-20T15:00:00Z', 'manual')]);
    expect(doomed.map((b) => b.takenAt.toISOString())).toEqual(['2026-11-20T03:00:00.000Z']);
  });

  it('keeps the three newest safety copies taken before a restore, whatever the daily backups do', () => {
    const safety = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].map((d) => backup(`${d}T10:00:00Z`, 'pre-restore'));
    const doomed = backupsToDelete([...dailyRun(3), ...safety]);
    expect(doomed).toEqual([safety[0]]);
  });
});

describe('backup file names', () => {
  it('reads back the time and kind it wrote', () => {
    const at = new Date('2026-11-20T09:30:00.123Z');
    const name = backupFileName('/data/agency.sqlite', at, 'pre-migration');
    expect(name).toBe('agency-2026-11-20T09-30-00-123Z-pre-migration.sqlite');
    expect(parseBackupFileName('/data/agency.sqlite', name)).toEqual({ fileName: name, takenAt: at, kind: 'pre-migration' });
  });

  it('ignores files of another workspace, half-written copies and foreign files in the folder', () => {
    const name = backupFileName('/data/agency.sqlite', new Date('2026-11-20T09:30:00Z'), 'daily');
    expect(parseBackupFileName('/data/other.sqlite', name)).toBeNull();
    expect(parseBackupFileName('/data/agency.sqlite', `${name}.partial`)).toBeNull();
    expect(parseBackupFileName('/data/agency.sqlite', 'agency-notes.sqlite')).toBeNull();
    expect(parseBackupFileName('/data/agency.sqlite', 'agency-2026-11-20T09-30-00-000Z-weird.sqlite')).toBeNull();
  });
});
