import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { ContractForm } from './ContractForm';

export function ContractFormModal({ opened, contract, onClose }: { opened: boolean; contract: Contract | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(contract ? 'contracts.form.editTitle' : 'contracts.form.createTitle')} size={820} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <ContractForm key={contract?.id ?? 'new'} contract={contract} onClose={onClose} />
    </Modal>
  );
}
