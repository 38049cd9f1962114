import { ActionIcon, Group, Paper, Skeleton, Text, Tooltip } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/api/annotation-schemas';
import type { MetricSeries } from '@shared/api/series-schemas';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { EChart } from '../../components/charts/EChart';
import { useOnceVisible } from '../../components/charts/use-once-visible';
import { MetricStatusBadge } from '../../components/MetricStatusBadge';
import { ThresholdOriginBadge } from '../../components/ThresholdOriginBadge';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { buildTrendChartOption, hasThreshold } from './build-trend-chart-option';
import { formatPointValue, timeToDay } from './chart-value-format';
import { useTrendChartLook } from './use-trend-chart-look';

export const CHART_HEIGHT = 230;

interface MetricTrendChartProps {
  metric: MetricDefinition;
  series: MetricSeries;
  range: { from: string; to: string };
  annotations: readonly Annotation[];
  /** The metric the page was opened for: outlined and scrolled into view. */
  focused: boolean;
  focusDate: string | null;
  onPickDate: (day: string) => void;
  onShowSnapshots: (metricKey: string) => void;
}

/** One metric's card: name, latest value and status, and its trend drawn once the card nears the screen. */
export function MetricTrendChart({ metric, series, range, annotations, focused, focusDate, onPickDate, onShowSnapshots }: MetricTrendChartProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const card = useRef<HTMLDivElement>(null);
  const visible = useOnceVisible(card);
  const { palette, labels } = useTrendChartLook();
  const name = metric.labels[language];
  const points = series.points;
  const latest = points[points.length - 1];
  const latestText = latest ? formatPointValue(latest.value, metric.unit, series.currency, language) : null;
  const breaches = points.filter((point) => point.status === 'breach').length;
  const shownAnnotations = annotations.filter((note) => note.date >= range.from && note.date <= range.to).length;
  const thresholds = (['watch', 'breach'] as const).filter((level) => hasThreshold(points, level));

  const option = useMemo(
    () => buildTrendChartOption({ series, unit: metric.unit, range, annotations, language, labels, palette, focusDate }),
    [series, metric.unit, range, annotations, language, labels, palette, focusDate],
  );

  // Only on arrival (a link from the matrix): picking the metric later for the snapshot table must not jump back here.
  const focusedOnArrival = useRef(focused);
  useEffect(() => {
    if (focusedOnArrival.current) card.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    <Paper
      ref={card}
      component="section"
      aria-label={name}
      withBorder
      radius="md"
      p="md"
      style={focused ? { borderColor: 'var(--mantine-primary-color-filled)', boxShadow: '0 0 0 1px var(--mantine-primary-color-filled)' } : undefined}
      data-testid="metric-chart"
      data-metric={metric.key}
      data-focused={focused || undefined}
      data-thresholds={thresholds.join(' ')}
      data-annotations={shownAnnotations}
      data-breaches={breaches}
      data-points={points.length}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate="end" title={name}>
            {name}
          </Text>
          <Group gap={6} mt={2}>
            {latestText && (
              <Text size="lg" fw={700} lh={1.2}>
                {latestText}
              </Text>
            )}
            {latest && <MetricStatusBadge status={latest.status} size="xs" />}
          </Group>
        </div>
        <Group gap={6} wrap="nowrap">
          {series.thresholdOrigin && <ThresholdOriginBadge origin={series.thresholdOrigin} source={null} />}
          <Tooltip label={t('store.chart.showSnapshots', { metric: name })}>
            <ActionIcon variant="subtle" color="gray" aria-label={t('store.chart.showSnapshots', { metric: name })} onClick={() => onShowSnapshots(metric.key)} data-testid="show-snapshots">
              <IconTable size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {visible ? (
        <EChart
          option={option}
          height={CHART_HEIGHT}
          label={t('store.chart.ariaLabel', {
            metric: name,
            from: formatDay(range.from, language),
            to: formatDay(range.to, language),
            latest: latestText ?? t('common.none'),
            count: breaches,
          })}
          onPlotClick={(x) => onPickDate(timeToDay(x))}
          testId="trend-chart"
        />
      ) : (
        <Skeleton height={CHART_HEIGHT} />
      )}
    </Paper>
  );
}
