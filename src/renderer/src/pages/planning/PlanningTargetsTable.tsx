import { ActionIcon, Anchor, Badge, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PlanningTarget } from '@shared/api/planning-schemas';
import { DataTable } from '../../components/DataTable';
import { notifyError } from '../../errors/notify-error';
import { useRemovePlanningTarget } from '../../hooks/use-planning';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { formatShare, formatTargetValue } from './planning-format';
import { TargetStatusBadge } from './TargetStatusBadge';

function attainmentColor(target: PlanningTarget): string {
  if (target.status === 'achieved' || target.status === 'on_track') return 'teal';
  return target.status === 'missed' ? 'red' : 'yellow';
}

/** Period targets with their value so far and attainment. */
interface PlanningTargetsTableProps {
  targets: PlanningTarget[];
  testId: string;
  /** Adds a delete action per row. */
  removable?: boolean;
  /** Off where every row has the same owner (a person's scorecard). */
  showOwner?: boolean;
}

export function PlanningTargetsTable({ targets, testId, removable = false, showOwner = true }: PlanningTargetsTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const remove = useRemovePlanningTarget();
  return (
    <DataTable minWidth={showOwner ? 1000 : 860} horizontalSpacing="sm" testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('planning.targets.metric')}</Table.Th>
          <Table.Th>{t('planning.targets.period')}</Table.Th>
          <Table.Th>{t('planning.targets.target')}</Table.Th>
          <Table.Th>{t('planning.targets.actual')}</Table.Th>
          <Table.Th miw={140}>{t('planning.targets.attainment')}</Table.Th>
          <Table.Th>{t('planning.targets.status')}</Table.Th>
          {showOwner && <Table.Th>{t('planning.targets.owner')}</Table.Th>}
          <Table.Th>{t('planning.targets.weight')}</Table.Th>
          {removable && (
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {targets.map((target) => {
          const name = metricLabel(target.metricKey);
          return (
            <Table.Tr key={target.id} data-target={target.id} data-metric={target.metricKey}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    <Badge size="xs" variant="light" miw="max-content" color={target.kpiKind === 'process' ? 'violet' : 'blue'}>
                      {t(`planning.kpiKinds.${target.kpiKind}`)}
                    </Badge>
                  </Group>
                  <Anchor component={Link} to={`/stores/${target.storeId}`} size="xs">
                    {target.storeName}
                  </Anchor>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{target.period}</Text>
                  {target.label && (
                    <Text size="xs" c="dimmed">
                      {target.label}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatTargetValue(target, target.targetValue, language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatTargetValue(target, target.actualValue, language)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm">{formatShare(target.attainment, language)}</Text>
                  {target.attainment !== null && (
                    <Progress
                      value={Math.min(100, target.attainment * 100)}
                      color={attainmentColor(target)}
                      size="sm"
                      aria-label={t('planning.targets.attainmentOf', { name })}
                    />
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <TargetStatusBadge status={target.status} />
              </Table.Td>
              {showOwner && (
                <Table.Td>
                  {target.ownerName ? (
                    <Stack gap={0}>
                      <Text size="sm">{target.ownerName}</Text>
                      <Text size="xs" c="dimmed">
                        {target.ownerRole && t(`planning.roles.${target.ownerRole}`)}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('planning.targets.unowned')}
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{target.weight}</Text>
              </Table.Td>
              {removable && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('planning.targets.removeNamed', { name })}
                    loading={remove.isPending && remove.variables?.id === target.id}
                    onClick={() => remove.mutate({ id: target.id }, { onError: (error) => notifyError(t, error) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
