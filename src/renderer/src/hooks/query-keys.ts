import type { QueryKey } from '@tanstack/react-query';
import type { EventPayload, ProcedureInput } from '@shared/api/contract';

/** Keys are grouped by entity so one invalidation refreshes every list of that entity. */
export const queryKeys = {
  about: ['app', 'about'] as const,
  workspace: ['workspace'] as const,
  workspaceInfo: ['workspace', 'info'] as const,
  workspaceSettings: ['workspace', 'settings'] as const,
  clients: ['clients'] as const,
  clientList: (input: ProcedureInput<'clients.list'>) => ['clients', 'list', input ?? {}] as const,
  stores: ['stores'] as const,
  storeList: (input: ProcedureInput<'stores.list'>) => ['stores', 'list', input ?? {}] as const,
  matrix: ['matrix'] as const,
  matrixRows: (input: ProcedureInput<'matrix.get'>) => ['matrix', 'rows', input ?? {}] as const,
  thresholds: ['thresholds'] as const,
  thresholdList: (input: ProcedureInput<'thresholds.list'>) => ['thresholds', 'list', input] as const,
  imports: ['imports'] as const,
  importHistory: (input: ProcedureInput<'imports.history'>) => ['imports', 'history', input ?? {}] as const,
  mappings: ['mappings'] as const,
};

/** Clients and stores show each other's names and counts; the overview counts both. */
export const DIRECTORY_KEYS = [queryKeys.clients, queryKeys.stores, queryKeys.workspace, queryKeys.matrix] as const;

/** A target changes how every affected metric is judged. */
export const THRESHOLD_KEYS = [queryKeys.thresholds, queryKeys.matrix] as const;

/** An import (or its undo) changes the history, the evaluated metrics and the snapshot count. */
export const IMPORT_KEYS = [queryKeys.imports, queryKeys.matrix, queryKeys.workspace] as const;

type ChangedEntity = EventPayload<'workspace.changed'>['entity'];

/** What to refetch when the backend says an entity changed behind this screen's back. */
export function keysForChangedEntity(entity: ChangedEntity): readonly QueryKey[] {
  switch (entity) {
    case 'clients':
    case 'stores':
      return DIRECTORY_KEYS;
    case 'thresholds':
      return THRESHOLD_KEYS;
    case 'imports':
      return IMPORT_KEYS;
    case 'snapshots':
    case 'alerts':
    case 'settings':
      return [queryKeys.matrix, queryKeys.workspace];
    case 'workspace':
      // A workspace switch or reset: an empty key matches every query.
      return [[]];
  }
}
