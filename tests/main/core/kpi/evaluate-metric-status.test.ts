import { describe, expect, it } from 'vitest';
import { evaluateValue, isStale } from '../../../../src/main/core/kpi/evaluate-metric-status';
import { resolveThreshold } from '../../../../src/main/core/kpi/resolve-threshold';
import { findMetric } from '../../../../src/shared/metrics/metric-catalog';

const odr = findMetric('amazon.odr_mfn')!;
const vtr = findMetric('amazon.valid_tracking_rate')!;
const us = { marketplace: 'US' as const, stage: 'mature' as const, date: '2026-11-01' };
const odrThreshold = resolveThreshold(odr, us);
const vtrThreshold = resolveThreshold(vtr, us);

describe('evaluateValue', () => {
  it("flags ODR as breached at 1.0% because Amazon's target is < 1%", () => {
    expect(evaluateValue(0.01, 'lower_is_better', odrThreshold)).toBe('breach');
  });

  it('puts ODR on watch at 0.8% and ok at 0.5%', () => {
    expect(evaluateValue(0.008, 'lower_is_better', odrThreshold)).toBe('watch');
    expect(evaluateValue(0.005, 'lower_is_better', odrThreshold)).toBe('ok');
  });

  it('judges higher-is-better metrics the other way: VTR 94% breaches the 95% target', () => {
    expect(evaluateValue(0.94, 'higher_is_better', vtrThreshold)).toBe('breach');
    expect(evaluateValue(0.955, 'higher_is_better', vtrThreshold)).toBe('watch');
    expect(evaluateValue(0.99, 'higher_is_better', vtrThreshold)).toBe('ok');
  });

  it("lets the report's own target win over the catalog: 0.9% breaches a LESS_THAN 0.009 target", () => {
    expect(evaluateValue(0.009, 'lower_is_better', odrThreshold, { target: 0.009, condition: 'LESS_THAN', status: null })).toBe('breach');
  });

  it('treats a platform status of BAD or WARNED as a breach whatever the value', () => {
    expect(evaluateValue(0.001, 'lower_is_better', odrThreshold, { target: null, condition: null, status: 'BAD' })).toBe('breach');
    expect(evaluateValue(null, 'higher_is_better', null, { target: null, condition: null, status: 'WARNED' })).toBe('breach');
  });

  it('reports no data when there is no value and no platform status', () => {
    expect(evaluateValue(null, 'lower_is_better', odrThreshold)).toBe('no_data');
  });
});

describe('isStale', () => {
  it('tolerates the refresh period plus the grace (TikTok lags up to 72 h)', () => {
    const asOf = new Date('2026-11-01T00:00:00Z');
    expect(isStale(asOf, new Date('2026-11-10T23:00:00Z'), 168, 72)).toBe(false);
    expect(isStale(asOf, new Date('2026-11-11T01:00:00Z'), 168, 72)).toBe(true);
  });
});
