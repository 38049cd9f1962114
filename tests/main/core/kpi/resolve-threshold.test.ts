import { describe, expect, it } from 'vitest';
import { resolveThreshold } from '../../../../src/main/core/kpi/resolve-threshold';
import { findMetric } from '../../../../src/shared/metrics/metric-catalog';
import type { MetricDefinition } from '../../../../src/shared/metrics/metric-definition';

const odr = findMetric('amazon.odr_mfn')!;
const base = { marketplace: 'US' as const, stage: 'growth' as const, date: '2026-11-01' };

const versioned: MetricDefinition = {
  ...odr,
  thresholds: [
    { effectiveFrom: '2020-01-01', watch: 0.008, breach: 0.01, source: 'old rule' },
    { effectiveFrom: '2026-06-01', watch: 0.006, breach: 0.008, source: 'new rule' },
    { effectiveFrom: '2026-01-01', marketplace: 'JP', watch: 0.005, breach: 0.007, source: 'JP rule' },
  ],
};

describe('resolveThreshold', () => {
  it('uses the catalog default with its source', () => {
    expect(resolveThreshold(odr, base)).toMatchObject({ breach: 0.01, origin: 'catalog' });
  });

  it('judges a snapshot by the rule in force on its date', () => {
    expect(resolveThreshold(versioned, { ...base, date: '2026-05-31' })?.source).toBe('old rule');
    expect(resolveThreshold(versioned, { ...base, date: '2026-06-01' })?.source).toBe('new rule');
  });

  it('prefers the marketplace rule over the general one', () => {
    expect(resolveThreshold(versioned, { ...base, marketplace: 'JP' })).toMatchObject({ origin: 'marketplace', breach: 0.007 });
  });

  it('lets a contract target beat the catalog and a store override beat the contract, from their dates on', () => {
    const contract = { watch: 0.004, breach: 0.006, note: 'contract 2026', effectiveFrom: '2026-03-01' };
    const override = { watch: 0.003, breach: 0.005, note: 'store override', effectiveFrom: '2026-10-01' };
    expect(resolveThreshold(odr, { ...base, contract })).toMatchObject({ origin: 'contract', breach: 0.006 });
    expect(resolveThreshold(odr, { ...base, contract, override })).toMatchObject({ origin: 'override', breach: 0.005 });
    expect(resolveThreshold(odr, { ...base, date: '2026-09-30', contract, override })).toMatchObject({ origin: 'contract' });
    expect(resolveThreshold(odr, { ...base, date: '2026-01-01', contract, override })).toMatchObject({ origin: 'catalog' });
  });

  it('picks the stage-specific target for interest e-commerce content', () => {
    const followers = findMetric('content.follower_growth')!;
    expect(resolveThreshold(followers, { ...base, stage: 'cold_start' })?.breach).toBe(100);
    expect(resolveThreshold(followers, { ...base, stage: 'growth' })?.breach).toBe(300);
    expect(resolveThreshold(followers, { ...base, stage: 'mature' })).toBeNull();
  });
});
