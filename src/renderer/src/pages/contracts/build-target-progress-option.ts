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

const DAY_MS = 86_400_000;
/** Above this many days a symbol on every point is noise. */
const SYMBOLS_UP_TO = 60;

/** Series and mark line ids the tests rely on. */
export const TARGET_CHART_IDS = { value: 'value', levels: 'levels' } as const;

/**
 * The ECharts option of one KPI target's way so far: the daily values as a line, the baseline
 * as a dashed horizontal line and the target as a solid one. An invisible series carries both
 * levels so the y axis takes them in (axis min/max callbacks make ECharts drop the mark lines),
 * and a value far from its target still shows how far. Pure: all it shows comes in `input`.
 */
export function buildTargetProgressOption(input: TargetProgressChartInput): ChartOption {
  const { progress, unit, language, labels, palette } = input;
  const points = progress.points;
  const tickFormat = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const levels = [progress.targetValue, ...(progress.baselineValue === null ? [] : [progress.baselineValue])];
  const pointValue = (value: unknown) => (typeof value === 'number' ? formatPointValue(value, unit, progress.currency, language) : '');

  // The baseline is labelled at the start and the target at the end, so close levels don't print over each other.
  const level = (id: 'baseline' | 'target', name: string, value: number, color: string, type: 'dashed' | 'solid') => ({
    name: id,
    yAxis: value,
    lineStyle: { color, type, width: 1.5 },
    label: { formatter: `${name} ${pointValue(value)}`, position: id === 'baseline' ? ('insideStartTop' as const) : ('insideEndTop' as const), color, fontSize: 10 },
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
      // Days, not hours, even when only two days are known.
      minInterval: DAY_MS,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: axisValueFormatter(unit, progress.currency, language), color: palette.text },
      splitLine: { lineStyle: { opacity: 0.5 } },
    },
    series: [
      {
        id: TARGET_CHART_IDS.levels,
        type: 'scatter',
        data: points.length === 0 ? [] : levels.map((value) => [dayToTime(points[0]!.date), value]),
        symbolSize: 0,
        silent: true,
        tooltip: { show: false },
      },
      {
        id: TARGET_CHART_IDS.value,
        name: labels.value,
        type: 'line',
        data: points.map((point) => [dayToTime(point.date), point.value]),
        showSymbol: points.length <= SYMBOLS_UP_TO,
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
