import type { TFunction } from 'i18next';
import type { MatrixRow } from '@shared/api/kpi-schemas';
import type { MatrixViewState } from './matrix-view-state';

interface ViewLookups {
  /** Every store of the matrix: client names come from them. */
  rows: readonly MatrixRow[];
  country: (code: string) => string;
  columnSetName: string;
  sortName: string;
}

/**
 * The view as words, for the XLSX "About" sheet: the column set, the sort, and each filter
 * that is set, named and valued in the export's language, so the file says what it shows.
 */
export function describeViewFilters(view: MatrixViewState, t: TFunction, lookups: ViewLookups): Record<string, string> {
  const { filters } = view;
  const described: Record<string, string> = {
    [t('matrix.columnSets.label')]: lookups.columnSetName,
    [t('matrix.sort.label')]: `${lookups.sortName} (${t(view.sort.direction === 'asc' ? 'matrix.sort.ascending' : 'matrix.sort.descending')})`,
  };
  const put = (label: string, value: string | null) => {
    if (value) described[label] = value;
  };
  put(t('matrix.search.label'), view.search || null);
  put(t('matrix.filters.client'), filters.clientId === null ? null : (lookups.rows.find((row) => row.clientId === filters.clientId)?.clientName ?? String(filters.clientId)));
  put(t('matrix.filters.platform'), filters.platform && t(`platforms.${filters.platform}`));
  put(t('matrix.filters.marketplace'), filters.marketplace && `${lookups.country(filters.marketplace)} (${filters.marketplace})`);
  put(t('matrix.filters.manager'), filters.accountManager);
  put(t('matrix.filters.stage'), filters.stage && t(`stages.${filters.stage}`));
  put(t('matrix.filters.status'), filters.statuses.map((status) => t(`metricStatuses.${status}`)).join(t('matrix.export.listSeparator')) || null);
  if (view.groupByClient) described[t('matrix.groupByClient')] = t('matrix.export.yes');
  return described;
}
