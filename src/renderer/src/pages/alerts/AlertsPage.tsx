import { Alert as Callout, Center, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Alert } from '@shared/api/alert-schemas';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useAlerts } from '../../hooks/use-alerts';
import { localToday } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useAlertMetricLabel } from './use-alert-metric-label';
import { AlertBulkBar } from './AlertBulkBar';
import { AlertDrawer } from './AlertDrawer';
import { AlertFiltersBar } from './AlertFiltersBar';
import { AlertsEmpty } from './AlertsEmpty';
import { AlertsTable } from './AlertsTable';
import { DEFAULT_ALERT_FILTERS, alertListInput, narrowsList, parseAlertFilters, writeAlertFilters, type AlertFilters } from './alert-filters';
import { useKnownAssignees } from './use-known-assignees';
import { useNow } from './use-now';

const PAGE_SIZE = 50;
/** The open alert's id in the URL, so a link can open the inbox on one alert. */
const ALERT_PARAM = 'alert';

function TableSkeleton() {
  return (
    <Stack gap="xs" aria-busy data-testid="alerts-loading">
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} h={44} radius="sm" />
      ))}
    </Stack>
  );
}

export function AlertsPage() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useAlertMetricLabel();
  const now = useNow();
  const today = localToday(now);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAlertFilters(params), [params]);
  const openId = Number(params.get(ALERT_PARAM)) || null;
  const alerts = useAlerts(alertListInput(filters));
  const list = useMemo(() => alerts.data ?? [], [alerts.data]);
  const assignees = useKnownAssignees(alerts.data, language);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [bulkError, setBulkError] = useState<string | null>(null);

  // Only alerts still listed count as selected: one resolved elsewhere drops out by itself.
  const selectedIds = useMemo(() => list.filter((alert) => selected.has(alert.id)).map((alert) => alert.id), [list, selected]);
  const byId = useMemo(() => new Map(list.map((alert) => [alert.id, alert])), [list]);
  const nameOf = useCallback(
    (id: number) => {
      const alert = byId.get(id);
      return alert && t('alerts.alertName', { metric: metricLabel(alert.metricKey), store: alert.storeName });
    },
    [byId, metricLabel, t],
  );

  const pageCount = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const shown = list.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE);

  const setFilters = (next: AlertFilters) => {
    setParams((current) => writeAlertFilters(next, current), { replace: true });
    setPage(1);
    setSelected(new Set());
    setBulkError(null);
  };
  const setOpenAlert = (alert: Alert | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (alert) next.set(ALERT_PARAM, String(alert.id));
      else next.delete(ALERT_PARAM);
      return next;
    });
  const select = (ids: readonly number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <>
      <PageHeader title={t('nav.alerts')} description={t('alerts.description')} />
      <AlertFiltersBar filters={filters} onChange={setFilters} assignees={assignees} />
      {bulkError && (
        <Callout
          color="red"
          variant="light"
          icon={<IconAlertCircle />}
          title={t('alerts.bulk.failedTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setBulkError(null)}
          mb="md"
          role="alert"
          data-testid="bulk-error"
        >
          {bulkError}
        </Callout>
      )}
      {alerts.isPending && <TableSkeleton />}
      {alerts.error && <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {alerts.isSuccess && list.length === 0 && (
        <AlertsEmpty status={filters.status} filtered={narrowsList(filters)} onClearFilters={() => setFilters(DEFAULT_ALERT_FILTERS)} />
      )}
      {list.length > 0 && (
        <Stack gap="md" pb={selectedIds.length > 0 ? 96 : 0}>
          <AlertsTable alerts={shown} selected={selected} onSelect={select} onOpen={setOpenAlert} now={now} today={today} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="alerts-count">
              {t('alerts.count', { count: list.length })}
            </Text>
            {pageCount > 1 && (
              <Center>
                <Pagination
                  total={pageCount}
                  value={currentPage}
                  onChange={setPage}
                  size="sm"
                  getControlProps={(control) => ({ 'aria-label': t(`alerts.pagination.${control}`) })}
                  getItemProps={(pageNumber) => ({ 'aria-label': t('alerts.pagination.page', { page: pageNumber }) })}
                  data-testid="alerts-pagination"
                />
              </Center>
            )}
          </Group>
        </Stack>
      )}
      <AlertBulkBar
        selectedIds={selectedIds}
        matchingCount={list.length}
        onSelectAllMatching={() => setSelected(new Set(list.map((alert) => alert.id)))}
        onClearSelection={() => setSelected(new Set())}
        hidden={openId !== null}
        assignees={assignees}
        nameOf={nameOf}
        onError={setBulkError}
      />
      <AlertDrawer alertId={openId} onClose={() => setOpenAlert(null)} assignees={assignees} now={now} today={today} />
    </>
  );
}
