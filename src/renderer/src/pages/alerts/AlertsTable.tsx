import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Alert } from '@shared/api/alert-schemas';
import { AlertSeverityBadge } from '../../components/AlertSeverityBadge';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useAlertMetricLabel } from './use-alert-metric-label';
import { storeHref } from '../overview/view-links';
import { AlertStateBadge } from './AlertStateBadge';
import { alertValueText } from './alert-value';
import { formatAlertAge } from './format-alert-age';

interface AlertsTableProps {
  alerts: readonly Alert[];
  selected: ReadonlySet<number>;
  onSelect: (ids: readonly number[], selected: boolean) => void;
  onOpen: (alert: Alert) => void;
  now: Date;
  today: string;
}

/** One page of the inbox, most severe and longest waiting first (the backend's order). */
export function AlertsTable({ alerts, selected, onSelect, onOpen, now, today }: AlertsTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useAlertMetricLabel();
  const ids = alerts.map((alert) => alert.id);
  const selectedHere = ids.filter((id) => selected.has(id)).length;

  return (
    <DataTable minWidth={920} horizontalSpacing="xs" testId="alerts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('alerts.select.page')}
              checked={selectedHere > 0 && selectedHere === ids.length}
              indeterminate={selectedHere > 0 && selectedHere < ids.length}
              onChange={(event) => onSelect(ids, event.currentTarget.checked)}
              data-testid="alerts-select-page"
            />
          </Table.Th>
          <Table.Th>{t('alerts.columns.severity')}</Table.Th>
          <Table.Th>{t('alerts.columns.store')}</Table.Th>
          <Table.Th>{t('alerts.columns.metric')}</Table.Th>
          <Table.Th ta="right">{t('alerts.columns.value')}</Table.Th>
          <Table.Th>{t('alerts.columns.age')}</Table.Th>
          <Table.Th>{t('alerts.columns.assignee')}</Table.Th>
          <Table.Th>{t('alerts.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {alerts.map((alert) => {
          const metric = metricLabel(alert.metricKey);
          const name = t('alerts.alertName', { metric, store: alert.storeName });
          const isSelected = selected.has(alert.id);
          return (
            <Table.Tr key={alert.id} bg={isSelected ? 'var(--mantine-color-gray-0)' : undefined} data-alert={alert.id} data-testid="alert-row">
              <Table.Td>
                <Checkbox
                  aria-label={t('alerts.select.one', { name })}
                  checked={isSelected}
                  onChange={(event) => onSelect([alert.id], event.currentTarget.checked)}
                  data-testid="alert-select"
                />
              </Table.Td>
              <Table.Td>
                <AlertSeverityBadge severity={alert.severity} />
              </Table.Td>
              <Table.Td maw={220}>
                <Stack gap={0}>
                  <Anchor component={Link} to={storeHref(alert.storeId)} size="sm" fw={600} truncate="end">
                    {alert.storeName}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate="end">
                    {alert.clientName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td maw={280}>
                <Stack gap={0} align="flex-start">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    aria-label={t('alerts.openDetails', { name })}
                    onClick={() => onOpen(alert)}
                    data-testid="alert-open"
                  >
                    {metric}
                  </Anchor>
                  <Text size="xs" c="dimmed" data-testid="alert-kind">
                    {t(`alerts.kinds.${alert.kind}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {alertValueText(alert, language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(alert.openedAt, language)}>
                  {formatAlertAge(alert.openedAt, now, language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={alert.assignee ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {alert.assignee ?? t('alerts.unassigned')}
                </Text>
              </Table.Td>
              <Table.Td>
                <AlertStateBadge alert={alert} today={today} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
