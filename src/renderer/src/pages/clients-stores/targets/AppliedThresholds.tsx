import { Group, Paper, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorState } from '../../../components/ErrorState';
import { ThresholdOriginBadge } from '../../../components/ThresholdOriginBadge';
import { useAppliedThresholds } from '../../../hooks/use-thresholds';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { formatMetricValue } from '../../../metrics/format-metric-value';
import { catalogOrder } from '../../../metrics/metric-options';
import { useMetricLabel } from '../../../metrics/use-metric-label';

/** A threshold applies, or the platform's own status is the verdict. */
function isJudged(cell: MatrixCell): boolean {
  return cell.breach !== null || findMetric(cell.metricKey)?.unit === 'status';
}

/** The threshold each evaluated metric of a store is judged by today, and where it comes from. */
export function AppliedThresholds({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  const metricLabel = useMetricLabel();
  const matrix = useAppliedThresholds(storeId);
  const { judged, unjudged } = useMemo(() => {
    const cells = [...(matrix.data ?? [])].sort((a, b) => catalogOrder(a.metricKey) - catalogOrder(b.metricKey));
    // Sales and traffic figures are tracked without a level unless someone sets one; listing
    // them all in the table would bury the thresholds that do apply.
    return { judged: cells.filter(isJudged), unjudged: cells.filter((cell) => !isJudged(cell)) };
  }, [matrix.data]);

  if (matrix.isPending) return <CenteredLoader />;
  if (matrix.error) return <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  if (judged.length === 0 && unjudged.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="applied-thresholds-empty">
        {t('targets.applied.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Paper withBorder radius="md">
        <ScrollArea.Autosize mah={360} type="auto">
          <Table verticalSpacing={6} horizontalSpacing="sm" striped stickyHeader miw={560} styles={{ th: { whiteSpace: 'nowrap' } }} data-testid="applied-thresholds">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.columns.metric')}</Table.Th>
                <Table.Th ta="right">{t('targets.columns.watch')}</Table.Th>
                <Table.Th ta="right">{t('targets.columns.breach')}</Table.Th>
                <Table.Th>{t('targets.columns.origin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {judged.map((cell) => (
                <AppliedThresholdRow key={cell.metricKey} cell={cell} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Paper>
      {unjudged.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('targets.applied.unjudged', {
            count: unjudged.length,
            metrics: unjudged.map((cell) => metricLabel(cell.metricKey)).join(t('targets.applied.listSeparator')),
          })}
        </Text>
      )}
    </Stack>
  );
}

function AppliedThresholdRow({ cell }: { cell: MatrixCell }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metric = findMetric(cell.metricKey);
  const unit = metric?.unit ?? 'count';
  const DirectionIcon = metric?.direction === 'higher_is_better' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Tr data-metric={cell.metricKey} data-origin={cell.thresholdOrigin ?? undefined}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {metric && (
            <Tooltip label={t(`targets.direction.${metric.direction}`)}>
              <DirectionIcon size={14} color="var(--mantine-color-dimmed)" aria-label={t(`targets.direction.${metric.direction}`)} />
            </Tooltip>
          )}
          <Text size="sm">{metric?.labels[language] ?? cell.metricKey}</Text>
        </Group>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatMetricValue(cell.watch, unit, language)}</Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={500}>
          {formatMetricValue(cell.breach, unit, language)}
        </Text>
      </Table.Td>
      <Table.Td>
        {cell.thresholdOrigin ? (
          <ThresholdOriginBadge origin={cell.thresholdOrigin} source={cell.thresholdSource} />
        ) : (
          <Text size="xs" c="dimmed">
            {t('targets.applied.platformVerdict')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
