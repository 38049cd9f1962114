import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { AppError } from '@shared/api/app-error';
import { BACKUP_FOLDER_KEY, defaultBackupFolder, restoreBackup } from '../../core/backups/backup-folder';
import { writeVerifiedBackup } from '../../core/backups/write-verified-backup';
import { openCliBackend, withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject, printRows } from '../print-result';
import { workspaceCommand, type WorkspaceOptions } from './common-options';

interface BackupOptions extends WorkspaceOptions {
  out?: string;
}

interface RestoreOptions extends WorkspaceOptions {
  from: string;
}

function knownMigrations(env: CliEnvironment): number {
  const journal = JSON.parse(readFileSync(join(env.migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/** The backup folder recorded in a closed workspace; a damaged or foreign file falls back to the default. */
function recordedBackupFolder(file: string): string {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(BACKUP_FOLDER_KEY) as { value: string } | undefined;
      return row?.value ?? defaultBackupFolder(file);
    } finally {
      db.close();
    }
  } catch {
    return defaultBackupFolder(file);
  }
}

export function registerBackupCommands(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'backup', 'write a verified backup: to --out FILE, or into the workspace\'s rotating backup folder')
    .option('--out <file>', 'write the backup to this file (refused if it exists)')
    .action(async (opts: BackupOptions) => {
      const out = opts.out === undefined ? undefined : resolve(opts.out);
      if (out && existsSync(out)) throw new AppError('invalid_input', `${opts.out} already exists; choose a new file name`);
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        if (out) {
          await writeVerifiedBackup(backend.ctx.workspace.sqlite, out, backend.ctx.workspace.schemaVersion);
          printObject(env.io, { file: out }, opts.json ?? false, `Backed up ${opts.db} to ${out} (integrity check passed)`);
          return;
        }
        const made = await backend.api.call('backups.create');
        printObject(env.io, made, opts.json ?? false, `Backed up ${opts.db} to ${made.file} (integrity check passed)`);
      } finally {
        backend.close();
      }
    });

  workspaceCommand(program, 'backups', 'list the backups in the workspace\'s backup folder, newest first').action((opts: WorkspaceOptions) =>
    withBackend(env, opts.db, (backend) => {
      const list = backend.api.call('backups.list');
      if (!opts.json) env.io.stdout(`Folder: ${list.folder}\n`);
      printRows(env.io, list.backups, [
        { header: 'TAKEN (UTC)', value: (b) => b.takenAt.slice(0, 19).replace('T', ' ') },
        { header: 'KIND', value: (b) => b.kind },
        { header: 'SIZE', value: (b) => `${Math.ceil(b.sizeBytes / 1024)} KB` },
        { header: 'FILE', value: (b) => b.file },
      ], opts.json ?? false);
    }),
  );

  program
    .command('restore')
    .description('replace a workspace with a backup: the current file is backed up first and the backup verified before the swap')
    .requiredOption('--db <path>', 'workspace SQLite file to replace (closed: no app may have it open)')
    .requiredOption('--from <file>', 'backup file to restore')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: RestoreOptions) => {
      const file = resolve(opts.db);
      const from = resolve(opts.from);
      if (!existsSync(from)) throw new AppError('invalid_input', `${opts.from}: no such file`);
      const target = { workspaceFile: file, folder: recordedBackupFolder(file), now: env.now ?? (() => new Date()), knownMigrations: knownMigrations(env) };
      const { safetyCopy } = await restoreBackup(target, from);
      const kept = safetyCopy ? `; the previous workspace was kept as ${safetyCopy}` : '';
      printObject(env.io, { restoredFrom: from, safetyCopy }, opts.json ?? false, `Restored ${opts.db} from ${opts.from}${kept}`);
    });
}
