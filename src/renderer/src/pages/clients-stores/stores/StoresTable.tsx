import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Store } from '@shared/api/store-schemas';
import { DataTable } from '../../../components/DataTable';
import { ArchivedBadge } from '../../../components/ArchivedBadge';
import { PlatformBadge } from '../../../components/PlatformBadge';
import { StoreStatusBadge } from '../../../components/StoreStatusBadge';
import { useDisplayNames } from '../../../i18n/use-display-names';
import { RowActions } from '../RowActions';

interface StoresTableProps {
  stores: Store[];
  onEdit: (store: Store) => void;
  onArchive: (store: Store) => void;
  onRestore: (store: Store) => void;
  onTargets: (store: Store) => void;
}

export function StoresTable({ stores, onEdit, onArchive, onRestore, onTargets }: StoresTableProps) {
  const { t } = useTranslation();
  const names = useDisplayNames();
  return (
    <DataTable minWidth={900} horizontalSpacing="sm" testId="stores-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={180}>{t('stores.columns.store')}</Table.Th>
              <Table.Th>{t('fields.client')}</Table.Th>
              <Table.Th>{t('stores.columns.platformMarketplace')}</Table.Th>
              <Table.Th>{t('fields.stage')}</Table.Th>
              <Table.Th>{t('fields.status')}</Table.Th>
              <Table.Th>{t('fields.accountManager')}</Table.Th>
              <Table.Th w={124}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stores.map((store) => {
              const archived = store.archivedAt !== null;
              return (
                <Table.Tr key={store.id} c={archived ? 'dimmed' : undefined} data-archived={archived || undefined}>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text fw={600} size="sm" td={archived ? 'line-through' : undefined}>
                        {store.displayName}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {store.sellerId}
                      </Text>
                      {archived && <ArchivedBadge />}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{store.clientName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <PlatformBadge platform={store.platform} />
                      <Text size="xs" c="dimmed">
                        {names.country(store.marketplace)} · {store.currency}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {t(`stages.${store.stage}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StoreStatusBadge status={store.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{store.accountManager ?? t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      name={store.displayName}
                      archived={archived}
                      onEdit={() => onEdit(store)}
                      onArchive={() => onArchive(store)}
                      onRestore={() => onRestore(store)}
                      onTargets={() => onTargets(store)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
    </DataTable>
  );
}
