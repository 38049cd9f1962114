import { ActionIcon, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChartLine, IconPencil, IconTrash } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiTarget, TargetProgress } from '@shared/api/agency-contract-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { DataTable } from '../../components/DataTable';
import { notifyError } from '../../errors/notify-error';
import { useRemoveKpiTarget } from '../../hooks/use-contracts';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMetricValue } from '../../metrics/format-metric-value';
import { TargetProgressChart } from './TargetProgressChart';
import { progressBar } from './target-progress';

interface TargetsTableProps {
  targets: KpiTarget[];
  progress: TargetProgress[];
  onEdit: (target: KpiTarget) => void;
}

export function TargetsTable({ targets, progress, onEdit }: TargetsTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const remove = useRemoveKpiTarget();
  const [charted, setCharted] = useState<number | null>(null);
  return (
    <DataTable minWidth={900} horizontalSpacing="sm" testId="targets-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contracts.targets.metric')}</Table.Th>
          <Table.Th>{t('contracts.targets.baseline')}</Table.Th>
          <Table.Th>{t('contracts.targets.current')}</Table.Th>
          <Table.Th>{t('contracts.targets.target')}</Table.Th>
          <Table.Th miw={160}>{t('contracts.targets.progress')}</Table.Th>
          <Table.Th>{t('fields.status')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {targets.map((target) => {
          const metric = findMetric(target.metricKey);
          const unit = metric?.unit ?? 'count';
          const format = (value: number | null) => formatMetricValue(value, unit, language) + (value !== null && target.currency ? ` ${target.currency}` : '');
          const row = progress.find((candidate) => candidate.targetId === target.id);
          const bar = progressBar(row?.progress ?? null);
          const name = metric?.labels[language] ?? target.metricKey;
          return (
            <Fragment key={target.id}>
              <Table.Tr data-target={target.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {target.storeName ?? t('contracts.targets.allStores')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{format(target.baselineValue)}</Text>
                    <Text size="xs" c="dimmed">
                      {target.baselineSource === 'snapshot' && target.baselineDate
                        ? t('contracts.targets.baselineSnapshot', { date: formatDay(target.baselineDate, language) })
                        : target.baselineSource === 'manual'
                          ? t('contracts.targets.baselineManual')
                          : t('contracts.targets.baselineNone')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format(row?.currentValue ?? null)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{format(target.targetValue)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('contracts.targets.by', { date: formatDay(target.targetDate, language) })}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {bar ? (
                    <Stack gap={2}>
                      <Progress value={bar.percent} color={bar.worseThanBaseline ? 'red' : 'teal'} aria-label={t('contracts.targets.progressOf', { name })} />
                      <Text size="xs" c={bar.worseThanBaseline ? 'red.8' : 'dimmed'}>
                        {bar.worseThanBaseline ? t('contracts.targets.worseThanBaseline') : `${bar.percent} %`}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('contracts.targets.noProgress')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row ? t(`contracts.targetStatuses.${row.status}`) : ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant={charted === target.id ? 'light' : 'subtle'}
                      aria-label={t(charted === target.id ? 'contracts.targets.hideChart' : 'contracts.targets.showChart', { name })}
                      aria-expanded={charted === target.id}
                      disabled={!row}
                      onClick={() => setCharted(charted === target.id ? null : target.id)}
                      data-testid="target-chart-toggle"
                    >
                      <IconChartLine size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" aria-label={t('common.editNamed', { name })} onClick={() => onEdit(target)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('contracts.targets.removeNamed', { name })}
                      onClick={() => remove.mutateAsync({ id: target.id }).catch((error: unknown) => notifyError(t, error))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
              {charted === target.id && row && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <TargetProgressChart progress={row} unit={unit} name={name} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
