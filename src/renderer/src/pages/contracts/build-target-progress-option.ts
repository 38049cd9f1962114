import type { TargetProgress } from '@shared/api/agency-contract-schemas';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import type { ChartOption } from '../../components/charts/echarts-modules';
import { axisValueFormatter, dayToTime, formatPointValue } from '../store/chart-value-format';

export interface TargetChartLabels {
  value: string;
  baseline: string;
  target: string;
}

export interface TargetChartPalette {
  value: string;
  baseline: string;
  target: string;
  text: string;
}

export interface TargetProgressChartInput {
  progress: Pick<TargetProgress, 'points' | 'baselineValue' | 'targetValue' | 'currency'>;
  unit: MetricUnit;
  language: string;
  labels: TargetChartLabels;
  palette: TargetChartPalette;
}

/** Series and mark line ids the tests rely on. */
export const TARGET_CHART_IDS = { value: 'value', baseline: 'baseline', target: 'target' } as const;

/**
 * The ECharts option of one KPI target's way so far: the daily values as a line, the baseline
 * as a dashed horizontal line and the target as a solid one. The y axis always takes in both
 * levels, so a value far from its target still shows how far. Pure: all it shows comes in `input`.
 */
export function buildTargetProgressOption(input: TargetProgressChartInput): ChartOption {
  const { progress, unit, language, labels, palette } = input;
  const points = progress.points;
  const tickFormat = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const levels = [progress.targetValue, ...(progress.baselineValue === null ? [] : [progress.baselineValue])];
  const pointValue = (value: unknown) => (typeof value === 'number' ? formatPointValue(value, unit, progress.currency, language) : '');

  const level = (id: 'baseline' | 'target', name: string, value: number, color: string, type: 'dashed' | 'solid') => ({
    name: id,
    yAxis: value,
    lineStyle: { color, type, width: 1.5 },
    label: { formatter: `${name} ${pointValue(value)}`, position: 'insideEndTop' as const, color, fontSize: 10 },
  });

  return {
    backgroundColor: 'transparent',
    animation: false,
    useUTC: true,
    grid: { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: pointValue },
    xAxis: {
      type: 'time',
      axisLabel: { formatter: (value: number) => tickFormat.format(value), hideOverlap: true, color: palette.text },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      min: ({ min }: { min: number }) => Math.min(min, ...levels),
      max: ({ max }: { max: number }) => Math.max(max, ...levels),
      axisLabel: { formatter: axisValueFormatter(unit, progress.currency, language), color: palette.text },
      splitLine: { lineStyle: { opacity: 0.5 } },
    },
    series: [
      {
        id: TARGET_CHART_IDS.value,
        name: labels.value,
        type: 'line',
        data: points.map((point) => [dayToTime(point.date), point.value]),
        showSymbol: points.length <= 1,
        lineStyle: { color: palette.value, width: 2 },
        itemStyle: { color: palette.value },
        markLine: {
          symbol: 'none',
          silent: true,
          animation: false,
          data: [
            ...(progress.baselineValue === null ? [] : [level('baseline', labels.baseline, progress.baselineValue, palette.baseline, 'dashed')]),
            level('target', labels.target, progress.targetValue, palette.target, 'solid'),
          ],
        },
      },
    ],
  };
}
