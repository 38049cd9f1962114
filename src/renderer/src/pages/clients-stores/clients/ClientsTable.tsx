import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from '@shared/api/client-schemas';
import { DataTable } from '../../../components/DataTable';
import { ArchivedBadge } from '../../../components/ArchivedBadge';
import { RowActions } from '../RowActions';

interface ClientsTableProps {
  clients: Client[];
  onEdit: (client: Client) => void;
  onArchive: (client: Client) => void;
  onRestore: (client: Client) => void;
  onTargets: (client: Client) => void;
}

export function ClientsTable({ clients, onEdit, onArchive, onRestore, onTargets }: ClientsTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable minWidth={760} testId="clients-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('clients.columns.contact')}</Table.Th>
              <Table.Th>{t('fields.language')}</Table.Th>
              <Table.Th>{t('clients.columns.currency')}</Table.Th>
              <Table.Th ta="right">{t('clients.columns.stores')}</Table.Th>
              <Table.Th w={124}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((client) => {
              const archived = client.archivedAt !== null;
              return (
                <Table.Tr key={client.id} c={archived ? 'dimmed' : undefined} data-archived={archived || undefined}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600} size="sm" td={archived ? 'line-through' : undefined}>
                        {client.name}
                      </Text>
                      {archived && <ArchivedBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{client.contactName ?? t('common.none')}</Text>
                      {client.contactEmail && (
                        <Text size="xs" c="dimmed">
                          {client.contactEmail}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`languages.${client.language}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{client.reportingCurrency}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor component={Link} to={`/clients-stores/stores?client=${client.id}`} size="sm">
                      {t('clients.storeCount', { count: client.storeCount })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      name={client.name}
                      archived={archived}
                      onEdit={() => onEdit(client)}
                      onArchive={() => onArchive(client)}
                      onRestore={() => onRestore(client)}
                      onTargets={() => onTargets(client)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
    </DataTable>
  );
}
