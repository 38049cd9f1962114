import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { KpiTarget } from '@shared/api/agency-contract-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../errors/notify-error';
import { useArchiveContract, useContract, useContractProgress, useRestoreContract } from '../../hooks/use-contracts';
import { useModalTarget } from '../../hooks/use-modal-target';
import { useSlaItems } from '../../hooks/use-sla';
import { localToday } from '../../i18n/format-values';
import { CompliancePanel } from './CompliancePanel';
import { ContractFormModal } from './ContractFormModal';
import { ContractTerms } from './ContractTerms';
import { FeeStatementPanel } from './FeeStatementPanel';
import { LogRequestModal } from './LogRequestModal';
import { SlaItemsTable } from './SlaItemsTable';
import { TargetFormModal } from './TargetFormModal';
import { TargetsTable } from './TargetsTable';

export function ContractPage() {
  const { t } = useTranslation();
  const id = Number(useParams().contractId);
  const contract = useContract(id);
  const progress = useContractProgress(id);
  const openItems = useSlaItems({ contractId: id > 0 ? id : undefined, status: 'open' });
  const pausedItems = useSlaItems({ contractId: id > 0 ? id : undefined, status: 'paused' });
  const editor = useModalTarget<true>();
  const targetEditor = useModalTarget<KpiTarget>();
  const [logging, setLogging] = useState(false);
  const [month, setMonth] = useState(localToday().slice(0, 7));
  const archive = useArchiveContract();
  const restore = useRestoreContract();

  if (contract.isPending) return <CenteredLoader />;
  if (contract.isError) return <ErrorState error={contract.error} onRetry={() => void contract.refetch()} />;
  const data = contract.data;
  const open = [...(openItems.data ?? []), ...(pausedItems.data ?? [])];
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/contracts" size="sm">
          {t('contracts.backToList')}
        </Anchor>
        <PageHeader
          title={data.name}
          description={data.clientName}
          actions={
            <Group gap="xs">
              <Button variant="default" onClick={() => editor.open(true)} data-testid="edit-contract">
                {t('common.edit')}
              </Button>
              <Button
                variant="default"
                onClick={() => (data.archivedAt ? restore : archive).mutateAsync({ id: data.id }).catch((error: unknown) => notifyError(t, error))}
              >
                {t(data.archivedAt ? 'common.restore' : 'common.archive')}
              </Button>
            </Group>
          }
        />
      </Stack>
      <ContractTerms contract={data} />

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t('contracts.targets.title')}</Title>
          <Button size="xs" onClick={() => targetEditor.open(null)} data-testid="add-target">
            {t('contracts.targets.add')}
          </Button>
        </Group>
        {data.targets.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('contracts.targets.empty')}
          </Text>
        ) : (
          <TargetsTable targets={data.targets} progress={progress.data ?? []} onEdit={(target) => targetEditor.open(target)} />
        )}
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t('contracts.openSlaTitle')}</Title>
          <Button size="xs" variant="light" onClick={() => setLogging(true)} data-testid="log-request">
            {t('sla.logRequest')}
          </Button>
        </Group>
        {open.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('sla.noItems')}
          </Text>
        ) : (
          <SlaItemsTable items={open} showContract={false} testId="contract-sla-items" />
        )}
      </Stack>

      <TextInput type="month" w={200} label={t('contracts.month')} value={month} onChange={(event) => setMonth(event.currentTarget.value)} data-testid="contract-month" />
      <Stack gap="xs">
        <Title order={3}>{t('sla.compliance.title')}</Title>
        {validMonth && <CompliancePanel clientId={data.clientId} contractId={data.id} month={month} />}
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('contracts.fees.title')}</Title>
        {validMonth && <FeeStatementPanel clientId={data.clientId} contractId={data.id} month={month} />}
      </Stack>

      <ContractFormModal opened={editor.opened} contract={data} onClose={editor.close} />
      <TargetFormModal contract={data} opened={targetEditor.opened} target={targetEditor.target} onClose={targetEditor.close} />
      <LogRequestModal contract={data} opened={logging} onClose={() => setLogging(false)} />
    </Stack>
  );
}
