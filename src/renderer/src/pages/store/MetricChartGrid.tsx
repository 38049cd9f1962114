import { LoadingOverlay, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/api/annotation-schemas';
import { ErrorState } from '../../components/ErrorState';
import { useSeries } from '../../hooks/use-store-insights';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import type { StoreMetricGroup } from './group-store-metrics';
import { MetricTrendChart } from './MetricTrendChart';
import { PlatformVerdicts } from './PlatformVerdicts';
import { ChartGridSkeleton } from './StorePageSkeleton';

interface MetricChartGridProps {
  storeId: number;
  group: StoreMetricGroup;
  dates: { from: string; to: string };
  annotations: readonly Annotation[];
  focusMetric: string | null;
  focusDate: string | null;
  onPickDate: (day: string) => void;
  onShowSnapshots: (metricKey: string) => void;
}

/**
 * The charts of one metric group, from a single `series.get` for the group's metrics and the
 * range. Metrics without points in the range, and applicable ones never imported, are named
 * below the grid rather than drawn empty.
 */
export function MetricChartGrid({ storeId, group, dates, annotations, focusMetric, focusDate, onPickDate, onShowSnapshots }: MetricChartGridProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricKeys = useMemo(() => group.withData.map((metric) => metric.key), [group]);
  const series = useSeries({ storeId, metricKeys, from: dates.from, to: dates.to }, metricKeys.length > 0);
  const byKey = useMemo(() => new Map((series.data ?? []).map((entry) => [entry.metricKey, entry])), [series.data]);

  if (metricKeys.length > 0 && series.isPending) return <ChartGridSkeleton count={Math.min(4, metricKeys.length)} />;
  if (series.error) return <ErrorState error={series.error} onRetry={() => void series.refetch()} />;

  const charted = group.withData.filter((metric) => (byKey.get(metric.key)?.points.length ?? 0) > 0);
  const emptyInRange = group.withData.filter((metric) => !charted.includes(metric));
  const names = (metrics: typeof charted) => metrics.map((metric) => metric.labels[language]).join(t('store.trends.listSeparator'));

  return (
    <Stack
      gap="md"
      pos="relative"
      data-testid="chart-grid"
      data-group={group.group}
      data-from={dates.from}
      data-to={dates.to}
      data-loading={series.isPlaceholderData || undefined}
      aria-busy={series.isPlaceholderData}
    >
      <LoadingOverlay visible={series.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      {group.verdicts.length > 0 && <PlatformVerdicts verdicts={group.verdicts} />}
      {charted.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {charted.map((metric) => (
            <MetricTrendChart
              key={metric.key}
              metric={metric}
              series={byKey.get(metric.key)!}
              range={dates}
              annotations={annotations}
              focused={metric.key === focusMetric}
              focusDate={focusDate}
              onPickDate={onPickDate}
              onShowSnapshots={onShowSnapshots}
            />
          ))}
        </SimpleGrid>
      )}
      {charted.length === 0 && group.verdicts.length === 0 && (
        <Paper withBorder radius="md" p="xl" data-testid="group-no-data-in-range">
          <Text c="dimmed" ta="center" size="sm">
            {t('store.trends.emptyGroup', { from: formatDay(dates.from, language), to: formatDay(dates.to, language) })}
          </Text>
        </Paper>
      )}
      {(emptyInRange.length > 0 || group.withoutData.length > 0) && (
        <Stack gap={4} data-testid="metrics-without-data">
          {charted.length + group.verdicts.length > 0 && emptyInRange.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('store.trends.noDataInRange', { metrics: names(emptyInRange) })}
            </Text>
          )}
          {group.withoutData.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('store.trends.notImported', { metrics: names(group.withoutData) })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
