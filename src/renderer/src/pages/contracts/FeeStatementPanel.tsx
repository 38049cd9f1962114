import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { useFeeStatement } from '../../hooks/use-contracts';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMetricValue, formatMoneyMinor } from '../../metrics/format-metric-value';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { FeeLine } from '@shared/api/fee-schemas';
import { bpsToPercent } from './money-units';
import { feeWarningText } from './fee-warning-text';

/** The month's statement preview, only this contract's section. */
export function FeeStatementPanel({ clientId, contractId, month }: { clientId: number; contractId: number; month: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const statement = useFeeStatement({ clientId, month });
  if (statement.isPending) return <CenteredLoader />;
  if (statement.isError) return <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />;
  const section = statement.data.sections.find((candidate) => candidate.contractId === contractId);
  if (!section) return <Text c="dimmed">{t('contracts.fees.notCovered')}</Text>;

  const explain = (line: FeeLine): string => {
    switch (line.kind) {
      case 'base_fee':
        return t('contracts.fees.baseDetail', { days: line.detail.daysCovered, month: line.detail.daysInMonth });
      case 'commission':
        return t('contracts.fees.commissionDetail', { percent: bpsToPercent(line.detail.commissionBps), gmv: formatMoneyMinor(line.detail.gmvMinor, section.currency, language) });
      default: {
        const metric = findMetric(line.detail.metricKey);
        return t(line.detail.applied ? 'contracts.fees.clauseApplied' : 'contracts.fees.clauseNotApplied', {
          metric: metric?.labels[language] ?? line.detail.metricKey,
          value: formatMetricValue(line.detail.measuredValue, metric?.unit ?? 'count', language),
          condition: t(`contracts.conditions.${line.detail.condition}`),
          threshold: formatMetricValue(line.detail.threshold, metric?.unit ?? 'count', language),
        });
      }
    }
  };

  return (
    <Stack gap="xs" data-testid="fee-statement">
      <DataTable minWidth={640} testId="fee-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.fees.line')}</Table.Th>
            <Table.Th>{t('contracts.fees.explanation')}</Table.Th>
            <Table.Th ta="right">{t('contracts.fees.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {section.lines.map((line, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t(`contracts.fees.kinds.${line.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{explain(line)}</Text>
                  {line.warnings.map((warning) => (
                    <Text key={warning.code + JSON.stringify(warning.params)} size="xs" c="orange.8">
                      ⚠ {feeWarningText(t, warning)}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoneyMinor(line.amountMinor, section.currency, language)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text fw={700} size="sm">
                {t('contracts.fees.subtotal')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatMoneyMinor(section.subtotalMinor, section.currency, language)}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </DataTable>
      {!section.complete && (
        <Alert color="orange" variant="light">
          {t('contracts.fees.incomplete')}
        </Alert>
      )}
    </Stack>
  );
}
