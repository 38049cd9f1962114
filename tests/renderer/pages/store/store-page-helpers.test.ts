import { describe, expect, it } from 'vitest';
import { axisValueFormatter, formatPointValue, timeToDay } from '../../../../src/renderer/src/pages/store/chart-value-format';
import { formatAge } from '../../../../src/renderer/src/pages/store/format-age';
import { funnelSteps, hasFunnelData } from '../../../../src/renderer/src/pages/store/funnel-view';
import { formatPlatformTarget, formatWindow, newestFirst } from '../../../../src/renderer/src/pages/store/snapshot-cells';
import { blankAnnotationFields } from '../../../../src/renderer/src/pages/store/use-annotation-draft';

describe('chart values', () => {
  it('writes axis ticks short, in the unit of the metric and the UI language', () => {
    expect(axisValueFormatter('ratio', null, 'en-US')(0.025)).toBe('2.5%');
    expect(axisValueFormatter('money', 'USD', 'en-US')(12_400)).toBe('$12.4K');
    expect(axisValueFormatter('money', 'CNY', 'zh-CN')(12_400)).toBe('¥1.2万');
    expect(axisValueFormatter('hours', null, 'en-US')(18.5)).toBe('18.5h');
    expect(axisValueFormatter('count', null, 'en-US')(3_400_000)).toBe('3.4M');
  });

  it('writes a tooltip value in full, money with its currency’s minor digits', () => {
    expect(formatPointValue(1234.5, 'money', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatPointValue(0.0085, 'ratio', null, 'en-US')).toBe('0.85%');
    expect(formatPointValue(7, 'count', null, 'ja-JP')).toBe('7');
  });

  it('turns a click anywhere between two days into the nearer day', () => {
    expect(timeToDay(Date.parse('2026-11-03T11:00:00Z'))).toBe('2026-11-03');
    expect(timeToDay(Date.parse('2026-11-03T13:00:00Z'))).toBe('2026-11-04');
  });
});

describe('alert ages', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  it('says how long ago in the largest whole unit, in the UI language', () => {
    expect(formatAge('2026-11-17T09:00:00Z', now, 'en-US')).toBe('3 days ago');
    expect(formatAge('2026-11-20T07:30:00Z', now, 'zh-CN')).toBe('4小时前');
    expect(formatAge('2026-11-20T11:55:00Z', now, 'ja-JP')).toBe('5 分前');
    expect(formatAge('2026-11-20T12:00:30Z', now, 'en-US')).toBe('this minute');
  });
});

describe('the funnel', () => {
  const funnel = {
    from: '2026-10-01',
    to: '2026-10-30',
    steps: [
      { step: 'impressions' as const, count: 100_000, rateFromPrevious: null },
      { step: 'clicks' as const, count: 3_000, rateFromPrevious: 0.03 },
      { step: 'add_to_cart' as const, count: 600, rateFromPrevious: 0.2 },
      { step: 'orders' as const, count: null, rateFromPrevious: null },
    ],
    weakestStep: 'clicks' as const,
  };

  it('is shown only when the store reported at least one step', () => {
    expect(hasFunnelData(funnel)).toBe(true);
    expect(hasFunnelData({ ...funnel, steps: funnel.steps.map((step) => ({ ...step, count: null })) })).toBe(false);
    expect(hasFunnelData(undefined)).toBe(false);
  });

  it('names the step each rate divides by, and flags the weakest step', () => {
    expect(funnelSteps(funnel).map(({ step, previous, weakest }) => ({ step, previous, weakest }))).toEqual([
      { step: 'impressions', previous: null, weakest: false },
      { step: 'clicks', previous: 'impressions', weakest: true },
      { step: 'add_to_cart', previous: 'clicks', weakest: false },
      { step: 'orders', previous: 'add_to_cart', weakest: false },
    ]);
  });
});

describe('snapshot cells', () => {
  it('shows a one-day window as that day and a longer one as a span', () => {
    expect(formatWindow({ windowFrom: '2026-11-01', windowTo: '2026-11-01' }, 'en-US')).toBe('Nov 1, 2026');
    expect(formatWindow({ windowFrom: '2026-09-03', windowTo: '2026-11-01' }, 'zh-CN')).toBe('2026年9月3日 – 2026年11月1日');
  });

  it('writes the platform target the way Amazon states it, and an unknown condition as sent', () => {
    expect(formatPlatformTarget({ platformTarget: 0.01, platformTargetCondition: 'LESS_THAN' }, 'ratio', 'en-US')).toBe('< 1%');
    expect(formatPlatformTarget({ platformTarget: 0.95, platformTargetCondition: 'AT_LEAST_ISH' }, 'ratio', 'en-US')).toBe('AT_LEAST_ISH 95%');
    expect(formatPlatformTarget({ platformTarget: 0, platformTargetCondition: null }, 'count', 'en-US')).toBe('0');
    expect(formatPlatformTarget({ platformTarget: null, platformTargetCondition: 'EQUALS' }, 'count', 'en-US')).toBeNull();
  });

  it('lists the newest window first', () => {
    const rows = [
      { windowFrom: '2026-10-01', windowTo: '2026-10-30' },
      { windowFrom: '2026-10-03', windowTo: '2026-11-01' },
      { windowFrom: '2026-10-02', windowTo: '2026-10-31' },
    ];
    expect(newestFirst(rows).map((row) => row.windowTo)).toEqual(['2026-11-01', '2026-10-31', '2026-10-30']);
  });
});

describe('the annotation form', () => {
  it('asks for a day and a note before sending anything, and leaves the rest to the backend', () => {
    expect(blankAnnotationFields({ date: '', text: '   ' }, 'required')).toEqual({ date: 'required', text: 'required' });
    expect(blankAnnotationFields({ date: '2026-11-02', text: 'Switched carrier' }, 'required')).toEqual({});
  });
});
