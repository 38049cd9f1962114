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
  /** Under `matrix` so that whatever refreshes the matrix refreshes the thresholds applied too. */
  appliedThresholds: (storeId: number | undefined) => ['matrix', 'applied', storeId] as const,
  thresholds: ['thresholds'] as const,
  thresholdList: (input: ProcedureInput<'thresholds.list'>) => ['thresholds', 'list', input] as const,
  imports: ['imports'] as const,
  importHistory: (input: ProcedureInput<'imports.history'>) => ['imports', 'history', input ?? {}] as const,
  mappings: ['mappings'] as const,
  overview: ['overview'] as const,
  alerts: ['alerts'] as const,
  alertList: (input: ProcedureInput<'alerts.list'>) => ['alerts', 'list', input ?? {}] as const,
  columnSets: ['columnSets'] as const,
  annotations: ['annotations'] as const,
  annotationList: (input: ProcedureInput<'annotations.list'>) => ['annotations', 'list', input] as const,
  /** Store-page series and funnels: everything derived from snapshots for one store. */
  storeData: ['storeData'] as const,
  poa: ['poa'] as const,
  contracts: ['contracts'] as const,
  sla: ['sla'] as const,
  reviews: ['reviews'] as const,
  /** Credentials and sync statuses (Settings → Connections, the store page). */
  connections: ['connections'] as const,
  /** Targets, scorecards, experiments and recovery plans: all read from snapshots too. */
  planning: ['planning'] as const,
  series: (input: ProcedureInput<'series.get'>) => ['storeData', 'series', input] as const,
  funnel: (input: ProcedureInput<'funnel.get'>) => ['storeData', 'funnel', input] as const,
};

/** Everything computed from snapshots, thresholds and alerts (alerts open and close SLA items). */
const EVALUATED_KEYS = [queryKeys.matrix, queryKeys.overview, queryKeys.alerts, queryKeys.storeData, queryKeys.sla, queryKeys.contracts, queryKeys.planning] as const;

/** Clients and stores show each other's names and counts; the overview counts both. */
export const DIRECTORY_KEYS = [queryKeys.clients, queryKeys.stores, queryKeys.workspace, ...EVALUATED_KEYS] as const;

/** A target changes how every affected metric is judged. */
export const THRESHOLD_KEYS = [queryKeys.thresholds, ...EVALUATED_KEYS] as const;

/** An import (or its undo) changes the history, the evaluated metrics and the snapshot count. */
export const IMPORT_KEYS = [queryKeys.imports, queryKeys.workspace, ...EVALUATED_KEYS] as const;

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
      return [queryKeys.workspace, queryKeys.reviews, ...EVALUATED_KEYS];
    case 'columnSets':
      return [queryKeys.columnSets];
    case 'annotations':
      return [queryKeys.annotations];
    case 'poa':
      // Opening and submitting a case starts and stops POA delivery clocks.
      return [queryKeys.poa, queryKeys.sla, queryKeys.overview];
    case 'contracts':
    case 'sla':
      return [queryKeys.contracts, queryKeys.sla, queryKeys.overview];
    case 'reviews':
      return [queryKeys.reviews];
    case 'credentials':
      return [queryKeys.connections];
    case 'sync':
      // A finished sync imported data: everything an import changes, and the status.
      return [queryKeys.connections, ...IMPORT_KEYS];
    case 'planning':
      return [queryKeys.planning];
    case 'workspace':
      // A workspace switch or reset: an empty key matches every query.
      return [[]];
  }
}
