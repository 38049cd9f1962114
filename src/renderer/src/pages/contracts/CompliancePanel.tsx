import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useSlaCompliance } from '../../hooks/use-sla';
import { SlaItemsTable } from './SlaItemsTable';

const COUNTS = ['met', 'breached', 'waived', 'pending'] as const;

/** Met on time ÷ due, for the contract's items of the month, with the list behind it. */
export function CompliancePanel({ clientId, contractId, month }: { clientId: number; contractId: number; month: string }) {
  const { t } = useTranslation();
  const compliance = useSlaCompliance({ clientId, month });
  if (compliance.isPending) return <CenteredLoader />;
  if (compliance.isError) return <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />;
  const items = compliance.data.items.filter((item) => item.contractId === contractId);
  const count = (status: (typeof COUNTS)[number]) =>
    items.filter((item) => (status === 'pending' ? item.status === 'open' || item.status === 'paused' : item.status === status)).length;
  const met = count('met');
  const due = met + count('breached');
  return (
    <Stack gap="sm" data-testid="compliance">
      <Paper withBorder radius="md" p="md">
        <Group gap="xl">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('sla.compliance.rate')}
            </Text>
            <Text size="xl" fw={700} data-testid="compliance-rate">
              {due === 0 ? t('common.none') : `${Math.round((met / due) * 100)} %`}
            </Text>
          </Stack>
          {COUNTS.map((status) => (
            <Stack key={status} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`sla.compliance.${status}`)}
              </Text>
              <Text size="lg" fw={600} data-testid={`compliance-${status}`}>
                {count(status)}
              </Text>
            </Stack>
          ))}
        </Group>
      </Paper>
      {items.length > 0 && <SlaItemsTable items={items} showContract={false} testId="compliance-items" />}
    </Stack>
  );
}
