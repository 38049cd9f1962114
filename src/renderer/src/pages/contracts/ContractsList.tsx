import { Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useContracts } from '../../hooks/use-contracts';
import { useSlaItems } from '../../hooks/use-sla';
import { ContractsTable } from './ContractsTable';

export function ContractsList() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const contracts = useContracts({ includeArchived });
  const open = useSlaItems({ status: 'open' });
  const openItems = useMemo(() => {
    const counts = new Map<number, number>();
    for (const item of open.data ?? []) counts.set(item.contractId, (counts.get(item.contractId) ?? 0) + 1);
    return counts;
  }, [open.data]);
  if (contracts.isPending) return <CenteredLoader />;
  if (contracts.isError) return <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />;
  return (
    <Stack gap="sm">
      <Switch label={t('common.includeArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      {contracts.data.length === 0 ? <Text c="dimmed">{t('contracts.empty')}</Text> : <ContractsTable contracts={contracts.data} openItems={openItems} />}
    </Stack>
  );
}
