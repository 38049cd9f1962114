import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowDownRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { useFunnel } from '../../hooks/use-store-insights';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { funnelSteps, hasFunnelData, type FunnelStepView } from './funnel-view';

interface FunnelPanelProps {
  storeId: number;
  dates: { from: string; to: string };
}

/**
 * Plays → clicks → add-to-cart → orders for an interest-commerce store over the range: each
 * step's count and its rate from the step before, the weakest step outlined in red and named
 * in words. Shows nothing when the store reported no step at all.
 */
export function FunnelPanel({ storeId, dates }: FunnelPanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const funnel = useFunnel({ storeId, from: dates.from, to: dates.to });
  if (funnel.isPending) return <Skeleton height={132} radius="md" />;
  if (funnel.error) return <ErrorState error={funnel.error} onRetry={() => void funnel.refetch()} />;
  if (!hasFunnelData(funnel.data)) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="funnel-title" data-testid="funnel-panel" data-weakest={funnel.data.weakestStep ?? undefined}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={4} id="funnel-title">
          {t('store.funnel.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('store.funnel.period', { from: formatDay(funnel.data.from, language), to: formatDay(funnel.data.to, language) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {funnelSteps(funnel.data).map((step) => (
          <FunnelStep key={step.step} step={step} language={language} />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function FunnelStep({ step, language }: { step: FunnelStepView; language: string }) {
  const { t } = useTranslation();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={step.weakest ? 'var(--mantine-color-red-light)' : undefined}
      style={step.weakest ? { borderColor: 'var(--mantine-color-red-filled)' } : undefined}
      data-testid="funnel-step"
      data-step={step.step}
      data-weakest={step.weakest || undefined}
    >
      <Stack gap={4}>
        {/* Dimmed grey is too faint on the weakest step's red tint; body text keeps 4.5:1. */}
        <Text size="sm" c={step.weakest ? undefined : 'dimmed'} fw={500}>
          {t(`store.funnel.steps.${step.step}`)}
        </Text>
        <Text fz={24} fw={700} lh={1.15}>
          {step.count === null ? t('common.none') : step.count.toLocaleString(language)}
        </Text>
        {step.previous && (
          <Group gap={4} wrap="nowrap">
            <IconArrowDownRight size={14} aria-hidden />
            <Text size="xs">
              {step.rateFromPrevious === null
                ? t('store.funnel.noRate')
                : t('store.funnel.rateFromPrevious', { rate: percent.format(step.rateFromPrevious), step: t(`store.funnel.steps.${step.previous}`) })}
            </Text>
          </Group>
        )}
        {step.weakest && (
          <Badge color="red.9" variant="filled" size="sm" leftSection={<IconAlertTriangle size={12} />} w="fit-content" tt="none">
            {t('store.funnel.weakest')}
          </Badge>
        )}
      </Stack>
    </Paper>
  );
}
