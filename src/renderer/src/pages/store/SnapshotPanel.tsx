import { Anchor, Badge, Group, Pagination, Paper, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Snapshot } from '@shared/api/snapshot-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { useSnapshots } from '../../hooks/use-store-insights';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatCellValue } from '../../metrics/format-metric-value';
import { metricOptions } from '../../metrics/metric-options';
import { formatPlatformTarget, formatWindow, newestFirst } from './snapshot-cells';

const PAGE_SIZE = 20;

interface SnapshotPanelProps {
  storeId: number;
  metrics: readonly MetricDefinition[];
  metricKey: string;
  dates: { from: string; to: string };
  onMetricChange: (metricKey: string) => void;
}

/** Every snapshot of one metric in the range, exactly as reported: value, counts, the platform's target and the import it came from. */
export function SnapshotPanel({ storeId, metrics, metricKey, dates, onMetricChange }: SnapshotPanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const options = useMemo(() => metricOptions(metrics, language, (group) => t(`metricGroups.${group}`)), [metrics, language, t]);
  const snapshots = useSnapshots({ storeId, metricKey, from: dates.from, to: dates.to });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="snapshots-title" data-testid="snapshot-panel">
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <div>
          <Title order={4} id="snapshots-title">
            {t('store.snapshots.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('store.snapshots.description')}
          </Text>
        </div>
        <Select
          label={t('store.snapshots.metric')}
          data={options}
          value={metricKey}
          onChange={(value) => value && onMetricChange(value)}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={300}
          data-testid="snapshot-metric"
        />
      </Group>
      {snapshots.isPending && <Skeleton height={200} />}
      {snapshots.error && <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />}
      {snapshots.data && (
        <SnapshotTable key={`${metricKey}:${dates.from}:${dates.to}`} snapshots={snapshots.data} metricKey={metricKey} language={language} />
      )}
    </Paper>
  );
}

function SnapshotTable({ snapshots, metricKey, language }: { snapshots: Snapshot[]; metricKey: string; language: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const unit = findMetric(metricKey)?.unit ?? 'count';
  const rows = useMemo(() => newestFirst(snapshots), [snapshots]);
  const pages = Math.ceil(rows.length / PAGE_SIZE);
  const number = (value: number | null) => (value === null ? t('common.none') : value.toLocaleString(language));

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="lg" data-testid="snapshots-empty">
        {t('store.snapshots.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <DataTable minWidth={860} horizontalSpacing="sm" testId="snapshot-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('store.snapshots.columns.window')}</Table.Th>
            <Table.Th ta="right">{t('store.snapshots.columns.value')}</Table.Th>
            <Table.Th ta="right">{t('store.snapshots.columns.counts')}</Table.Th>
            <Table.Th>{t('store.snapshots.columns.platformTarget')}</Table.Th>
            <Table.Th>{t('store.snapshots.columns.platformStatus')}</Table.Th>
            <Table.Th>{t('store.snapshots.columns.source')}</Table.Th>
            <Table.Th>{t('store.snapshots.columns.batch')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((snapshot) => (
            <Table.Tr key={`${snapshot.windowFrom}:${snapshot.windowTo}:${snapshot.importBatchId}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatWindow(snapshot, language)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={600}>
                  {formatCellValue(snapshot, language)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {snapshot.numerator === null && snapshot.denominator === null
                    ? t('common.none')
                    : `${number(snapshot.numerator)} / ${number(snapshot.denominator)}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatPlatformTarget(snapshot, unit, language) ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                {snapshot.platformStatus ? (
                  <Badge variant="outline" color="gray" tt="none" miw="max-content">
                    {snapshot.platformStatus}
                  </Badge>
                ) : (
                  <Text size="sm">{t('common.none')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`imports.history.sources.${snapshot.source}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to="/imports" size="sm">
                  {t('store.snapshots.batch', { id: snapshot.importBatchId })}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('store.snapshots.count', { count: rows.length })}
          </Text>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': t(`store.snapshots.pages.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('store.snapshots.pages.page', { page: item }) })}
          />
        </Group>
      )}
    </Stack>
  );
}
