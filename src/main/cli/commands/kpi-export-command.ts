import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '@shared/domain/languages';
import { COLUMN_PRESET_KEYS, presetMetricKeys, type ColumnPresetKey } from '@shared/metrics/column-presets';
import { EXPORT_WORDS } from '../../core/i18n/export-words';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { writeOutFile } from '../write-out-file';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions extends WorkspaceOptions {
  out: string;
  format?: Format;
  preset?: ColumnPresetKey;
  metrics?: string;
  client?: number;
  language: Language;
}

/** --format, or else the extension of --out; a CSV named .xlsx would only confuse Excel. */
function chooseFormat(out: string, format: Format | undefined, command: Command): Format {
  const extension = extname(out).slice(1).toLowerCase();
  const implied = (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : undefined;
  if (format && implied && format !== implied) command.error(`--format ${format} does not match the file name ${out}`);
  const chosen = format ?? implied;
  if (!chosen) command.error(`give --format csv or xlsx, or name the --out file .csv or .xlsx`);
  return chosen;
}

function metricKeys(opts: ExportOptions, command: Command): string[] {
  if (opts.preset) return presetMetricKeys(opts.preset);
  const keys = (opts.metrics ?? '').split(',').map((key) => key.trim()).filter(Boolean);
  if (keys.length === 0) command.error(`give --preset (${COLUMN_PRESET_KEYS.join(', ')}) or --metrics a,b,c`);
  return keys;
}

export function registerKpiExportCommand(program: Command, env: CliEnvironment): void {
  const kpi = program.command('kpi').description('KPI files: export the matrix');
  workspaceCommand(kpi, 'export', 'write the matrix (stores most at risk first) to a CSV or XLSX file')
    .requiredOption('--out <file>', 'file to write; an existing file is replaced')
    .addOption(new Option('--format <format>', 'csv or xlsx (default: from the --out extension)').choices(FORMATS))
    .addOption(new Option('--preset <key>', 'the columns of a built-in column set').choices(COLUMN_PRESET_KEYS).conflicts('metrics'))
    .option('--metrics <keys>', 'comma-separated metric keys, e.g. amazon.odr_mfn,amazon.late_shipment_rate')
    .option('--client <id>', 'only stores of this client', parseId)
    .addOption(new Option('--language <language>', 'language of headers and status words').choices(LANGUAGES).default('en-US'))
    .action(async (opts: ExportOptions, command: Command) => {
      const out = resolve(opts.out);
      const format = chooseFormat(out, opts.format, command);
      const keys = metricKeys(opts, command);
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const { api } = backend;
        const rows = api.call('matrix.get', { clientId: opts.client });
        // Stable sort: equal scores keep the matrix's client and store name order.
        const storeIds = rows.toSorted((a, b) => a.healthScore - b.healthScore).map((row) => row.storeId);
        const client = opts.client ? api.call('clients.get', { id: opts.client }).name : null;
        const filters = client ? { [EXPORT_WORDS[opts.language].client]: client } : undefined;
        const file = await api.call('matrix.export', { format, storeIds, metricKeys: keys, language: opts.language, filters });
        writeOutFile(out, Buffer.from(file.base64, 'base64'));
        const summary = { file: out, format, stores: storeIds.length, metrics: keys.length, byteLength: file.byteLength };
        env.io.stdout(
          opts.json
            ? `${JSON.stringify(summary, null, 2)}\n`
            : `Wrote ${summary.stores} stores × ${summary.metrics} metrics to ${out} (${summary.byteLength} bytes).\n`,
        );
      } finally {
        backend.close();
      }
    });
}
