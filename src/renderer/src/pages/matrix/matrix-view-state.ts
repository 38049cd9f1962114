import { METRIC_STATUSES, type MetricStatus } from '@shared/api/kpi-schemas';
import { MARKETPLACE_CODES, type Marketplace } from '@shared/domain/marketplaces';
import { PLATFORMS, STORE_STAGES, type Platform, type StoreStage } from '@shared/domain/stores';
import { COLUMN_PRESET_KEYS, type ColumnPresetKey } from '@shared/metrics/column-presets';
import { isMetricKey } from '@shared/metrics/metric-catalog';

/** Which columns the matrix shows: a built-in preset, a set saved in the workspace, or metrics picked for this view only. */
export type ColumnChoice =
  | { kind: 'preset'; preset: ColumnPresetKey }
  | { kind: 'saved'; id: number }
  | { kind: 'adhoc'; metricKeys: string[] };

export type SortKey = { by: 'worst' } | { by: 'health' } | { by: 'name' } | { by: 'metric'; metricKey: string };
export type SortDirection = 'asc' | 'desc';
export type MatrixSort = SortKey & { direction: SortDirection };

export interface MatrixFilters {
  clientId: number | null;
  platform: Platform | null;
  marketplace: Marketplace | null;
  accountManager: string | null;
  stage: StoreStage | null;
  /** Worst status of the store; empty means every status. */
  statuses: MetricStatus[];
}

export interface MatrixViewState {
  columns: ColumnChoice;
  sort: MatrixSort;
  filters: MatrixFilters;
  search: string;
  groupByClient: boolean;
}

export const DEFAULT_PRESET: ColumnPresetKey = 'amazon_account_health';

export const NO_FILTERS: MatrixFilters = {
  clientId: null,
  platform: null,
  marketplace: null,
  accountManager: null,
  stage: null,
  statuses: [],
};

/**
 * The direction a sort starts in: the stores that need attention first (worst status, lowest
 * health score, most severe metric), except names, which read A to Z.
 */
export function defaultDirection(key: SortKey): SortDirection {
  return key.by === 'name' || key.by === 'health' ? 'asc' : 'desc';
}

export const DEFAULT_VIEW: MatrixViewState = {
  columns: { kind: 'preset', preset: DEFAULT_PRESET },
  sort: { by: 'worst', direction: 'desc' },
  filters: NO_FILTERS,
  search: '',
  groupByClient: false,
};

/** URL parameter names: short, because the URL is what users bookmark and share. */
const PARAM = {
  preset: 'set',
  saved: 'saved',
  adhoc: 'cols',
  sort: 'sort',
  direction: 'dir',
  search: 'q',
  client: 'client',
  platform: 'platform',
  marketplace: 'marketplace',
  manager: 'manager',
  stage: 'stage',
  status: 'status',
  group: 'group',
} as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function positiveId(value: string | null): number | null {
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseColumns(params: URLSearchParams): ColumnChoice {
  // Unknown metric keys (a bookmark from a newer catalog) are dropped rather than shown empty.
  const adhoc = [...new Set(list(params.get(PARAM.adhoc)).filter(isMetricKey))];
  if (adhoc.length > 0) return { kind: 'adhoc', metricKeys: adhoc };
  const saved = positiveId(params.get(PARAM.saved));
  if (saved !== null) return { kind: 'saved', id: saved };
  return { kind: 'preset', preset: oneOf(COLUMN_PRESET_KEYS, params.get(PARAM.preset)) ?? DEFAULT_PRESET };
}

function parseSort(params: URLSearchParams): MatrixSort {
  const raw = params.get(PARAM.sort);
  const named = oneOf(['worst', 'health', 'name'] as const, raw);
  const key: SortKey = named ? { by: named } : raw !== null && isMetricKey(raw) ? { by: 'metric', metricKey: raw } : DEFAULT_VIEW.sort;
  const direction = oneOf(['asc', 'desc'] as const, params.get(PARAM.direction)) ?? defaultDirection(key);
  return { ...sortKeyOf(key), direction };
}

function sortKeyOf(sort: SortKey): SortKey {
  return sort.by === 'metric' ? { by: 'metric', metricKey: sort.metricKey } : { by: sort.by };
}

/** Reads a view from the URL query; anything unknown or malformed falls back to the default. */
export function parseMatrixView(params: URLSearchParams): MatrixViewState {
  const statuses = list(params.get(PARAM.status)).flatMap((status) => oneOf(METRIC_STATUSES, status) ?? []);
  const manager = params.get(PARAM.manager)?.trim();
  return {
    columns: parseColumns(params),
    sort: parseSort(params),
    filters: {
      clientId: positiveId(params.get(PARAM.client)),
      platform: oneOf(PLATFORMS, params.get(PARAM.platform)),
      marketplace: oneOf(MARKETPLACE_CODES, params.get(PARAM.marketplace)),
      accountManager: manager ? manager : null,
      stage: oneOf(STORE_STAGES, params.get(PARAM.stage)),
      // In the order statuses are listed everywhere, once each, so equal views have equal URLs.
      statuses: METRIC_STATUSES.filter((status) => statuses.includes(status)),
    },
    search: params.get(PARAM.search)?.trim() ?? '',
    groupByClient: params.get(PARAM.group) === 'client',
  };
}

/** Writes a view as a URL query, leaving out every default so a plain /matrix is the default view. */
export function serialiseMatrixView(view: MatrixViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { columns, sort, filters } = view;
  if (columns.kind === 'adhoc') params.set(PARAM.adhoc, columns.metricKeys.join(','));
  else if (columns.kind === 'saved') params.set(PARAM.saved, String(columns.id));
  else if (columns.preset !== DEFAULT_PRESET) params.set(PARAM.preset, columns.preset);

  const sortName = sort.by === 'metric' ? sort.metricKey : sort.by;
  if (sortName !== DEFAULT_VIEW.sort.by) params.set(PARAM.sort, sortName);
  if (sort.direction !== defaultDirection(sort)) params.set(PARAM.direction, sort.direction);

  if (view.search.trim() !== '') params.set(PARAM.search, view.search.trim());
  if (filters.clientId !== null) params.set(PARAM.client, String(filters.clientId));
  if (filters.platform) params.set(PARAM.platform, filters.platform);
  if (filters.marketplace) params.set(PARAM.marketplace, filters.marketplace);
  if (filters.accountManager) params.set(PARAM.manager, filters.accountManager);
  if (filters.stage) params.set(PARAM.stage, filters.stage);
  if (filters.statuses.length > 0) params.set(PARAM.status, METRIC_STATUSES.filter((s) => filters.statuses.includes(s)).join(','));
  if (view.groupByClient) params.set(PARAM.group, 'client');
  return params;
}

export function hasActiveFilters(view: Pick<MatrixViewState, 'filters' | 'search'>): boolean {
  const { filters } = view;
  return (
    view.search.trim() !== '' ||
    filters.clientId !== null ||
    filters.platform !== null ||
    filters.marketplace !== null ||
    filters.accountManager !== null ||
    filters.stage !== null ||
    filters.statuses.length > 0
  );
}

function sameSortKey(a: SortKey, b: SortKey): boolean {
  return a.by === b.by && (a.by !== 'metric' || (b.by === 'metric' && a.metricKey === b.metricKey));
}

/** Clicking the column already sorted by flips its direction; another column starts in its own default direction. */
export function toggleSort(current: MatrixSort, key: SortKey): MatrixSort {
  if (sameSortKey(current, key)) return { ...sortKeyOf(key), direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { ...sortKeyOf(key), direction: defaultDirection(key) };
}

export function isSortedBy(sort: MatrixSort, key: SortKey): boolean {
  return sameSortKey(sort, key);
}
