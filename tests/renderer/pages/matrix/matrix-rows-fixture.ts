import type { MatrixCell, MatrixRow } from '@shared/api/kpi-schemas';
import { indexMatrixRows, type IndexedRow } from '../../../../src/renderer/src/pages/matrix/matrix-rows';

/** A matrix cell with neutral defaults; tests set only what they are about. */
export function cell(metricKey: string, overrides: Partial<MatrixCell> = {}): MatrixCell {
  return {
    metricKey,
    status: 'ok',
    value: 0.005,
    amountMinor: null,
    currency: null,
    windowFrom: '2026-09-22',
    windowTo: '2026-11-20',
    watch: 0.0075,
    breach: 0.01,
    thresholdOrigin: 'catalog',
    thresholdSource: null,
    platformStatus: null,
    trend: 'flat',
    slopePerDay: 0,
    daysToBreach: null,
    recentValues: [],
    matters: true,
    ...overrides,
  };
}

let nextId = 1;

export function row(displayName: string, overrides: Partial<MatrixRow> = {}): MatrixRow {
  const storeId = overrides.storeId ?? nextId++;
  return {
    storeId,
    displayName,
    clientId: 1,
    clientName: 'Lumora Home 光墨家居',
    platform: 'amazon',
    marketplace: 'US',
    stage: 'mature',
    storeStatus: 'active',
    accountManager: '李娜 Li Na',
    healthScore: 100,
    worstStatus: 'ok',
    cells: [],
    ...overrides,
  };
}

export function indexed(...rows: MatrixRow[]): IndexedRow[] {
  return indexMatrixRows(rows);
}

export const names = (rows: readonly IndexedRow[]) => rows.map((entry) => entry.row.displayName);
