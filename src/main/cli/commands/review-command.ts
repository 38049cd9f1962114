import { isAbsolute, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '@shared/api/app-error';
import { REVIEW_FORMATS, type ReviewFormat } from '@shared/api/review-schemas';
import { LANGUAGES, type Language } from '@shared/domain/languages';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { writeOutFile } from '../write-out-file';
import { parseId, type WorkspaceOptions } from './common-options';

interface ReviewOptions extends WorkspaceOptions {
  client?: number;
  all?: boolean;
  month: string;
  format: ReviewFormat;
  out: string;
  lang?: Language;
}

export function registerReviewCommand(program: Command, env: CliEnvironment): void {
  program
    .command('review')
    .description("write a client's monthly review (or every active client's) as PDF or XLSX into a folder")
    .requiredOption('--db <path>', 'workspace SQLite file (created and migrated if missing)')
    .addOption(new Option('--client <id>', 'the client to review').argParser(parseId).conflicts('all'))
    .option('--all', 'every active client, one file each')
    .requiredOption('--month <YYYY-MM>', 'the month reviewed')
    .addOption(new Option('--format <format>', 'pdf or xlsx').choices(REVIEW_FORMATS).makeOptionMandatory())
    .requiredOption('--out <dir>', 'existing folder to write into; files of the same name are replaced')
    .addOption(new Option('--lang <language>', "language of the review (default: each client's own)").choices(LANGUAGES))
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: ReviewOptions, command: Command) => {
      if (opts.client === undefined && !opts.all) command.error('give --client ID or --all');
      const folder = isAbsolute(opts.out) ? opts.out : resolve(opts.out);
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const { api } = backend;
        if (opts.client !== undefined) {
          const file = await api.call('reviews.export', { clientId: opts.client, month: opts.month, format: opts.format, language: opts.lang });
          const path = join(folder, file.fileName);
          writeOutFile(path, Buffer.from(file.base64, 'base64'));
          const summary = { file: path, byteLength: file.byteLength, sha256: file.sha256 };
          env.io.stdout(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `Wrote ${path} (${file.byteLength} bytes, sha256 ${file.sha256}).\n`);
          return;
        }
        const stopProgress = backend.ctx.events.subscribe((event, payload) => {
          const progress = payload as { done: number; total: number };
          if (event === 'job.progress' && !opts.json && progress.done > 0) env.io.stderr(`  ${progress.done}/${progress.total}\n`);
        });
        const result = await api.call('reviews.batchExport', { month: opts.month, format: opts.format, folder, language: opts.lang }).finally(stopProgress);
        if (opts.json) env.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else {
          for (const one of result.written) env.io.stdout(`wrote  ${join(folder, one.fileName)}\n`);
          for (const one of result.failed) env.io.stdout(`failed ${one.clientName} (client ${one.clientId}): ${one.message}\n`);
          env.io.stdout(`${result.written.length} written, ${result.failed.length} failed.\n`);
        }
        if (result.failed.length > 0) throw new AppError('internal', `${result.failed.length} review(s) failed`, { reported: true });
      } finally {
        backend.close();
      }
    });
}
