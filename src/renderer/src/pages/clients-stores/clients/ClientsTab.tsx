import { useDebouncedValue } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/client-schemas';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorState } from '../../../components/ErrorState';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { useArchiveClient, useClients, useRestoreClient } from '../../../hooks/use-clients';
import { useModalTarget } from '../../../hooks/use-modal-target';
import { ListEmpty } from '../ListState';
import { ListToolbar } from '../ListToolbar';
import { TargetsDrawer } from '../targets/TargetsDrawer';
import { ClientFormModal } from './ClientFormModal';
import { ClientsTable } from './ClientsTable';

export function ClientsTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [includeArchived, setIncludeArchived] = useState(false);
  const clients = useClients({ search: debouncedSearch || undefined, includeArchived });
  const editor = useModalTarget<Client>();
  const archiving = useModalTarget<Client>();
  const targets = useModalTarget<Client>();
  const archive = useArchiveClient();
  const restore = useRestoreClient();

  const confirmArchive = async (client: Client) => {
    try {
      await archive.mutateAsync({ id: client.id });
      notifySuccess(t('clients.notify.archived', { name: client.name }));
      archiving.close();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const restoreClient = async (client: Client) => {
    try {
      await restore.mutateAsync({ id: client.id });
      notifySuccess(t('clients.notify.restored', { name: client.name }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  const openNew = () => editor.open(null);
  const list = clients.data ?? [];
  return (
    <>
      <ListToolbar
        entity="clients"
        search={search}
        onSearchChange={setSearch}
        searchPlaceholder={t('clients.searchPlaceholder')}
        includeArchived={includeArchived}
        onIncludeArchivedChange={setIncludeArchived}
        newLabel={t('clients.newButton')}
        onNew={openNew}
      />
      {clients.isPending && <CenteredLoader />}
      {clients.error && <ErrorState error={clients.error} onRetry={() => void clients.refetch()} />}
      {clients.isSuccess && list.length === 0 && (
        <ListEmpty
          icon={IconUsers}
          filtered={Boolean(debouncedSearch)}
          title={t('clients.empty.title')}
          description={t('clients.empty.description')}
          newLabel={t('clients.newButton')}
          onNew={openNew}
        />
      )}
      {list.length > 0 && (
        <ClientsTable
          clients={list}
          onEdit={editor.open}
          onArchive={archiving.open}
          onRestore={(client) => void restoreClient(client)}
          onTargets={targets.open}
        />
      )}
      <ClientFormModal opened={editor.opened} client={editor.target} onClose={editor.close} />
      <TargetsDrawer
        opened={targets.opened}
        subject={targets.target && { kind: 'client', client: targets.target }}
        onClose={targets.close}
      />
      <ConfirmModal
        opened={archiving.opened}
        title={t('clients.archiveConfirm.title')}
        body={t('clients.archiveConfirm.body', { name: archiving.target?.name ?? '', count: archiving.target?.storeCount ?? 0 })}
        confirmLabel={t('common.archive')}
        loading={archive.isPending}
        onConfirm={() => archiving.target && void confirmArchive(archiving.target)}
        onClose={archiving.close}
      />
    </>
  );
}
