import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/client-schemas';
import { ClientForm } from './ClientForm';

export function ClientFormModal({ opened, client, onClose }: { opened: boolean; client: Client | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(client ? 'clients.form.editTitle' : 'clients.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ClientForm key={client?.id ?? 'new'} client={client} onClose={onClose} />
    </Modal>
  );
}
