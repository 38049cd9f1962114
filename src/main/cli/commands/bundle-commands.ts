import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { exportBundle, importBundle } from '../../core/bundles/workspace-bundle';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject } from '../print-result';
import { workspaceCommand, type WorkspaceOptions } from './common-options';

interface ExportOptions extends WorkspaceOptions {
  out: string;
}

interface ImportOptions extends WorkspaceOptions {
  from: string;
}

function knownMigrations(env: CliEnvironment): number {
  return (JSON.parse(readFileSync(join(env.migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
}

export function registerBundleCommands(program: Command, env: CliEnvironment): void {
  const bundle = program.command('bundle').description('move a workspace to another computer: one .storefleet file with its attachments and SHA-256 hashes');

  workspaceCommand(bundle, 'export', 'write the workspace and its attachments to a bundle file')
    .requiredOption('--out <file>', 'bundle to write, e.g. agency.storefleet (refused if it exists)')
    .action(async (opts: ExportOptions) => {
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const { ctx } = backend;
        const out = resolve(opts.out);
        const manifest = await exportBundle({
          sqlite: ctx.workspace.sqlite, attachmentsDir: ctx.attachmentsDir, out, now: ctx.now, schemaVersion: ctx.workspace.schemaVersion,
        });
        printObject(env.io, { file: out, ...manifest }, opts.json ?? false, `Bundled ${opts.db} with ${manifest.files.length - 1} attachments into ${out}`);
      } finally {
        backend.close();
      }
    });

  bundle
    .command('import')
    .description('unpack a bundle into a new workspace file (every hash is checked first; nothing is overwritten)')
    .requiredOption('--from <file>', 'the .storefleet bundle')
    .requiredOption('--db <path>', 'the new workspace file to create')
    .option('--json', 'print machine-readable JSON')
    .action((opts: ImportOptions) => {
      const file = resolve(opts.db);
      const manifest = importBundle({ from: resolve(opts.from), workspaceFile: file, attachmentsDir: `${file}.attachments`, knownMigrations: knownMigrations(env) });
      printObject(env.io, { file, ...manifest }, opts.json ?? false, `Unpacked ${opts.from} into ${file} (${manifest.files.length} files, hashes checked)`);
    });
}
