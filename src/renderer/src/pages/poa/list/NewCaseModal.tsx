import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NewCaseForm } from './NewCaseForm';

interface NewCaseModalProps {
  opened: boolean;
  /** The store to start from (the store page's button), if any. */
  storeId: number | null;
  today: string;
  onClose: () => void;
  onCreated: (caseId: number) => void;
}

export function NewCaseModal({ opened, storeId, today, onClose, onCreated }: NewCaseModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('poa.form.title')} size={760} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <NewCaseForm key={storeId ?? 'none'} storeId={storeId} today={today} onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}
