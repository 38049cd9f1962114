import type { Annotation } from '@shared/api/annotation-schemas';
import type { MetricStatus } from '@shared/api/kpi-schemas';
import type { MetricSeries, SeriesPoint } from '@shared/api/series-schemas';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import type { ChartOption } from '../../components/charts/echarts-modules';
import { axisValueFormatter, dayToTime, formatPointValue } from './chart-value-format';

export interface TrendChartLabels {
  value: string;
  watch: string;
  breach: string;
  breaches: string;
  status: (status: MetricStatus) => string;
}

/** Colours from the Mantine theme, so the chart matches the badges around it. */
export interface TrendChartPalette {
  value: string;
  watch: string;
  breach: string;
  annotation: string;
  focus: string;
  text: string;
}

export interface TrendChartInput {
  series: MetricSeries;
  unit: MetricUnit;
  range: { from: string; to: string };
  annotations: readonly Pick<Annotation, 'id' | 'date' | 'text'>[];
  language: string;
  labels: TrendChartLabels;
  palette: TrendChartPalette;
  /** A day to point at, e.g. the day an alert fired. */
  focusDate?: string | null;
}

/** Series ids the tooltip and the tests rely on. */
export const TREND_SERIES = {
  value: 'value',
  watch: 'watch',
  breach: 'breach',
  zoneBase: 'zone-base',
  zone: 'zone',
  breaches: 'breaches',
} as const;

const ANNOTATION_LABEL_CHARS = 14;
/** Above this many points a symbol on every day is noise; breaches keep their markers. */
const SYMBOLS_UP_TO = 60;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Whether any day of the series has this level set (a metric without a watch level has none). */
export function hasThreshold(points: readonly SeriesPoint[], level: 'watch' | 'breach'): boolean {
  return points.some((point) => point[level] !== null);
}

/**
 * The ECharts option of one metric's trend: the daily values, the watch and breach levels as
 * step lines (thresholds change by date, so each day shows the rule in force then) with the
 * zone between them shaded, breached days marked with red triangles, and the store's
 * annotations as labelled vertical lines. Pure: everything it shows comes in through `input`.
 */
export function buildTrendChartOption(input: TrendChartInput): ChartOption {
  const { series, unit, range, language, labels, palette } = input;
  const points = series.points;
  const time = points.map((point) => dayToTime(point.date));
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const tickFormat = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const axisValue = axisValueFormatter(unit, series.currency, language);
  const pointValue = (value: number) => formatPointValue(value, unit, series.currency, language);

  const visibleAnnotations = input.annotations.filter((note) => note.date >= range.from && note.date <= range.to);
  const annotationsByDate = new Map<string, string[]>();
  for (const note of visibleAnnotations) annotationsByDate.set(note.date, [...(annotationsByDate.get(note.date) ?? []), note.text]);

  const withWatch = hasThreshold(points, 'watch');
  const withBreach = hasThreshold(points, 'breach');
  const breached = points.flatMap((point, index) => (point.status === 'breach' ? [[time[index]!, point.value]] : []));

  const markLines = [
    ...visibleAnnotations.map((note) => ({
      xAxis: dayToTime(note.date),
      name: note.text,
      label: { formatter: truncate(note.text, ANNOTATION_LABEL_CHARS) },
    })),
    ...(input.focusDate && input.focusDate >= range.from && input.focusDate <= range.to
      ? [{ xAxis: dayToTime(input.focusDate), name: '', label: { show: false }, lineStyle: { color: palette.focus, type: 'solid' as const, width: 2 } }]
      : []),
  ];

  const thresholdLine = (id: 'watch' | 'breach', name: string, color: string) => ({
    id,
    name,
    type: 'line' as const,
    step: 'end' as const,
    data: points.map((point, index) => [time[index]!, point[id]]),
    showSymbol: false,
    connectNulls: false,
    lineStyle: { color, type: 'dashed' as const, width: 1.5 },
    itemStyle: { color },
    z: 2,
    silent: true,
  });

  const zone = withWatch && withBreach;
  const zoneLow = (point: SeriesPoint) => (point.watch === null || point.breach === null ? null : Math.min(point.watch, point.breach));
  const zoneHeight = (point: SeriesPoint) => (point.watch === null || point.breach === null ? null : Math.abs(point.breach - point.watch));
  const zoneSeries = zone
    ? [
        {
          id: TREND_SERIES.zoneBase,
          type: 'line' as const,
          step: 'end' as const,
          stack: 'zone',
          stackStrategy: 'all' as const,
          data: points.map((point, index) => [time[index]!, zoneLow(point)]),
          showSymbol: false,
          lineStyle: { opacity: 0 },
          silent: true,
          z: 1,
        },
        {
          id: TREND_SERIES.zone,
          type: 'line' as const,
          step: 'end' as const,
          stack: 'zone',
          stackStrategy: 'all' as const,
          data: points.map((point, index) => [time[index]!, zoneHeight(point)]),
          showSymbol: false,
          lineStyle: { opacity: 0 },
          itemStyle: { color: palette.watch },
          areaStyle: { color: palette.watch, opacity: 0.14 },
          silent: true,
          z: 1,
        },
      ]
    : [];

  const tooltipFormatter = (params: unknown): string => {
    const list = Array.isArray(params) ? (params as { seriesId?: string; dataIndex: number }[]) : [];
    const index = list.find((param) => param.seriesId === TREND_SERIES.value)?.dataIndex;
    const point = index === undefined ? undefined : points[index];
    if (!point) return '';
    const lines = [`<strong>${escapeHtml(dateFormat.format(dayToTime(point.date)))}</strong>`];
    lines.push(`${escapeHtml(labels.value)}: ${escapeHtml(pointValue(point.value))} · ${escapeHtml(labels.status(point.status))}`);
    if (point.watch !== null) lines.push(`${escapeHtml(labels.watch)}: ${escapeHtml(pointValue(point.watch))}`);
    if (point.breach !== null) lines.push(`${escapeHtml(labels.breach)}: ${escapeHtml(pointValue(point.breach))}`);
    for (const text of annotationsByDate.get(point.date) ?? []) lines.push(`<span style="color:${palette.annotation}">▍</span>${escapeHtml(text)}`);
    return lines.join('<br/>');
  };

  // The shaded zone needs no entry: it lies between the two labelled lines, and one row of legend fits a card.
  const legend = [labels.value, ...(withWatch ? [labels.watch] : []), ...(withBreach ? [labels.breach] : []), ...(breached.length > 0 ? [labels.breaches] : [])];

  return {
    backgroundColor: 'transparent',
    animation: false,
    useUTC: true,
    // Annotation labels sit above the plot, written horizontally so Chinese and Japanese stay readable.
    grid: { left: 8, right: 20, top: visibleAnnotations.length > 0 ? 30 : 16, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { bottom: 0, left: 'center', data: legend, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: palette.text } },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltipFormatter, axisPointer: { type: 'line' } },
    xAxis: {
      type: 'time',
      min: dayToTime(range.from),
      max: dayToTime(range.to),
      axisLabel: { formatter: (value: number) => tickFormat.format(value), hideOverlap: true, alignMaxLabel: 'right', color: palette.text },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: axisValue, color: palette.text },
      splitLine: { lineStyle: { opacity: 0.5 } },
    },
    series: [
      ...zoneSeries,
      ...(withWatch ? [thresholdLine('watch', labels.watch, palette.watch)] : []),
      ...(withBreach ? [thresholdLine('breach', labels.breach, palette.breach)] : []),
      {
        id: TREND_SERIES.value,
        name: labels.value,
        type: 'line',
        data: points.map((point, index) => [time[index]!, point.value]),
        showSymbol: points.length <= SYMBOLS_UP_TO,
        symbolSize: 4,
        lineStyle: { color: palette.value, width: 2 },
        itemStyle: { color: palette.value },
        z: 3,
        markLine: {
          symbol: 'none',
          silent: true,
          animation: false,
          lineStyle: { color: palette.annotation, type: 'dashed', width: 1 },
          label: { position: 'end', fontSize: 10, color: palette.text },
          data: markLines,
        },
      },
      ...(breached.length > 0
        ? [
            {
              id: TREND_SERIES.breaches,
              name: labels.breaches,
              type: 'scatter' as const,
              data: breached,
              symbol: 'triangle',
              symbolSize: 9,
              itemStyle: { color: palette.breach },
              z: 4,
              silent: true,
            },
          ]
        : []),
    ],
  };
}
