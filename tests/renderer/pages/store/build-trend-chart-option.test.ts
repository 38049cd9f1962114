import { describe, expect, it } from 'vitest';
import type { MetricSeries, SeriesPoint } from '@shared/api/series-schemas';
import {
  TREND_SERIES,
  buildTrendChartOption,
  type TrendChartInput,
} from '../../../../src/renderer/src/pages/store/build-trend-chart-option';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

function point(date: string, value: number, status: SeriesPoint['status'], watch: number | null, breach: number | null): SeriesPoint {
  return { date, value, status, watch, breach };
}

/** ODR over four days: the watch level is raised on the 3rd (a new contract target), the 4th breaches. */
const odr: MetricSeries = {
  metricKey: 'amazon.odr_mfn',
  currency: null,
  thresholdOrigin: 'contract',
  points: [
    point('2026-11-01', 0.005, 'ok', 0.006, 0.01),
    point('2026-11-02', 0.0065, 'watch', 0.006, 0.01),
    point('2026-11-03', 0.0072, 'ok', 0.008, 0.01),
    point('2026-11-04', 0.0121, 'breach', 0.008, 0.01),
  ],
};

function input(overrides: Partial<TrendChartInput> = {}): TrendChartInput {
  return {
    series: odr,
    unit: 'ratio',
    range: { from: '2026-10-06', to: '2026-11-04' },
    annotations: [],
    language: 'en-US',
    labels: {
      value: 'Value',
      watch: 'Watch level',
      breach: 'Breach level',
      breaches: 'Breached days',
      status: (status) => `status:${status}`,
    },
    palette: { value: '#4c6ef5', watch: '#f59f00', breach: '#f03e3e', annotation: '#868e96', focus: '#be4bdb', text: '#495057' },
    ...overrides,
  };
}

type SeriesEntry = { id?: string; name?: string; type?: string; step?: string; data?: unknown[]; markLine?: { data?: { xAxis: number; name: string; label?: { formatter?: string } }[] } };

function seriesOf(option: ReturnType<typeof buildTrendChartOption>): SeriesEntry[] {
  return option.series as SeriesEntry[];
}

function byId(option: ReturnType<typeof buildTrendChartOption>, id: string): SeriesEntry | undefined {
  return seriesOf(option).find((entry) => entry.id === id);
}

function tooltip(option: ReturnType<typeof buildTrendChartOption>, dataIndex: number): string {
  const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
  return formatter([{ seriesId: 'zone', dataIndex }, { seriesId: TREND_SERIES.value, dataIndex }]);
}

describe('the trend chart of one metric', () => {
  it('plots each day on a UTC time axis spanning the whole chosen range, not only the days with data', () => {
    const option = buildTrendChartOption(input());
    expect(option.xAxis).toMatchObject({ type: 'time', min: day('2026-10-06'), max: day('2026-11-04') });
    expect(option.useUTC).toBe(true);
    expect(byId(option, TREND_SERIES.value)?.data).toEqual([
      [day('2026-11-01'), 0.005],
      [day('2026-11-02'), 0.0065],
      [day('2026-11-03'), 0.0072],
      [day('2026-11-04'), 0.0121],
    ]);
  });

  it('draws watch and breach as step lines that follow the level in force each day, because thresholds change by date', () => {
    const option = buildTrendChartOption(input());
    const watch = byId(option, TREND_SERIES.watch);
    expect(watch).toMatchObject({ type: 'line', step: 'end', name: 'Watch level' });
    expect(watch?.data?.map((entry) => (entry as number[])[1])).toEqual([0.006, 0.006, 0.008, 0.008]);
    expect(byId(option, TREND_SERIES.breach)?.data?.map((entry) => (entry as number[])[1])).toEqual([0.01, 0.01, 0.01, 0.01]);
  });

  it('shades the zone between the watch and the breach level by stacking its height on its lower edge', () => {
    const option = buildTrendChartOption(input());
    const base = byId(option, TREND_SERIES.zoneBase)?.data?.map((entry) => (entry as number[])[1]);
    const height = byId(option, TREND_SERIES.zone)?.data?.map((entry) => (entry as number[])[1] as number);
    expect(base).toEqual([0.006, 0.006, 0.008, 0.008]);
    expect(height?.map((value) => Number(value.toFixed(6)))).toEqual([0.004, 0.004, 0.002, 0.002]);
  });

  it('marks only breached days, with red triangles, so a breach reads by shape as well as colour', () => {
    const breaches = byId(buildTrendChartOption(input()), TREND_SERIES.breaches);
    expect(breaches).toMatchObject({ type: 'scatter', symbol: 'triangle', itemStyle: { color: '#f03e3e' } });
    expect(breaches?.data).toEqual([[day('2026-11-04'), 0.0121]]);
  });

  it('leaves out the breach markers and their legend entry when no day breached', () => {
    const calm = { ...odr, points: odr.points.map((entry) => ({ ...entry, status: 'ok' as const })) };
    const option = buildTrendChartOption(input({ series: calm }));
    expect(byId(option, TREND_SERIES.breaches)).toBeUndefined();
    expect((option.legend as { data: string[] }).data).not.toContain('Breached days');
  });

  it('draws no watch line and no zone for a metric without an early warning (policy counts: breach at 1)', () => {
    const policy: MetricSeries = {
      metricKey: 'amazon.policy.ip_complaints',
      currency: null,
      thresholdOrigin: 'catalog',
      points: [point('2026-11-01', 0, 'ok', null, 1), point('2026-11-02', 2, 'breach', null, 1)],
    };
    const option = buildTrendChartOption(input({ series: policy, unit: 'count' }));
    expect(seriesOf(option).map((entry) => entry.id)).toEqual([TREND_SERIES.breach, TREND_SERIES.value, TREND_SERIES.breaches]);
    expect((option.legend as { data: string[] }).data).toEqual(['Value', 'Breach level', 'Breached days']);
  });

  it('puts every annotation of the range on the chart as a vertical line labelled with its (shortened) text', () => {
    const option = buildTrendChartOption(
      input({
        annotations: [
          { id: 1, date: '2026-11-02', text: 'Switched carrier to Yamato for all JP orders' },
          { id: 2, date: '2026-09-01', text: 'Before the range' },
        ],
      }),
    );
    const lines = byId(option, TREND_SERIES.value)?.markLine?.data ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ xAxis: day('2026-11-02'), name: 'Switched carrier to Yamato for all JP orders' });
    expect(lines[0]?.label?.formatter).toBe('Switched carr…');
  });

  it('adds a solid line on the focus day (the day an alert fired) only when it lies in the range', () => {
    const inside = byId(buildTrendChartOption(input({ focusDate: '2026-11-03' })), TREND_SERIES.value)?.markLine?.data ?? [];
    expect(inside).toEqual([expect.objectContaining({ xAxis: day('2026-11-03'), lineStyle: expect.objectContaining({ type: 'solid' }) })]);
    const outside = byId(buildTrendChartOption(input({ focusDate: '2025-01-01' })), TREND_SERIES.value)?.markLine?.data ?? [];
    expect(outside).toEqual([]);
  });

  it('formats the y axis by unit: rates as percentages', () => {
    const option = buildTrendChartOption(input());
    const format = (option.yAxis as { axisLabel: { formatter: (value: number) => string } }).axisLabel.formatter;
    expect(format(0.0085)).toBe('0.85%');
  });

  it('formats money in the series currency, compactly on the axis and in full in the tooltip', () => {
    const gmv: MetricSeries = { metricKey: 'amazon.ordered_product_sales', currency: 'JPY', thresholdOrigin: null, points: [point('2026-11-01', 1_234_567, 'ok', null, null)] };
    const option = buildTrendChartOption(input({ series: gmv, unit: 'money', language: 'ja-JP' }));
    const format = (option.yAxis as { axisLabel: { formatter: (value: number) => string } }).axisLabel.formatter;
    expect(format(1_234_567)).toBe('￥123.5万');
    expect(tooltip(option, 0)).toContain('￥1,234,567');
  });

  it('explains a day in the tooltip: localised date, value, judged status, levels in force and that day’s annotations, escaped', () => {
    const option = buildTrendChartOption(input({ language: 'zh-CN', annotations: [{ id: 3, date: '2026-11-03', text: '<b>listing</b> rewritten' }] }));
    const text = tooltip(option, 2);
    expect(text).toContain('2026年11月3日');
    expect(text).toContain('0.72%');
    expect(text).toContain('status:ok');
    expect(text).toContain('Watch level: 0.8%');
    expect(text).toContain('Breach level: 1%');
    expect(text).toContain('&#60;b&#62;listing&#60;/b&#62; rewritten');
    expect(text).not.toContain('<b>listing');
  });

  it('answers an empty tooltip when the axis has no value point under the pointer', () => {
    const formatter = (buildTrendChartOption(input()).tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter([{ seriesId: TREND_SERIES.watch, dataIndex: 0 }])).toBe('');
    expect(formatter({})).toBe('');
  });
});
