import { Alert, Box, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ColumnSet } from '@shared/api/column-set-schemas';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useRemoveColumnSet } from '../../hooks/use-column-sets';
import { useMatrixRows } from '../../hooks/use-matrix';
import { useModalTarget } from '../../hooks/use-modal-target';
import { useDisplayNames } from '../../i18n/use-display-names';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { ColumnSetModal, type ColumnSetDraft } from './ColumnSetModal';
import { ColumnSetPicker } from './ColumnSetPicker';
import { describeViewFilters } from './describe-view-filters';
import { ExportMenu } from './ExportMenu';
import { filterMatrixRows } from './filter-matrix-rows';
import { MatrixNoMatches, MatrixNoStores } from './MatrixEmpty';
import { MatrixFilters } from './MatrixFilters';
import { MatrixGrid } from './MatrixGrid';
import { buildGridItems } from './matrix-grid-items';
import { indexMatrixRows } from './matrix-rows';
import { MatrixSkeleton } from './MatrixSkeleton';
import { MatrixToolbar } from './MatrixToolbar';
import { DEFAULT_PRESET, DEFAULT_VIEW, hasActiveFilters, NO_FILTERS, toggleSort, type ColumnChoice, type SortKey } from './matrix-view-state';
import { sortMatrixRows } from './sort-matrix-rows';
import { useMatrixViewState } from './use-matrix-view-state';
import { useViewColumns } from './use-view-columns';

/** Every store against the metrics of a column set: where an account manager sees what needs attention today. */
export function MatrixPage() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const names = useDisplayNames();
  const metricLabel = useMetricLabel();
  const navigate = useNavigate();
  const { view, update } = useMatrixViewState();
  const removeSet = useRemoveColumnSet();
  const editor = useModalTarget<ColumnSetDraft>();
  const removing = useModalTarget<ColumnSet>();

  const { metricKeys, missing, savedSet, savedSets } = useViewColumns(view.columns);
  const matrix = useMatrixRows(metricKeys);

  const indexed = useMemo(() => indexMatrixRows(matrix.data ?? []), [matrix.data]);
  const allRows = useMemo(() => indexed.map((entry) => entry.row), [indexed]);
  const filtered = useMemo(() => filterMatrixRows(indexed, view.filters, view.search), [indexed, view.filters, view.search]);
  // Sorting by a metric the chosen columns no longer show would look unsorted: use the default sort.
  const sort = view.sort.by === 'metric' && !metricKeys?.includes(view.sort.metricKey) ? DEFAULT_VIEW.sort : view.sort;
  const sorted = useMemo(() => sortMatrixRows(filtered.rows, sort, language), [filtered.rows, sort, language]);
  const layout = useMemo(() => buildGridItems(sorted, view.groupByClient), [sorted, view.groupByClient]);
  const storeIds = useMemo(() => layout.stores.map((entry) => entry.row.storeId), [layout]);

  const setColumns = (columns: ColumnChoice) => update((current) => ({ ...current, columns }));
  const clearFilters = () => update((current) => ({ ...current, filters: NO_FILTERS, search: '' }));
  const onSort = useCallback((key: SortKey) => update((current) => ({ ...current, sort: toggleSort(current.sort, key) })), [update]);
  const onOpenStore = useCallback(
    (storeId: number, metricKey?: string) => navigate(metricKey ? `/stores/${storeId}?metric=${encodeURIComponent(metricKey)}` : `/stores/${storeId}`),
    [navigate],
  );

  const confirmRemove = async (set: ColumnSet) => {
    try {
      await removeSet.mutateAsync({ id: set.id });
      notifySuccess(t('matrix.columnSets.notify.removed', { name: set.name }));
      removing.close();
      if (view.columns.kind === 'saved' && view.columns.id === set.id) setColumns(DEFAULT_VIEW.columns);
    } catch (error) {
      notifyError(t, error);
    }
  };

  const filtering = hasActiveFilters(view);
  const columnSetName =
    view.columns.kind === 'adhoc'
      ? t('matrix.columnSets.adhoc')
      : (savedSet?.name ?? t(`matrix.columnSets.presets.${view.columns.kind === 'preset' ? view.columns.preset : DEFAULT_PRESET}`));
  const sortName = sort.by === 'metric' ? metricLabel(sort.metricKey) : t(`matrix.sort.${sort.by}`);
  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))" mih={520}>
      <PageHeader
        title={t('nav.matrix')}
        description={t('matrix.description')}
        actions={
          <ExportMenu
            storeIds={storeIds}
            metricKeys={metricKeys ?? []}
            filters={describeViewFilters({ ...view, sort }, t, { rows: allRows, country: names.country, columnSetName, sortName })}
            disabled={!matrix.isSuccess || storeIds.length === 0}
          />
        }
      />
      <MatrixToolbar
        search={view.search}
        onSearchChange={(search) => update((current) => ({ ...current, search }))}
        sort={sort}
        onSortChange={(next) => update((current) => ({ ...current, sort: next }))}
        metricKeys={metricKeys ?? []}
        columnSetPicker={
          <ColumnSetPicker
            choice={view.columns}
            savedSets={savedSets}
            onChange={setColumns}
            onEditColumns={() => editor.open({ id: savedSet?.id ?? null, name: savedSet?.name ?? '', metricKeys: metricKeys ?? [] })}
            onNew={() => editor.open({ id: null, name: '', metricKeys: [] })}
            onRemove={removing.open}
          />
        }
      />
      <MatrixFilters
        rows={allRows}
        filters={view.filters}
        onChange={(filters) => update((current) => ({ ...current, filters }))}
        statusCounts={filtered.statusCounts}
        shown={matrix.isSuccess ? layout.stores.length : null}
        canClear={filtering}
        onClear={clearFilters}
        groupByClient={view.groupByClient}
        onGroupByClientChange={(groupByClient) => update((current) => ({ ...current, groupByClient }))}
      />
      {missing && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle />} py="xs" data-testid="matrix-missing-set">
          {t('matrix.columnSets.missing', { preset: t(`matrix.columnSets.presets.${DEFAULT_PRESET}`) })}
        </Alert>
      )}
      <Box flex={1} mih={0}>
        {matrix.isPending && <MatrixSkeleton />}
        {matrix.error && <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {matrix.isSuccess && indexed.length === 0 && <MatrixNoStores />}
        {matrix.isSuccess && indexed.length > 0 && layout.stores.length === 0 && <MatrixNoMatches onClear={clearFilters} />}
        {matrix.isSuccess && layout.stores.length > 0 && metricKeys && (
          <MatrixGrid layout={layout} metricKeys={metricKeys} sort={sort} onSort={onSort} onOpenStore={onOpenStore} />
        )}
      </Box>
      <ColumnSetModal
        draft={editor.target}
        opened={editor.opened}
        onClose={editor.close}
        onApply={(keys) => {
          setColumns({ kind: 'adhoc', metricKeys: keys });
          editor.close();
        }}
        onSaved={(set) => {
          setColumns({ kind: 'saved', id: set.id });
          editor.close();
        }}
      />
      <ConfirmModal
        opened={removing.opened}
        title={t('matrix.columnSets.removeConfirm.title')}
        body={t('matrix.columnSets.removeConfirm.body', { name: removing.target?.name ?? '' })}
        confirmLabel={t('matrix.columnSets.removeConfirm.confirm')}
        loading={removeSet.isPending}
        onConfirm={() => removing.target && void confirmRemove(removing.target)}
        onClose={removing.close}
      />
    </Stack>
  );
}
