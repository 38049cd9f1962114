import type { importRunInputSchema } from '@shared/api/import-schemas';
import type { z } from 'zod';
import { importHistory, undoImport } from '../../core/imports/import-history';
import { previewImport, runImport, type ImportRequest } from '../../core/imports/import-service';
import { listMappings, removeMapping, saveMapping } from '../../core/imports/mapping-presets';
import { changed, type ProcedureTable } from '../procedure-table';

type ImportProcedure =
  | 'imports.preview'
  | 'imports.run'
  | 'imports.history'
  | 'imports.undo'
  | 'mappings.list'
  | 'mappings.save'
  | 'mappings.remove';

function toRequest({ contentBase64, ...rest }: z.output<typeof importRunInputSchema>): ImportRequest {
  return { ...rest, bytes: Buffer.from(contentBase64, 'base64') };
}

export const importProcedures: ProcedureTable<ImportProcedure> = {
  'imports.preview': (ctx, input) => previewImport(ctx, toRequest(input)),
  'imports.run': async (ctx, input) => runImport(ctx, toRequest(input)),
  'imports.history': (ctx, input) => importHistory(ctx, input ?? {}),
  'imports.undo': (ctx, { batchId }) => changed(ctx, 'imports', undoImport(ctx, batchId)),
  'mappings.list': (ctx) => listMappings(ctx),
  'mappings.save': (ctx, { name, mapping }) => changed(ctx, 'imports', saveMapping(ctx, name, mapping)),
  'mappings.remove': (ctx, { name }) => {
    removeMapping(ctx, name);
    return changed(ctx, 'imports', { removed: true as const });
  },
};
