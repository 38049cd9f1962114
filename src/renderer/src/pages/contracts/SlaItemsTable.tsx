import { ActionIcon, Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SlaItem } from '@shared/api/sla-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { SlaHistoryDrawer } from './SlaHistoryDrawer';
import { SlaItemActions } from './SlaItemActions';
import { SlaStatusBadge } from './SlaStatusBadge';
import { timeLeftParts } from './sla-time-left';

interface SlaItemsTableProps {
  items: SlaItem[];
  /** The board shows client and contract; a contract page does not repeat them. */
  showContract: boolean;
  testId: string;
}

export function SlaItemsTable({ items, showContract, testId }: SlaItemsTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const now = new Date();
  const [historyOf, setHistoryOf] = useState<SlaItem | null>(null);
  return (
    <>
      <DataTable minWidth={860} horizontalSpacing="sm" testId={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sla.columns.kind')}</Table.Th>
            {showContract && <Table.Th>{t('sla.columns.clientContract')}</Table.Th>}
            <Table.Th>{t('sla.columns.subject')}</Table.Th>
            <Table.Th>{t('sla.columns.due')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const left = timeLeftParts(item.dueAt, now);
            const open = item.status === 'open' || item.status === 'paused';
            const metric = item.metricKey ? findMetric(item.metricKey) : undefined;
            return (
              <Table.Tr key={item.id} data-sla-item={item.id} data-status={item.status}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {t(`sla.kinds.${item.kind}`)}
                  </Text>
                </Table.Td>
                {showContract && (
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{item.clientName}</Text>
                      <Anchor component={Link} to={`/contracts/${item.contractId}`} size="xs">
                        {item.contractName}
                      </Anchor>
                    </Stack>
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{item.storeName ?? t('sla.allStores')}</Text>
                    <Text size="xs" c="dimmed">
                      {item.title ?? (metric ? metric.labels[language] : null) ?? item.month ?? ''}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(item.dueAt, language)}
                    </Text>
                    {item.status === 'open' && (
                      <Text size="xs" c={left.overdue ? 'red.8' : 'dimmed'}>
                        {t(left.overdue ? 'sla.overdueBy' : 'sla.timeLeft', { hours: left.hours, minutes: left.minutes })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <SlaStatusBadge item={item} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {open && <SlaItemActions item={item} />}
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('sla.history.openNamed', { name: t(`sla.kinds.${item.kind}`) })}
                      onClick={() => setHistoryOf(item)}
                      data-testid="sla-history-open"
                    >
                      <IconHistory size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      <SlaHistoryDrawer item={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
