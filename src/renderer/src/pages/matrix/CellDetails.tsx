import { Badge, DataList, Group, Stack, Text } from '@mantine/core';
import { IconArrowNarrowRight, IconCircleDashed, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, MatrixRow } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { MetricStatusBadge, METRIC_STATUS_LOOK } from '../../components/MetricStatusBadge';
import { ThresholdOriginBadge } from '../../components/ThresholdOriginBadge';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMetricValue } from '../../metrics/format-metric-value';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { describeCell } from './describe-cell';
import classes from './MatrixGrid.module.css';
import { Sparkline } from './Sparkline';
import { useRowWords } from './use-grid-words';

const DAY_MS = 86_400_000;

function windowDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function TrendLine({ cell }: { cell: MatrixCell }) {
  const { t } = useTranslation();
  if (!cell.trend) return <Text size="sm">{t('matrix.card.noTrend')}</Text>;
  const slope = cell.slopePerDay ?? 0;
  const TrendIcon = cell.trend === 'flat' || slope === 0 ? IconArrowNarrowRight : slope > 0 ? IconTrendingUp : IconTrendingDown;
  const color = cell.trend === 'improving' ? 'teal' : cell.trend === 'worsening' ? 'red' : 'gray';
  return (
    <Group gap={6} wrap="nowrap">
      <TrendIcon size={16} className={classes.tone} data-tone={color} aria-hidden />
      <Text size="sm">{t(`matrix.card.trends.${cell.trend}`)}</Text>
    </Group>
  );
}

function ProjectionLine({ cell }: { cell: MatrixCell }) {
  const { t } = useTranslation();
  if (cell.status === 'breach') return <Text size="sm">{t('matrix.card.alreadyBreached')}</Text>;
  if (cell.daysToBreach === null) return <Text size="sm">{t('matrix.card.noProjection')}</Text>;
  return (
    <Text size="sm" fw={600} c="red.8">
      {t('matrix.card.inDays', { count: Math.max(1, Math.round(cell.daysToBreach)) })}
    </Text>
  );
}

function ThresholdLine({ cell }: { cell: MatrixCell }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const unit = findMetric(cell.metricKey)?.unit ?? 'count';
  if (cell.breach === null) {
    return <Text size="sm">{t(unit === 'status' ? 'matrix.card.platformVerdict' : 'matrix.card.noThreshold')}</Text>;
  }
  const breach = formatMetricValue(cell.breach, unit, language);
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">
        {cell.watch === null
          ? t('matrix.card.breachOnly', { breach })
          : t('matrix.card.watchBreach', { watch: formatMetricValue(cell.watch, unit, language), breach })}
      </Text>
      {cell.thresholdOrigin && <ThresholdOriginBadge origin={cell.thresholdOrigin} source={cell.thresholdSource} />}
    </Stack>
  );
}

/** Everything behind one cell: as-of date, window, threshold and its origin, trend, the last 30 days, the projection. */
export function CellDetails({ row, metricKey, cell }: { row: MatrixRow; metricKey: string; cell: MatrixCell | undefined }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const words = useRowWords();
  const look = describeCell(cell, metricKey, row, language, words);
  const sparkColor = look.status ? `var(--mantine-color-${METRIC_STATUS_LOOK[look.status].color}-6)` : 'var(--mantine-color-gray-6)';
  return (
    <Stack gap="sm" data-testid="cell-details">
      <div>
        <Text fw={650} size="sm" lh={1.3}>
          {metricLabel(metricKey)}
        </Text>
        <Text size="xs" c="dimmed">
          {row.displayName} · {row.clientName}
        </Text>
      </div>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {look.text}
        </Text>
        {look.status && <MetricStatusBadge status={look.status} />}
        {look.notJudged && (
          <Badge color="gray" variant="light" tt="none" leftSection={<IconCircleDashed size={12} />}>
            {t('matrix.card.notJudgedBadge')}
          </Badge>
        )}
      </Group>
      {!cell && <Text size="sm">{look.label}</Text>}
      {cell && (
        <>
          {look.notJudged && <Text size="xs">{t('matrix.card.notJudged', { stage: t(`stages.${row.stage}`) })}</Text>}
          <DataList size="sm" gap={6} labelWidth={120}>
            <DataList.Item>
              <DataList.ItemLabel>{t('matrix.card.asOf')}</DataList.ItemLabel>
              <DataList.ItemValue>{cell.windowTo ? formatDay(cell.windowTo, language) : t('common.none')}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('matrix.card.window')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {cell.windowFrom && cell.windowTo
                  ? t('matrix.card.windowRange', {
                      from: formatDay(cell.windowFrom, language),
                      to: formatDay(cell.windowTo, language),
                      count: windowDays(cell.windowFrom, cell.windowTo),
                    })
                  : t('common.none')}
              </DataList.ItemValue>
            </DataList.Item>
            {cell.platformStatus && findMetric(metricKey)?.unit !== 'status' && (
              <DataList.Item>
                <DataList.ItemLabel>{t('matrix.card.platformStatus')}</DataList.ItemLabel>
                <DataList.ItemValue>{words.platformStatus(cell.platformStatus)}</DataList.ItemValue>
              </DataList.Item>
            )}
            <DataList.Item>
              <DataList.ItemLabel>{t('matrix.card.threshold')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <ThresholdLine cell={cell} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('matrix.card.trend')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <TrendLine cell={cell} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('matrix.card.projection')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <ProjectionLine cell={cell} />
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          {cell.recentValues.some((value) => value !== null) && (
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('matrix.card.last30')}
              </Text>
              <Sparkline
                values={cell.recentValues}
                watch={cell.watch}
                breach={cell.breach}
                width={306}
                height={44}
                color={sparkColor}
                label={t('matrix.card.sparkline', { metric: metricLabel(metricKey) })}
              />
            </Stack>
          )}
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('matrix.card.openHint')}
      </Text>
    </Stack>
  );
}
