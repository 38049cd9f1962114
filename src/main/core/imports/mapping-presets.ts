import { asc, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { ColumnMapping } from '@shared/api/column-mapping-schemas';
import { columnMappingSchema } from '@shared/api/column-mapping-schemas';
import type { MappingPreset } from '@shared/api/import-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { mappingPresets } from '../db/schema';
import { invalidField } from '../errors';
import { BUILT_IN_MAPPINGS } from './parsers/tabular/column-mapping';

function builtIns(): MappingPreset[] {
  return Object.entries(BUILT_IN_MAPPINGS).map(([name, mapping]) => ({ name, builtIn: true, mapping: mapping as ColumnMapping }));
}

export function listMappings(ctx: CoreContext): MappingPreset[] {
  const saved = ctx.workspace.db.select().from(mappingPresets).orderBy(asc(mappingPresets.name)).all();
  return [...builtIns(), ...saved.map((row) => ({ name: row.name, builtIn: false, mapping: columnMappingSchema.parse(row.mapping) }))];
}

/** A mapping by name: a built-in one or one the user saved. */
export function findMapping(ctx: CoreContext, name: string): ColumnMapping {
  const preset = listMappings(ctx).find((p) => p.name === name);
  if (!preset) throw invalidField('mapping', 'unknown_mapping', `there is no column mapping named "${name}"`);
  return preset.mapping;
}

/** Saves (or replaces) a user's mapping; built-in names are reserved. */
export function saveMapping(ctx: CoreContext, name: string, mapping: ColumnMapping): MappingPreset {
  if (name in BUILT_IN_MAPPINGS) throw invalidField('name', 'reserved', `"${name}" is a built-in mapping; choose another name`);
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db
      .insert(mappingPresets)
      .values({ name, mapping, createdAt: ctx.now().toISOString() })
      .onConflictDoUpdate({ target: mappingPresets.name, set: { mapping } })
      .run();
    recordAudit(ctx, { action: 'save', entity: 'mapping_preset', entityId: null, details: { name } });
  })();
  return { name, builtIn: false, mapping };
}

export function removeMapping(ctx: CoreContext, name: string): void {
  const row = ctx.workspace.db.select().from(mappingPresets).where(eq(mappingPresets.name, name)).get();
  if (!row) throw new AppError('not_found', `there is no saved mapping named "${name}"`);
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db.delete(mappingPresets).where(eq(mappingPresets.name, name)).run();
    recordAudit(ctx, { action: 'remove', entity: 'mapping_preset', entityId: row.id, details: { name } });
  })();
}
