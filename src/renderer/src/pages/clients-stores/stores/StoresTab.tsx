import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingStore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Store } from '@shared/api/store-schemas';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorState } from '../../../components/ErrorState';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { useClients } from '../../../hooks/use-clients';
import { useModalTarget } from '../../../hooks/use-modal-target';
import { useArchiveStore, useRestoreStore, useStores } from '../../../hooks/use-stores';
import { ListEmpty } from '../ListState';
import { ListToolbar } from '../ListToolbar';
import { TargetsDrawer } from '../targets/TargetsDrawer';
import { StoreFormModal } from './StoreFormModal';
import { StoresTable } from './StoresTable';

export function StoresTab() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const clientId = Number(params.get('client')) || undefined;
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [includeArchived, setIncludeArchived] = useState(false);
  const stores = useStores({ search: debouncedSearch || undefined, includeArchived, clientId });
  const clients = useClients({ includeArchived: true });
  const editor = useModalTarget<Store>();
  const archiving = useModalTarget<Store>();
  const targets = useModalTarget<Store>();
  const archive = useArchiveStore();
  const restore = useRestoreStore();

  const confirmArchive = async (store: Store) => {
    try {
      await archive.mutateAsync({ id: store.id });
      notifySuccess(t('stores.notify.archived', { name: store.displayName }));
      archiving.close();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const restoreStore = async (store: Store) => {
    try {
      await restore.mutateAsync({ id: store.id });
      notifySuccess(t('stores.notify.restored', { name: store.displayName }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  const setClientFilter = (id: number | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id === null) next.delete('client');
      else next.set('client', String(id));
      return next;
    });

  const openNew = () => editor.open(null);
  const list = stores.data ?? [];
  return (
    <>
      <ListToolbar
        entity="stores"
        search={search}
        onSearchChange={setSearch}
        searchPlaceholder={t('stores.searchPlaceholder')}
        includeArchived={includeArchived}
        onIncludeArchivedChange={setIncludeArchived}
        newLabel={t('stores.newButton')}
        onNew={openNew}
        filters={
          <Select<number>
            aria-label={t('stores.clientFilter')}
            placeholder={t('stores.allClients')}
            data={(clients.data ?? []).map((client) => ({ value: client.id, label: client.name }))}
            value={clientId ?? null}
            onChange={setClientFilter}
            clearable
            clearButtonProps={{ 'aria-label': t('stores.clearClientFilter') }}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            w={220}
            data-testid="stores-client-filter"
          />
        }
      />
      {stores.isPending && <CenteredLoader />}
      {stores.error && <ErrorState error={stores.error} onRetry={() => void stores.refetch()} />}
      {stores.isSuccess && list.length === 0 && (
        <ListEmpty
          icon={IconBuildingStore}
          filtered={Boolean(debouncedSearch) || clientId !== undefined}
          title={t('stores.empty.title')}
          description={t('stores.empty.description')}
          newLabel={t('stores.newButton')}
          onNew={openNew}
        />
      )}
      {list.length > 0 && (
        <StoresTable
          stores={list}
          onEdit={editor.open}
          onArchive={archiving.open}
          onRestore={(store) => void restoreStore(store)}
          onTargets={targets.open}
        />
      )}
      <StoreFormModal opened={editor.opened} store={editor.target} defaultClientId={clientId ?? null} onClose={editor.close} />
      <TargetsDrawer
        opened={targets.opened}
        subject={targets.target && { kind: 'store', store: targets.target }}
        onClose={targets.close}
      />
      <ConfirmModal
        opened={archiving.opened}
        title={t('stores.archiveConfirm.title')}
        body={t('stores.archiveConfirm.body', { name: archiving.target?.displayName ?? '' })}
        confirmLabel={t('common.archive')}
        loading={archive.isPending}
        onConfirm={() => archiving.target && void confirmArchive(archiving.target)}
        onClose={archiving.close}
      />
    </>
  );
}
