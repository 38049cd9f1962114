import { Badge, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Experiment } from '@shared/api/planning-experiment-schemas';
import { EXPERIMENT_DECISIONS, type ExperimentDecision } from '@shared/domain/planning';
import { findMetric } from '@shared/metrics/metric-catalog';
import { notifyError } from '../../errors/notify-error';
import { useDecideExperiment } from '../../hooks/use-planning';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { formatMetricValue } from '../../metrics/format-metric-value';

function TestVerdict({ test }: { test: Experiment['result']['test'] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  if (test.kind === 'tested') {
    const p = new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(test.pValue);
    return (
      <Badge color={test.significant ? 'teal' : 'gray'} variant="light" leftSection={test.significant ? <IconCircleCheck size={12} /> : <IconMinus size={12} />} tt="none">
        {t(test.significant ? 'planning.experiments.significant' : 'planning.experiments.notSignificant', { p })}
      </Badge>
    );
  }
  return (
    <Badge color="yellow" variant="light" leftSection={<IconAlertTriangle size={12} />} tt="none">
      {t(test.kind === 'insufficient' ? 'planning.experiments.insufficient' : 'planning.experiments.notAProportion')}
    </Badge>
  );
}

export function ExperimentCard({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const decide = useDecideExperiment();
  const unit = findMetric(experiment.metricKey)?.unit ?? 'count';
  const { result } = experiment;
  const value = (v: number | null) => formatMetricValue(v, unit, language);
  const arms = [
    { key: 'control', label: t('planning.experiments.control'), arm: result.control },
    { key: 'variant', label: t('planning.experiments.variant'), arm: result.variant },
  ];
  return (
    <Card withBorder radius="md" padding="md" data-experiment={experiment.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={700}>{experiment.title}</Text>
            <Text size="sm" c="dimmed">
              {metricLabel(experiment.metricKey)}
            </Text>
          </Stack>
          <Select
            size="xs"
            w={170}
            aria-label={t('planning.experiments.decisionOf', { title: experiment.title })}
            data={EXPERIMENT_DECISIONS.map((d) => ({ value: d, label: t(`planning.decisions.${d}`) }))}
            value={experiment.decision}
            allowDeselect={false}
            onChange={(decision) => decision && decide.mutate({ id: experiment.id, decision: decision as ExperimentDecision }, { onError: (error) => notifyError(t, error) })}
          />
        </Group>
        <Text size="sm">{experiment.hypothesis}</Text>
        <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('planning.experiments.stores')}</Table.Th>
              <Table.Th>{t('planning.experiments.days')}</Table.Th>
              <Table.Th>{t('planning.experiments.value')}</Table.Th>
              <Table.Th>{t('planning.experiments.counts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {arms.map(({ key, label, arm }) => (
              <Table.Tr key={key}>
                <Table.Td fw={600}>{label}</Table.Td>
                <Table.Td>{arm.storeNames.join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDay(arm.from, language)} – {formatDay(arm.to, language)}
                </Table.Td>
                <Table.Td>{value(arm.value)}</Table.Td>
                <Table.Td c="dimmed">
                  {arm.successes !== null && arm.trials !== null
                    ? t('planning.experiments.countsOf', { successes: arm.successes.toLocaleString(language), trials: arm.trials.toLocaleString(language) })
                    : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="sm">
          <Text size="sm">
            {t('planning.experiments.difference', {
              difference: result.difference === null ? t('common.none') : `${result.difference > 0 ? '+' : ''}${value(result.difference)}`,
              relative:
                result.relativeDifference === null
                  ? t('common.none')
                  : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(result.relativeDifference),
            })}
          </Text>
          <TestVerdict test={result.test} />
        </Group>
      </Stack>
    </Card>
  );
}
