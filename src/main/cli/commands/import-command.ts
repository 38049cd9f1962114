import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '@shared/api/app-error';
import type { ImportResult } from '@shared/api/import-schemas';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

interface ImportOptions extends WorkspaceOptions {
  store?: number;
  mapping?: string;
  skipInvalid?: boolean;
  encoding?: string;
}

/** --mapping names a built-in or saved mapping, or a JSON file holding one. */
function mappingOption(value: string | undefined): unknown {
  if (value === undefined || !value.endsWith('.json') || !existsSync(value)) return value;
  try {
    return JSON.parse(readFileSync(value, 'utf8')) as unknown;
  } catch (error) {
    throw new AppError('invalid_input', `--mapping ${value} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The size is checked before the file is read, so an enormous file never fills memory. */
function readInput(path: string, maxMegabytes: number): Buffer {
  const full = resolve(path);
  if (!existsSync(full) || !statSync(full).isFile()) throw new AppError('invalid_input', `${path}: no such file`);
  const size = statSync(full).size;
  if (size > maxMegabytes * 1024 * 1024) {
    throw new AppError('invalid_input', `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; files over ${maxMegabytes} MB are refused before reading (the limit is the workspace setting maxImportMegabytes)`);
  }
  return readFileSync(full);
}

function describe(file: string, result: ImportResult): string {
  switch (result.status) {
    case 'imported':
      return `${file}: imported ${result.rowCount} records as batch ${result.batchId}${result.skippedCount ? `, skipped ${result.skippedCount} invalid rows` : ''}`;
    case 'duplicate':
      return `${file}: already imported as batch ${result.batchId}; nothing changed`;
    case 'rejected': {
      const lines = result.issues.map((i) => `  ${[i.line !== null ? `line ${i.line}` : null, i.column, i.value !== null ? `"${i.value}"` : null].filter(Boolean).join(', ')}: ${i.message}`);
      const more = result.issueCount > result.issues.length ? [`  … and ${result.issueCount - result.issues.length} more`] : [];
      return [`${file}: rejected, nothing written (${result.issueCount} problems; --skip-invalid imports the valid rows)`, ...lines, ...more].join('\n');
    }
  }
}

export function registerImportCommand(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'import', 'import report files: Amazon JSON (plain or gzip), CSV/TSV or XLSX')
    .argument('<files...>', 'files to import')
    .option('--store <id>', 'the store (for Amazon reports: the seller account) the files belong to', parseId)
    .option('--mapping <name|file.json>', 'column mapping for tabular files: storefleet-long, storefleet-wide, a saved preset or a JSON file')
    .option('--encoding <name>', 'text encoding of CSV/TSV files: utf-8, gb18030 or shift_jis (detected otherwise)')
    .option('--skip-invalid', 'import the valid rows and report the invalid ones instead of rejecting the file')
    .action(async (files: string[], opts: ImportOptions) => {
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const mapping = mappingOption(opts.mapping);
        const results: (ImportResult & { file: string })[] = [];
        for (const file of files) {
          const bytes = readInput(file, backend.api.call('settings.get').maxImportMegabytes);
          const answer = await backend.api.handle('imports.run', {
            fileName: basename(file),
            contentBase64: bytes.toString('base64'),
            storeId: opts.store,
            mapping,
            encoding: opts.encoding,
            skipInvalid: opts.skipInvalid,
          });
          if (!answer.ok) throw new AppError(answer.error.code, `${file}: ${answer.error.message}`, answer.error.details);
          const result = answer.value as ImportResult;
          results.push({ file, ...result });
          if (!opts.json) (result.status === 'rejected' ? env.io.stderr : env.io.stdout)(`${describe(file, result)}\n`);
        }
        if (opts.json) env.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
        if (results.some((r) => r.status === 'rejected')) throw new AppError('invalid_input', 'some files were rejected', { reported: true });
      } finally {
        backend.close();
      }
    });
}
