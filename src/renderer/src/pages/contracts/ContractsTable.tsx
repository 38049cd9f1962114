import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { DataTable } from '../../components/DataTable';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMoneyMinor } from '../../metrics/format-metric-value';
import { LifecycleBadge } from './LifecycleBadge';
import { bpsToPercent } from './money-units';

interface ContractsTableProps {
  contracts: Contract[];
  /** Open SLA items per contract id. */
  openItems: ReadonlyMap<number, number>;
}

export function ContractsTable({ contracts, openItems }: ContractsTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <DataTable minWidth={900} horizontalSpacing="sm" testId="contracts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contracts.fields.name')}</Table.Th>
          <Table.Th>{t('fields.client')}</Table.Th>
          <Table.Th>{t('contracts.fields.tier')}</Table.Th>
          <Table.Th>{t('contracts.columns.period')}</Table.Th>
          <Table.Th>{t('fields.status')}</Table.Th>
          <Table.Th>{t('contracts.columns.stores')}</Table.Th>
          <Table.Th>{t('contracts.columns.fees')}</Table.Th>
          <Table.Th>{t('contracts.columns.openSla')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contracts.map((contract) => (
          <Table.Tr key={contract.id} data-contract={contract.id}>
            <Table.Td>
              <Anchor component={Link} to={`/contracts/${contract.id}`} fw={600} size="sm">
                {contract.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{contract.clientName}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`contracts.tiers.${contract.tier}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDay(contract.startDate, language)} – {contract.endDate ? formatDay(contract.endDate, language) : t('contracts.openEnded')}
              </Text>
            </Table.Td>
            <Table.Td miw={96} style={{ whiteSpace: 'nowrap' }}>
              <LifecycleBadge lifecycle={contract.lifecycle} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{contract.stores.length}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoneyMinor(contract.baseFeeMinor, contract.currency, language)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('contracts.commissionShort', { percent: bpsToPercent(contract.commissionBps) })}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{openItems.get(contract.id) ?? 0}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
