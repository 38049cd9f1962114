import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useLogClientRequest } from '../../hooks/use-sla';

export function LogRequestModal({ contract, opened, onClose }: { contract: Contract; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const log = useLogClientRequest();
  const [title, setTitle] = useState('');
  const [store, setStore] = useState('none');
  const submit = async () => {
    try {
      await log.mutateAsync({ contractId: contract.id, title, storeId: store === 'none' ? null : Number(store) });
      notifySuccess(t('sla.notify.logged'));
      setTitle('');
      onClose();
    } catch (error) {
      notifyError(t, error);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('sla.logRequest')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput label={t('sla.requestTitle')} withAsterisk value={title} onChange={(event) => setTitle(event.currentTarget.value)} data-autofocus />
          <Select
            label={t('contracts.targets.store')}
            data={[{ value: 'none', label: t('sla.allStores') }, ...contract.stores.map((candidate) => ({ value: String(candidate.storeId), label: candidate.displayName }))]}
            value={store}
            onChange={(value) => setStore(value ?? 'none')}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={title.trim() === ''} loading={log.isPending}>
              {t('sla.logRequest')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
