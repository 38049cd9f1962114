import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconCheck, IconKey, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionProvider, Credential, CredentialName } from '@shared/api/credential-schemas';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { useRemoveCredential } from '../../../hooks/use-connections';
import { formatDateTime } from '../../../i18n/format-values';
import { credentialNamesOf } from './connection-providers';
import { SecretModal } from './SecretModal';

/** One row per secret the provider needs: stored or missing, when used and rotated; set, replace, remove. */
export function CredentialTable({ storeId, provider, credentials }: { storeId: number; provider: ConnectionProvider; credentials: Credential[] }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveCredential();
  const [editing, setEditing] = useState<{ name: CredentialName; replacing: boolean } | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  return (
    <>
      <Table data-testid="credential-table" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('connections.credential')}</Table.Th>
            <Table.Th>{t('connections.state')}</Table.Th>
            <Table.Th>{t('connections.lastUsed')}</Table.Th>
            <Table.Th>{t('connections.lastRotated')}</Table.Th>
            <Table.Th>{t('connections.reminder')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {credentialNamesOf(provider).map((name) => {
            const stored = credentials.find((c) => c.name === name);
            const label = t(`connections.names.${name}`);
            return (
              <Table.Tr key={name}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  {stored ? (
                    <Badge miw="max-content" color="teal" variant="light" leftSection={<IconCheck size={12} />}>
                      {t('connections.stored')}
                    </Badge>
                  ) : (
                    <Badge miw="max-content" color="gray" variant="light" leftSection={<IconX size={12} />}>
                      {t('connections.missing')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{when(stored?.lastUsedAt ?? null)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{when(stored?.lastRotatedAt ?? null)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{stored?.rotationReminderOn ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-sm" variant="light" leftSection={<IconKey size={14} />} onClick={() => setEditing({ name, replacing: Boolean(stored) })} data-testid={`set-${name}`}>
                      {t(stored ? 'connections.replace' : 'connections.set')}
                    </Button>
                    {stored && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('connections.removeNamed', { name: label })}
                        onClick={() =>
                          remove
                            .mutateAsync({ id: stored.id })
                            .then(() => notifySuccess(t('connections.removed')))
                            .catch((error: unknown) => notifyError(t, error))
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && <SecretModal storeId={storeId} provider={provider} name={editing.name} replacing={editing.replacing} onClose={() => setEditing(null)} />}
    </>
  );
}
