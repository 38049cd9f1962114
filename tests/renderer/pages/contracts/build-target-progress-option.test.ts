import { describe, expect, it } from 'vitest';
import {
  TARGET_CHART_IDS,
  buildTargetProgressOption,
  type TargetProgressChartInput,
} from '../../../../src/renderer/src/pages/contracts/build-target-progress-option';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

function input(overrides: Partial<TargetProgressChartInput['progress']> = {}, unit: TargetProgressChartInput['unit'] = 'ratio'): TargetProgressChartInput {
  return {
    progress: {
      points: [
        { date: '2026-11-01', value: 0.02 },
        { date: '2026-11-02', value: 0.018 },
        { date: '2026-11-03', value: 0.015 },
      ],
      baselineValue: 0.02,
      targetValue: 0.01,
      currency: null,
      ...overrides,
    },
    unit,
    language: 'en-US',
    labels: { value: 'Daily value', baseline: 'Baseline', target: 'Target' },
    palette: { value: '#00f', baseline: '#888', target: '#0a0', text: '#333' },
  };
}

type Line = { id: string; data: [number, number][]; markLine: { data: { name: string; yAxis: number; lineStyle: { type: string }; label: { formatter: string } }[] } };
type Axis = { axisLabel: { formatter: (value: number) => string } };

const valueLine = (option: ReturnType<typeof buildTargetProgressOption>) => (option.series as Line[]).find((series) => series.id === TARGET_CHART_IDS.value)!;

describe('target progress chart option', () => {
  it('draws one point per day on a time axis because the values are daily', () => {
    expect(valueLine(buildTargetProgressOption(input())).data).toEqual([
      [day('2026-11-01'), 0.02],
      [day('2026-11-02'), 0.018],
      [day('2026-11-03'), 0.015],
    ]);
  });

  it('marks the baseline dashed and the target solid, labelled in the metric unit', () => {
    const marks = valueLine(buildTargetProgressOption(input())).markLine.data;
    expect(marks.map((mark) => [mark.name, mark.yAxis, mark.lineStyle.type])).toEqual([
      ['baseline', 0.02, 'dashed'],
      ['target', 0.01, 'solid'],
    ]);
    expect(marks[1]!.label.formatter).toBe('Target 1%');
  });

  it('leaves the baseline out because a target without one has nothing to start from', () => {
    const marks = valueLine(buildTargetProgressOption(input({ baselineValue: null }))).markLine.data;
    expect(marks.map((mark) => mark.name)).toEqual(['target']);
  });

  it('stretches the y axis to both levels because a target far from the values must still show', () => {
    const levels = (buildTargetProgressOption(input({ baselineValue: 0.05 })).series as Line[]).find((series) => series.id === TARGET_CHART_IDS.levels)!;
    expect(levels.data.map(([, value]) => value)).toEqual([0.01, 0.05]);
  });

  it('writes y ticks as percentages for ratios and as currency for money', () => {
    expect((buildTargetProgressOption(input()).yAxis as Axis).axisLabel.formatter(0.015)).toBe('1.5%');
    const money = buildTargetProgressOption(input({ currency: 'USD', baselineValue: 1000, targetValue: 12000 }, 'money'));
    expect((money.yAxis as Axis).axisLabel.formatter(12500)).toBe('$12.5K');
  });
});
