import { Button, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { PageHeader } from '../../components/PageHeader';
import { useModalTarget } from '../../hooks/use-modal-target';
import { ContractFormModal } from './ContractFormModal';
import { ContractsList } from './ContractsList';
import { SlaBoard } from './SlaBoard';

export function ContractsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'sla' ? 'sla' : 'contracts';
  const editor = useModalTarget<Contract>();
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('contracts.title')}
        description={t('contracts.description')}
        actions={
          <Button onClick={() => editor.open(null)} data-testid="new-contract">
            {t('contracts.new')}
          </Button>
        }
      />
      <Tabs value={tab} onChange={(value) => setParams(value === 'sla' ? { tab: 'sla' } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="contracts">{t('contracts.tabs.contracts')}</Tabs.Tab>
          <Tabs.Tab value="sla" data-testid="sla-tab">
            {t('contracts.tabs.sla')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contracts">
          <ContractsList />
        </Tabs.Panel>
        <Tabs.Panel value="sla">
          <SlaBoard />
        </Tabs.Panel>
      </Tabs>
      <ContractFormModal opened={editor.opened} contract={editor.target} onClose={editor.close} />
    </Stack>
  );
}
