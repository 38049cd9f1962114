import { ActionIcon, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FEE_CLAUSE_CONDITIONS, FEE_CLAUSE_EFFECTS, type FeeClauseCondition, type FeeClauseEffect } from '@shared/domain/agency-contracts';
import { findMetric } from '@shared/metrics/metric-catalog';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { metricOptions, thresholdMetrics } from '../../metrics/metric-options';
import { emptyFeeClauseRow, type FeeClauseRow } from './fee-clause-rows';

interface FeeClausesEditorProps {
  rows: FeeClauseRow[];
  stores: { value: string; label: string }[];
  currency: string;
  error?: string;
  onChange: (rows: FeeClauseRow[]) => void;
}

/** KPI clauses that add a bonus or reduce the fee when a metric meets a threshold at month end. */
export function FeeClausesEditor({ rows, stores, currency, error, onChange }: FeeClausesEditorProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metrics = metricOptions(thresholdMetrics(), language, (group) => t(`metricGroups.${group}`));
  const setRow = (index: number, patch: Partial<FeeClauseRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('contracts.clauses.title')}
        </Text>
        <Button size="compact-sm" variant="light" onClick={() => onChange([...rows, emptyFeeClauseRow()])} data-testid="add-fee-clause">
          {t('contracts.clauses.add')}
        </Button>
      </Group>
      {rows.map((row, index) => {
        const unit = row.metricKey ? findMetric(row.metricKey)?.unit : undefined;
        const number = index + 1;
        return (
          <Paper key={index} withBorder p="sm" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
              <Select label={t('contracts.targets.metric')} searchable data={metrics} value={row.metricKey} onChange={(value) => setRow(index, { metricKey: value })} nothingFoundMessage={t('common.nothingFound')} data-testid={`clause-${number}-metric`} />
              <Select label={t('contracts.targets.store')} data={[{ value: 'all', label: t('contracts.targets.allStores') }, ...stores]} value={row.store} onChange={(value) => setRow(index, { store: value ?? 'all' })} allowDeselect={false} />
              <Select<FeeClauseCondition>
                label={t('contracts.clauses.condition')}
                data={FEE_CLAUSE_CONDITIONS.map((condition) => ({ value: condition, label: t(`contracts.conditions.${condition}`) }))}
                value={row.condition}
                onChange={(value) => value && setRow(index, { condition: value })}
                allowDeselect={false}
              />
              <TextInput label={t('contracts.clauses.threshold')} description={unit === 'ratio' ? t('contracts.targets.percentHint') : undefined} value={row.thresholdText} onChange={(event) => setRow(index, { thresholdText: event.currentTarget.value })} data-testid={`clause-${number}-threshold`} />
              <Select<FeeClauseEffect>
                label={t('contracts.clauses.effect')}
                data={FEE_CLAUSE_EFFECTS.map((effect) => ({ value: effect, label: t(`contracts.clauses.effects.${effect}`) }))}
                value={row.effect}
                onChange={(value) => value && setRow(index, { effect: value })}
                allowDeselect={false}
              />
              <Select<FeeClauseRow['amountType']>
                label={t('contracts.clauses.amountType')}
                data={(['percent_of_base', 'fixed'] as const).map((type) => ({ value: type, label: t(`contracts.clauses.amountTypes.${type}`, { currency }) }))}
                value={row.amountType}
                onChange={(value) => value && setRow(index, { amountType: value })}
                allowDeselect={false}
              />
              <NumberInput label={t('contracts.clauses.amount')} min={0} suffix={row.amountType === 'percent_of_base' ? ' %' : undefined} value={row.amount} onChange={(value) => setRow(index, { amount: typeof value === 'number' ? value : '' })} />
              <Group align="flex-end" justify="flex-end">
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('contracts.clauses.remove', { number })} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </SimpleGrid>
          </Paper>
        );
      })}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
