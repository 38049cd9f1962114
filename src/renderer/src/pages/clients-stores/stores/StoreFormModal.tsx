import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Store } from '@shared/api/store-schemas';
import { StoreForm } from './StoreForm';

interface StoreFormModalProps {
  opened: boolean;
  store: Store | null;
  defaultClientId: number | null;
  onClose: () => void;
}

export function StoreFormModal({ opened, store, defaultClientId, onClose }: StoreFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(store ? 'stores.form.editTitle' : 'stores.form.createTitle')}
      size={720}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <StoreForm key={store?.id ?? 'new'} store={store} defaultClientId={defaultClientId} onClose={onClose} />
    </Modal>
  );
}
