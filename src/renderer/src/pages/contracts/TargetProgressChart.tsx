import { Text, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '@shared/api/agency-contract-schemas';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import { EChart } from '../../components/charts/EChart';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { buildTargetProgressOption, type TargetChartLabels, type TargetChartPalette } from './build-target-progress-option';

const CHART_HEIGHT = 180;

/** One target's daily values against its baseline and target, in the theme's colours. */
export function TargetProgressChart({ progress, unit, name }: { progress: TargetProgress; unit: MetricUnit; name: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const palette = useMemo<TargetChartPalette>(() => {
    const shade = (color: string, light: number, onDark: number) => theme.colors[color]![dark ? onDark : light]!;
    return { value: shade('indigo', 6, 4), baseline: shade('gray', 6, 5), target: shade('teal', 7, 5), text: dark ? theme.colors.dark[1]! : theme.colors.gray[7]! };
  }, [theme, dark]);
  const labels = useMemo<TargetChartLabels>(
    () => ({ value: t('contracts.targets.chart.value'), baseline: t('contracts.targets.baseline'), target: t('contracts.targets.target') }),
    [t],
  );
  const option = useMemo(() => buildTargetProgressOption({ progress, unit, language, labels, palette }), [progress, unit, language, labels, palette]);
  if (progress.points.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('contracts.targets.chart.noData')}
      </Text>
    );
  return <EChart option={option} height={CHART_HEIGHT} label={t('contracts.targets.chart.label', { name })} testId="target-chart" />;
}
