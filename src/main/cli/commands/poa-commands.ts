import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { PoaCaseListItem } from '@shared/api/poa-schemas';
import { POA_CASE_TYPES, POA_EXPORT_FORMATS, POA_STATUSES, type PoaCaseType, type PoaExportFormat, type PoaStatus } from '@shared/domain/poa';
import { openCliBackend, withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printRows, type Column } from '../print-result';
import { writeOutFile } from '../write-out-file';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

const columns: Column<PoaCaseListItem>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'STORE', value: (c) => c.storeName },
  { header: 'TYPE', value: (c) => c.caseType },
  { header: 'LANGUAGE', value: (c) => c.language },
  { header: 'STATUS', value: (c) => c.status },
  { header: 'REV', value: (c) => c.revision },
  { header: 'NOTICE', value: (c) => c.noticeDate },
  { header: 'DEADLINE', value: (c) => c.deadline },
  { header: 'WARNINGS', value: (c) => c.warningCount },
  { header: 'TITLE', value: (c) => c.title },
];

interface ListOptions extends WorkspaceOptions {
  store?: number;
  status?: PoaStatus;
  type?: PoaCaseType;
}

interface ExportOptions extends WorkspaceOptions {
  id: number;
  format: PoaExportFormat;
  out: string;
  revision?: number;
}

export function registerPoaCommands(program: Command, env: CliEnvironment): void {
  const poa = program.command('poa').description('plans of action (appeals): list cases, export them as DOCX, PDF or text');

  workspaceCommand(poa, 'list', 'cases, newest notice first, with their status and open warnings')
    .option('--store <id>', 'only cases of this store', parseId)
    .addOption(new Option('--status <status>', 'only cases in this status').choices(POA_STATUSES))
    .addOption(new Option('--type <type>', 'only cases of this type').choices(POA_CASE_TYPES))
    .action((opts: ListOptions) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('poa.list', { storeId: opts.store, status: opts.status, caseType: opts.type });
        printRows(env.io, rows, columns, Boolean(opts.json));
      }),
    );

  workspaceCommand(poa, 'export', "write a case's plan in its document language to a file")
    .requiredOption('--id <id>', 'case id', parseId)
    .addOption(new Option('--format <format>', 'docx, pdf or txt (text ready to paste into the appeal form)').choices(POA_EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write; an existing file is replaced')
    .option('--revision <n>', 'an earlier revision (default: the current one)', parseId)
    .action(async (opts: ExportOptions) => {
      const out = resolve(opts.out);
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const file = await backend.api.call('poa.export', { id: opts.id, format: opts.format, revision: opts.revision });
        writeOutFile(out, Buffer.from(file.base64, 'base64'));
        const summary = { file: out, format: opts.format, caseId: opts.id, byteLength: file.byteLength };
        env.io.stdout(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `Wrote case ${opts.id} as ${opts.format.toUpperCase()} to ${out} (${file.byteLength} bytes).\n`);
      } finally {
        backend.close();
      }
    });
}
