import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendChartLabels, TrendChartPalette } from './build-trend-chart-option';

/** The chart's colours from the Mantine theme (lighter shades on dark) and its legend in the UI language. */
export function useTrendChartLook(): { palette: TrendChartPalette; labels: TrendChartLabels } {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const palette = useMemo<TrendChartPalette>(() => {
    const shade = (color: string, light: number, onDark: number) => theme.colors[color]![dark ? onDark : light]!;
    return {
      value: shade('indigo', 6, 4),
      watch: shade('yellow', 7, 5),
      breach: shade('red', 7, 5),
      annotation: shade('gray', 6, 5),
      focus: shade('grape', 6, 4),
      text: dark ? theme.colors.dark[1]! : theme.colors.gray[7]!,
    };
  }, [theme, dark]);
  const labels = useMemo<TrendChartLabels>(
    () => ({
      value: t('store.chart.value'),
      watch: t('store.chart.watch'),
      breach: t('store.chart.breach'),
      breaches: t('store.chart.breaches'),
      status: (status) => t(`metricStatuses.${status}`),
    }),
    [t],
  );
  return { palette, labels };
}
